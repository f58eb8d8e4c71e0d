import { useId } from 'react';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD or '' when not set. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  hideLabel?: boolean;
}

/** A calendar date; the browser's date input gives YYYY-MM-DD or '' as the plan stores it. */
export function DateField({ label, value, onChange, hint, hideLabel }: DateFieldProps) {
  const id = useId();
  return (
    <div className="field wz-date-field">
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      <input id={id} className="field-input" type="date" value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
