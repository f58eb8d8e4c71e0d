import { PAPER_SIZES } from '../../shared/plan/schema';
import type { BriefSettings } from '../../shared/plan/schema';
import { ChoiceGroup } from '../components/choice-group';

const PAPER_CHOICES = PAPER_SIZES.map((size) => ({ value: size, label: size, detail: { A4: '210 × 297 mm', Letter: '8.5 × 11 in' }[size] }));

export interface PaperChoiceProps {
  paper: BriefSettings['paper'];
  onChange: (paper: BriefSettings['paper']) => void;
}

/** Paper size as two choice cards; the brief is always portrait. */
export function PaperChoice({ paper, onChange }: PaperChoiceProps) {
  return <ChoiceGroup legend="Paper" value={paper} choices={PAPER_CHOICES} onChange={onChange} variant="cards" />;
}
