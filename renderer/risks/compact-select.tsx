import { useId } from 'react';
import { Select } from '../components/select-field';
import type { SelectOption } from '../components/select-field';

export interface CompactSelectProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** The option meaning "no choice", e.g. "Any status". */
  emptyLabel?: string;
  onChange: (value: string) => void;
}

/** A small labelled select for toolbars, where the full form field would take too much room. */
export function CompactSelect({ label, value, options, emptyLabel, onChange }: CompactSelectProps) {
  const id = useId();
  return (
    <div className="compact-field">
      <label className="compact-label" htmlFor={id}>
        {label}
      </label>
      <Select id={id} className="compact-input field-select" value={value} options={options} {...(emptyLabel !== undefined ? { emptyLabel } : {})} onChange={onChange} />
    </div>
  );
}
