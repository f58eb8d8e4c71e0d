/** What the planner is told while a brief renders: pdfmake reports no pages, so the steps are named instead. */
import type { BriefPhase, EventPayload } from '../../../shared/ipc';

export type BriefProgress = EventPayload<'onBriefProgress'>;
export type BriefProgressListener = (progress: BriefProgress) => void;

const MESSAGES: Record<BriefPhase, string> = {
  building: 'Building the brief…',
  layout: 'Laying out pages…',
  drawing: 'Drawing pages…',
  writing: 'Writing the file…',
};

/** The progress report for one step, in the words the renderer shows. */
export const briefProgress = (phase: BriefPhase): BriefProgress => ({ phase, message: MESSAGES[phase] });
