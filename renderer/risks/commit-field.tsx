import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';

export interface CommitFieldProps {
  label: string;
  value: string;
  /** Saves the value; returns why it is refused, or null once saved. */
  onCommit: (value: string) => string | null;
  multiline?: boolean;
  type?: 'text' | 'date';
  maxLength?: number;
  hint?: string;
  placeholder?: string;
  /** The label is read by screen readers only (rows of small inputs, e.g. actions). */
  hideLabel?: boolean;
}

/**
 * A labelled field that saves when focus leaves it (or on Enter in a one-line field), so each
 * change is one undo step and one history entry, not one per keystroke. Escape puts back the
 * saved value; a refused value stays in the field with the reason under it.
 */
export function CommitField({ label, value, onCommit, multiline, type = 'text', maxLength, hint, placeholder, hideLabel }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Undo, redo or another editor changed the value: show it, unless the planner is typing here.
  if (value !== base && !focused) {
    setBase(value);
    setDraft(value);
    setError(null);
  }

  const commit = () => {
    if (draft === value) return setError(null);
    const problem = onCommit(draft);
    setError(problem);
    if (!problem) setBase(draft);
  };

  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    className: 'field-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && draft !== value) {
        e.stopPropagation();
        setDraft(value);
        setError(null);
      } else if (e.key === 'Enter' && !multiline) {
        e.preventDefault();
        commit();
      }
    },
  };

  return (
    <div className={hideLabel ? 'field field-compact' : 'field'}>
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => setDraft(e.target.value)} />
      )}
      {hint && !error && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="inline-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
