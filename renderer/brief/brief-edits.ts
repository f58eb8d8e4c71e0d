/** The brief options as plan edits: each change is one undo step and is saved with the plan. */
import { BRIEF_SECTIONS } from '../../shared/plan/schema';
import type { BriefSection, BriefSettings } from '../../shared/plan/schema';
import { setField } from '../../shared/plan/edit';
import type { PlanEdit } from '../../shared/plan/edit';

/** Most recipients a distribution list holds (the plan schema's limit). */
export const MAX_RECIPIENTS = 200;

export const setPaper = (paper: BriefSettings['paper']): PlanEdit => setField(['brief', 'paper'], paper);

/** Turns one section on or off; the list stays in the brief's reading order. */
export function toggleSection(current: readonly BriefSection[], section: BriefSection, on: boolean): PlanEdit {
  const chosen = new Set(current);
  if (on) chosen.add(section);
  else chosen.delete(section);
  return setField(['brief', 'sections'], BRIEF_SECTIONS.filter((s) => chosen.has(s)));
}

/** All sections, or none. */
export const setAllSections = (on: boolean): PlanEdit => setField(['brief', 'sections'], on ? [...BRIEF_SECTIONS] : []);

export const setClassification = (text: string): PlanEdit => setField(['brief', 'classification'], text);

export const setWatermark = (on: boolean): PlanEdit => setField(['brief', 'draftWatermark'], on);

export const setRecipient = (index: number, name: string): PlanEdit => setField(['brief', 'distribution', index], name);

export const addRecipient = (count: number): PlanEdit => ({ kind: 'insert', path: ['brief', 'distribution'], index: count, value: '' });

export const removeRecipient = (index: number): PlanEdit => ({ kind: 'remove', path: ['brief', 'distribution'], index });

/** Sets one of the brief's optional switches; the whole settings object is set, as older plans lack the key. */
const setOptional = (brief: BriefSettings, key: 'redacted' | 'historyValues' | 'fullRegister', on: boolean): PlanEdit => setField(['brief'], { ...brief, [key]: on });

export const setRedacted = (brief: BriefSettings, on: boolean): PlanEdit => setOptional(brief, 'redacted', on);

export const setHistoryValues = (brief: BriefSettings, on: boolean): PlanEdit => setOptional(brief, 'historyValues', on);

export const setFullRegister = (brief: BriefSettings, on: boolean): PlanEdit => setOptional(brief, 'fullRegister', on);
