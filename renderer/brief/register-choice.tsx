/** Whether the brief prints every risk or the live ones a briefing reads (shared/brief/printed-risks.ts). */
import type { Risk } from '../../shared/plan/schema';
import { BRIEFING_RISKS, printedRisks } from '../../shared/brief/printed-risks';
import { formatCount } from '../../shared/plan/labels';

export interface RegisterChoiceProps {
  full: boolean;
  risks: readonly Risk[];
  onChange: (full: boolean) => void;
}

function hint(full: boolean, risks: readonly Risk[]): string {
  if (full) return `Every risk, closed ones too, in the register and Annex A (${formatCount(risks.length)} ${risks.length === 1 ? 'risk' : 'risks'}). A long register takes a while to print.`;
  const printed = printedRisks(risks, false);
  const left = printed.lowerLive + printed.closed;
  const rule = `Off, the brief prints the live risks with the highest residual scores, at most ${BRIEFING_RISKS}`;
  return left === 0 ? `${rule}: here every risk.` : `${rule}: here ${formatCount(printed.register.length)}, leaving out ${formatCount(left)} (the register’s CSV export holds them all).`;
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
        {hint(full, risks)}
      </p>
    </fieldset>
  );
}
