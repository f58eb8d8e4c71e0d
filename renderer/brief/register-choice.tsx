/** Whether the brief prints every risk or the live ones a briefing reads (shared/brief/printed-risks.ts). */
import type { Risk } from '../../shared/plan/schema';
import { registerHint } from './register-hint';

export interface RegisterChoiceProps {
  full: boolean;
  risks: readonly Risk[];
  onChange: (full: boolean) => void;
}

export function RegisterChoice({ full, risks, onChange }: RegisterChoiceProps) {
  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Risks</legend>
      <label className="brief-check">
        <input type="checkbox" checked={full} onChange={(e) => onChange(e.target.checked)} aria-describedby="brief-register-hint" />
        <span className="brief-check-text">
          <span className="brief-check-label">Full register</span>
        </span>
      </label>
      <p className="field-hint" id="brief-register-hint">
        {registerHint(full, risks)}
      </p>
    </fieldset>
  );
}
