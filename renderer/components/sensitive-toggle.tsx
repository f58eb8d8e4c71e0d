/** A "Sensitive" tick beside a free-text field: a redacted brief leaves marked fields out. */
export interface SensitiveToggleProps {
  /** What the field is, for screen readers: "Cause of R-001". */
  what: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SensitiveToggle({ what, on, onChange }: SensitiveToggleProps) {
  return (
    <label className="sensitive-toggle" title="A redacted brief leaves this field out">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} aria-label={`${what} is sensitive`} />
      <span aria-hidden="true">Sensitive</span>
    </label>
  );
}
