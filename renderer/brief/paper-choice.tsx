import { PAPER_SIZES } from '../../shared/plan/schema';
import type { BriefSettings } from '../../shared/plan/schema';

const PAPER_DETAILS: Record<BriefSettings['paper'], string> = {
  A4: '210 × 297 mm',
  Letter: '8.5 × 11 in',
};

export interface PaperChoiceProps {
  paper: BriefSettings['paper'];
  onChange: (paper: BriefSettings['paper']) => void;
}

/** Paper size as two radio buttons; the brief is always portrait. */
export function PaperChoice({ paper, onChange }: PaperChoiceProps) {
  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Paper</legend>
      <div className="brief-paper">
        {PAPER_SIZES.map((size) => (
          <label key={size} className="brief-paper-option">
            <input type="radio" name="brief-paper" value={size} checked={paper === size} onChange={() => onChange(size)} />
            <span className="brief-paper-text">
              <span className="brief-paper-name">{size}</span>
              <span className="brief-paper-detail">{PAPER_DETAILS[size]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
