/** Whether the brief prints every risk or the live ones a briefing reads (shared/brief/printed-risks.ts). */
import type { Risk } from '../../shared/plan/schema';
import { BriefCheck } from './brief-check';
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
      <BriefCheck label="Full register" checked={full} hintId="brief-register-hint" onChange={onChange} />
      <p className="field-hint" id="brief-register-hint">
        {registerHint(full, risks)}
      </p>
    </fieldset>
  );
}
