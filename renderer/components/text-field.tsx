import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when focus leaves the field (ends a typing run for undo). */
  onBlur?: () => void;
  hint?: string;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  readOnly?: boolean;
}

/** A labelled text input or text area; the hint is tied to it with aria-describedby. */
export function TextField({ label, value, onChange, onBlur, hint, multiline, maxLength, placeholder, readOnly }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const shared = {
    id,
    value,
    maxLength,
    placeholder,
    readOnly,
    'aria-describedby': hintId,
    onBlur,
    className: 'field-input',
    // Right-to-left text (Arabic, Hebrew) reads and aligns right to left, Latin text left to right.
    dir: 'auto',
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" spellCheck onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
