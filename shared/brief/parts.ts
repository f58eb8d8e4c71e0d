/**
 * Where a long brief is cut so that two threads can render it at once. pdfmake lays out and draws
 * one document on one core; a 5,000-risk brief is mostly its annex, so the annex's later entries go
 * to a second document, rendered beside the first and appended to it page for page. The cut is
 * placed where the two shares cost about the same; short briefs are not cut at all.
 */
import type { Plan, Risk } from '../plan/schema';
import type { BriefOptionsInput } from './options';
import { resolveBriefOptions } from './options';
import { annexOrder } from './annex';

/** One document of a brief rendered in parts. Part 0 prints everything up to annex entry `annexTo`. */
export interface BriefPart {
  index: number;
  /** The annex entries (in reference order) this part prints: [annexFrom, annexTo). */
  annexFrom: number;
  annexTo: number;
}

/** Below this many risks a brief renders in well under the time a second thread costs to start. */
export const SPLIT_FROM_RISKS = 400;

/** Each part prints at least this many annex entries; a cut nearer the annex's edge is not worth a page break. */
export const MIN_ENTRIES_PER_PART = 50;

/**
 * Rough rendering cost of each piece, in the time one register row takes; measured on the
 * 5,000-risk benchmark plan (register row ≈ 2 ms, annex entry of ~700 characters ≈ 4 ms).
 */
const COST = { registerRow: 1, annexEntryBase: 0.6, annexEntryPerChar: 1 / 500, clause: 1.5, capability: 1, otherSection: 40 };

function annexEntryCost(risk: Risk): number {
  let chars = risk.title.length + risk.cause.length + risk.consequence.length + risk.mitigation.length + 160;
  for (const a of risk.actions) chars += a.text.length + 40;
  chars += Math.min(risk.history.length, 3) * 70;
  return COST.annexEntryBase + chars * COST.annexEntryPerChar;
}

/**
 * The parts to render for a plan's brief: one part holding everything, or two when the annex is
 * long enough that rendering its later half beside the rest saves time. Decided from the plan and
 * options alone, never from the machine, so the same plan gives the same brief everywhere.
 */
export function briefParts(plan: Plan, input: BriefOptionsInput): BriefPart[] {
  const sections = resolveBriefOptions(plan, input).sections;
  const count = plan.risks.items.length;
  const whole: BriefPart[] = [{ index: 0, annexFrom: 0, annexTo: count }];
  if (!sections.includes('annex') || count < SPLIT_FROM_RISKS) return whole;
  const risks = annexOrder(plan.risks.items);
  const annex = risks.map(annexEntryCost);
  let front = sections.filter((s) => s !== 'annex' && s !== 'risks').length * COST.otherSection;
  if (sections.includes('risks')) front += count * COST.registerRow;
  if (sections.includes('mandate')) front += plan.mandate.clauses.length * COST.clause;
  if (sections.includes('capabilities')) front += plan.capabilities.items.length * COST.capability;
  const total = front + annex.reduce((a, b) => a + b, 0);
  // The second part takes annex entries from the end until it holds half the work.
  let cut = count;
  let second = 0;
  while (cut > 1 && second + annex[cut - 1]! <= total / 2) second += annex[--cut]!;
  if (cut < MIN_ENTRIES_PER_PART || count - cut < MIN_ENTRIES_PER_PART) return whole;
  return [
    { index: 0, annexFrom: 0, annexTo: cut },
    { index: 1, annexFrom: cut, annexTo: count },
  ];
}
