import { useId } from 'react';
import type { ParamSpec } from '../../shared/content/clauses';
import { sentence } from './labels';

/** Where the value comes from: the plan's fact, the planner's own override, or the app's suggestion. */
export type ParamOrigin = { kind: 'plan'; fact: string } | { kind: 'override'; fact: string } | { kind: 'suggested' } | { kind: 'own' };

export interface ParamFieldProps {
  spec: ParamSpec;
  value: string;
  origin?: ParamOrigin;
  /** Lets an overridden value follow the plan's fact again. */
  onFollow?: () => void;
  /** Confirms the app's suggestion as the planner's value. */
  onConfirm?: () => void;
  /** Why the value does not fit its type, e.g. "is not a number". */
  problem: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** One clause parameter, with an input that suits its type: text, number, date or a list (one per line). */
export function ParamField({ spec, value, problem, onChange, onBlur, origin = { kind: 'own' }, onFollow, onConfirm }: ParamFieldProps) {
  const id = useId();
  const empty = spec.type === 'list' ? !value.split('\n').some((s) => s.trim()) : !value.trim();
  const hint = spec.help ?? (spec.example ? `For example: ${spec.example.replace(/\n/g, '; ')}` : '');
  const describedBy = [hint && `${id}-hint`, origin.kind !== 'own' && `${id}-origin`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: 'field-input',
    value,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
  };
  return (
    <div className="field wz-param" data-empty={empty || undefined} data-origin={origin.kind}>
      <label className="field-label" htmlFor={id}>
        {sentence(spec.label)}
        {empty && (
          <span className="wz-needed" aria-hidden="true">
            needed
          </span>
        )}
      </label>
      {spec.type === 'list' ? (
        <textarea {...common} rows={Math.min(8, Math.max(3, value.split('\n').length + 1))} maxLength={2000} onChange={(e) => onChange(e.target.value)} />
      ) : spec.type === 'date' ? (
        <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={spec.type === 'number' ? 'numeric' : undefined} maxLength={2000} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {spec.type === 'list' && !spec.help ? `One per line. ${hint}` : hint}
        </p>
      )}
      {origin.kind === 'plan' && (
        <p className="wz-param-origin" id={`${id}-origin`}>
          From the plan; changes with it. Type here to use another value in this clause only.
        </p>
      )}
      {origin.kind === 'override' && (
        <p className="wz-param-origin" id={`${id}-origin`}>
          This clause&rsquo;s own value{origin.fact ? `; the plan says “${origin.fact.replace(/\n/g, '; ')}”` : ''}.{' '}
          {onFollow && origin.fact && (
            <button type="button" className="button button-quiet wz-small-button" onClick={onFollow}>
              Use the plan&rsquo;s value
            </button>
          )}
        </p>
      )}
      {origin.kind === 'suggested' && (
        <p className="wz-param-origin wz-param-suggested" id={`${id}-origin`}>
          Suggested by the app, not yet confirmed.{' '}
          {onConfirm && (
            <button type="button" className="button button-quiet wz-small-button" onClick={onConfirm}>
              Confirm
            </button>
          )}
        </p>
      )}
      {problem && (
        <p className="wz-field-error" id={`${id}-problem`}>
          This value {problem}.
        </p>
      )}
    </div>
  );
}
