import { useId, useState } from 'react';
import { parseWholeNumber } from './whole-number';

export interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** When true an empty field means null (e.g. "follow the mandate"); otherwise it is refused. */
  allowEmpty?: boolean;
  hint?: string;
  placeholder?: string;
  /** Shown after the input, e.g. "days". */
  unit?: string;
  hideLabel?: boolean;
}

/**
 * A whole-number field. What the planner types is kept while it is not yet a valid number, and
 * only valid numbers reach the plan, so the plan never holds an impossible value.
 */
export function NumberField({ label, value, onChange, min, max, allowEmpty = false, hint, placeholder, unit, hideLabel }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; base: number | null } | null>(null);
  // A draft belongs to the value it was typed against; undo or another edit replaces it.
  const current = draft && draft.base === value ? draft : null;
  const text = current ? current.text : value === null ? '' : String(value);
  const invalid = current !== null && !parseWholeNumber(current.text, min, max, allowEmpty).ok;
  const problem = `Enter a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}${allowEmpty ? ', or leave it empty' : ''}.`;
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field wz-number-field">
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      <div className="wz-input-unit">
        <input
          id={id}
          className="field-input"
          type="text"
          inputMode="numeric"
          value={text}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const parsed = parseWholeNumber(e.target.value, min, max, allowEmpty);
            if (parsed.ok) {
              setDraft({ text: e.target.value, base: parsed.value });
              onChange(parsed.value);
            } else {
              setDraft({ text: e.target.value, base: value });
            }
          }}
        />
        {unit && <span className="wz-unit">{unit}</span>}
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="wz-field-error" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}
