import { useId } from 'react';

/** One answer of a choice group: a short label, and on a card a line of detail. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** One line under the label on a choice card. */
  detail?: string;
}

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
    <fieldset className={`choices choices-${variant}`} aria-describedby={hintId}>
      <legend className={hideLegend ? 'visually-hidden' : 'choice-legend'}>{legend}</legend>
      <div className="choice-row">
        {choices.map((c) => (
          <label key={c.value} className="choice">
            <input type="radio" className="choice-input" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
            <span className="choice-label">{c.label}</span>
            {variant === 'cards' && c.detail && <span className="choice-detail">{c.detail}</span>}
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
