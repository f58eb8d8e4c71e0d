/** One checkbox option of the brief, its label beside it and its hint (by id) read with it. */
export interface BriefCheckProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  hintId: string;
  onChange: (checked: boolean) => void;
}

export function BriefCheck({ label, checked, disabled, hintId, onChange }: BriefCheckProps) {
  return (
    <label className="brief-check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-describedby={hintId} />
      <span className="brief-check-text">
        <span className="brief-check-label">{label}</span>
      </span>
    </label>
  );
}
