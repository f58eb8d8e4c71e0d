/** What the planner is told while a brief renders: pdfmake reports no pages, so the steps are named, and drawing in tenths. */
import type { BriefPhase, EventPayload } from '../../../shared/ipc';

export type BriefProgress = EventPayload<'onBriefProgress'>;
export type BriefProgressListener = (progress: BriefProgress) => void;

const MESSAGES: Record<BriefPhase, string> = {
  building: 'Building the brief…',
  layout: 'Laying out pages…',
  drawing: 'Drawing pages…',
  writing: 'Writing the file…',
};

/** The progress report for one step, in the words the renderer shows; `share` is how much of it is done. */
export function briefProgress(phase: BriefPhase, share?: number): BriefProgress {
  if (share === undefined || share <= 0) return { phase, message: MESSAGES[phase] };
  return { phase, message: `${MESSAGES[phase].replace(/…$/, '')} (${Math.round(share * 100)}%)…` };
}
