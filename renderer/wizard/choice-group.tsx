import { useId } from 'react';
import type { Choice } from './labels';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
  /** 'segmented' for short words in a row, 'cards' for choices with a line of detail. */
  variant?: 'segmented' | 'cards';
  /** Keeps the legend for screen readers only, where a row heading already names the group. */
  hideLegend?: boolean;
}

/** One answer from a few, as native radio buttons (arrow keys move between them). */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange, hint, variant = 'segmented', hideLegend }: ChoiceGroupProps<T>) {
  const name = useId();
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={`wz-choices wz-choices-${variant}`} aria-describedby={hintId}>
      <legend className={hideLegend ? 'wz-visually-hidden' : 'wz-legend'}>{legend}</legend>
      <div className="wz-choice-row">
        {choices.map((c) => (
          <label key={c.value} className="wz-choice">
            <input type="radio" className="wz-choice-input" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
            <span className="wz-choice-label">{c.label}</span>
            {variant === 'cards' && c.detail && <span className="wz-choice-detail">{c.detail}</span>}
          </label>
        ))}
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
