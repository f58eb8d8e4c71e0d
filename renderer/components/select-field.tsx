import { useId } from 'react';
import type { FocusEventHandler, KeyboardEventHandler, Ref } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first option with the empty value, e.g. "Any status" or "None". */
  emptyLabel?: string;
  /** The field's look: `field-input field-select` (default) or `compact-input field-select` in toolbars. */
  className?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'data-level'?: string;
  'aria-invalid'?: boolean;
  /** For a select that takes focus itself, as the grid's cell editor does. */
  ref?: Ref<HTMLSelectElement>;
  onKeyDown?: KeyboardEventHandler<HTMLSelectElement>;
  onBlur?: FocusEventHandler<HTMLSelectElement>;
}

/** The app's one <select>: its options from data, its change reported as the chosen value. */
export function Select({ options, onChange, emptyLabel, className = 'field-input field-select', ...attributes }: SelectProps) {
  return (
    <select className={className} {...attributes} onChange={(e) => onChange(e.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
}

/** A labelled select; a value missing from the options (e.g. from an older file) is kept and shown. */
export function SelectField({ label, value, options, onChange, hint }: SelectFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const all = options.some((o) => o.value === value) ? options : [...options, { value, label: value || '(none)' }];
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <Select id={id} value={value} options={all} aria-describedby={hintId} onChange={onChange} />
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
