/** Brief options: what the planner can choose, and how missing choices fall back to the plan's settings. */
import { z } from 'zod';
import { BRIEF_SECTIONS, PAPER_SIZES } from '../plan/schema';
import type { BriefSection, Plan } from '../plan/schema';

/** What a caller may pass (IPC, CLI, tests); everything but the date falls back to plan.brief. */
export const briefOptionsInputSchema = z.strictObject({
  /** The brief never reads the clock: the same plan and date give the same document, byte for byte. */
  generatedAt: z.iso.date(),
  paper: z.enum(PAPER_SIZES).optional(),
  sections: z.array(z.enum(BRIEF_SECTIONS)).max(BRIEF_SECTIONS.length * 2).optional(),
  classification: z.string().max(300).optional(),
  /** Mark the brief DRAFT while the mandate is not ready (the watermark disappears once it is). */
  draftWatermark: z.boolean().optional(),
  /** Print the old and new text of each change in Annex A (off unless the plan or caller asks). */
  historyValues: z.boolean().optional(),
  /** A redacted copy: marked on every page, without what identifies people (see redact.ts). */
  redacted: z.boolean().optional(),
  /** Every risk in the register and Annex A, closed ones too, instead of the briefing rule (printed-risks.ts). */
  fullRegister: z.boolean().optional(),
});
export type BriefOptionsInput = z.input<typeof briefOptionsInputSchema>;

export interface BriefOptions {
  generatedAt: string;
  paper: Plan['brief']['paper'];
  /** Always in the brief's reading order, without repeats. */
  sections: BriefSection[];
  /** Printed top and bottom of every page; empty prints no marking. */
  classification: string;
  draftWatermark: boolean;
  /** Annex A prints the removed and added text of changes; never in a redacted copy. */
  historyValues: boolean;
  redacted: boolean;
  fullRegister: boolean;
}

/** Fills the planner's choices in from the plan's brief settings and cover, in reading order. */
export function resolveBriefOptions(plan: Plan, input: BriefOptionsInput): BriefOptions {
  const chosen = new Set(input.sections ?? plan.brief.sections);
  const redacted = input.redacted ?? plan.brief.redacted ?? false;
  const classification = (input.classification ?? (plan.brief.classification || plan.cover.classification)).trim();
  return {
    generatedAt: input.generatedAt,
    paper: input.paper ?? plan.brief.paper,
    sections: BRIEF_SECTIONS.filter((s) => chosen.has(s)),
    classification,
    draftWatermark: input.draftWatermark ?? plan.brief.draftWatermark,
    historyValues: redacted ? false : (input.historyValues ?? plan.brief.historyValues ?? false),
    redacted,
    fullRegister: input.fullRegister ?? plan.brief.fullRegister ?? false,
  };
}

/** Parses a comma-separated section list ("situation, risks"); unknown names are returned, not dropped. */
export function parseSectionList(text: string): { sections: BriefSection[]; unknown: string[] } {
  const names = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const known = new Set<string>(BRIEF_SECTIONS);
  return {
    sections: names.filter((n): n is BriefSection => known.has(n)),
    unknown: names.filter((n) => !known.has(n)),
  };
}

/** Options as the app sends them: the main process dates the brief with today when no date is fixed. */
export const briefRequestOptionsSchema = briefOptionsInputSchema.extend({ generatedAt: z.iso.date().optional() });
export type BriefRequestOptions = z.input<typeof briefRequestOptionsSchema>;
