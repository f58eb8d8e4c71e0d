/** The brief's sections as the options form lists them: the brief's own headings and what each holds. */
import type { BriefSection } from '../../shared/plan/schema';

export const SECTION_LABELS: Record<BriefSection, { label: string; hint: string }> = {
  cover: { label: 'Cover page', hint: 'Title, mission, author, marking and distribution' },
  contents: { label: 'Contents', hint: 'Sections with their page numbers' },
  situation: { label: 'Situation', hint: 'Consent, perpetrators, stage and the 14 risk factors' },
  mission: { label: 'Mission design', hint: 'Type, posture, tripwires and authorization factors' },
  mandate: { label: 'Draft mandate', hint: 'Numbered paragraphs as in the review step' },
  guidance: { label: 'Open guidance', hint: 'Warnings and blocking problems still open' },
  capabilities: { label: 'Capabilities', hint: 'Checklists by area with readiness' },
  risks: { label: 'Risk register', hint: 'All risks, highest score first' },
  heatmap: { label: 'Risk heat map', hint: 'Inherent and residual, 5 × 5' },
  annex: { label: 'Annex A — Risk details', hint: 'Every risk in full' },
};
