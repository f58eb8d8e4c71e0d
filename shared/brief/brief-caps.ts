/**
 * How much a brief may hold, decided from the plan before any layout, so that a brief of any valid
 * plan either renders in bounded time and memory or stops at once with a plain message. The cost
 * counts what pdfmake's layout pays for: characters, line breaks (each starts a line) and pieces of
 * text (each a node, a paragraph or a table cell). The plans it walks are those the chosen sections
 * print (and the risks the briefing rule prints), so leaving sections out makes a brief fit.
 */
import type { BriefSection, Plan, Risk } from '../plan/schema';
import { PlannerError } from '../result';
import type { BriefOptions } from './options';
import { printedRisks } from './printed-risks';

/**
 * Twice the cost of the 5,000-risk benchmark's full register (about 1,100 pages, 7.7 million units
 * with every section), which renders in one thread in some 900 MiB and 12 s of CPU
 * (docs/benchmarks.md): a brief at the cap stays within about 2 GiB and a minute.
 */
export const MAX_BRIEF_COST = 15_000_000;
const PER_BREAK = 40;
const PER_PIECE = 20;
/** The annex prints the latest three changes of each risk; its history is not printed beyond that. */
const HISTORY_PRINTED = 3;

interface Tally {
  cost: number;
}

function walk(value: unknown, tally: Tally): void {
  if (typeof value === 'string') {
    tally.cost += value.length + PER_PIECE;
    // The brief prints a run of blank lines as one (safe-text.ts): only the first two breaks of a run count.
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) if (value[i - 1] !== '\n' || value[i - 2] !== '\n') tally.cost += PER_BREAK;
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, tally);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) walk((value as Record<string, unknown>)[key], tally);
  } else {
    tally.cost += 2;
  }
}

/** The parts of the plan each section prints. */
function printedBy(plan: Plan, section: BriefSection, risks: readonly Risk[]): unknown[] {
  switch (section) {
    case 'cover':
      return [plan.cover, plan.brief.distribution];
    case 'situation':
      return [plan.situation];
    case 'mission':
      return [plan.mission];
    case 'mandate':
      return [plan.mandate];
    case 'capabilities':
      return [plan.capabilities];
    case 'risks':
    case 'annex':
      // Each risk printed once in the register and once in the annex: counted once per section.
      return risks.map((r) => ({ ...r, history: r.history.slice(-HISTORY_PRINTED) }));
    default:
      // Guidance, contents and the heat map print a bounded amount (catalogue advice, headings, a 5×5 grid).
      return [];
  }
}

/** The layout cost of the brief with these options (see MAX_BRIEF_COST). */
export function briefCost(plan: Plan, options: Pick<BriefOptions, 'sections' | 'fullRegister'>): number {
  const tally: Tally = { cost: 0 };
  const sections = new Set(options.sections);
  const risks = sections.has('risks') || sections.has('annex') ? printedRisks(plan.risks.items, options.fullRegister).register : [];
  for (const section of sections) walk(printedBy(plan, section, risks), tally);
  return tally.cost;
}

/** Throws TOO_LARGE, in plain words, when the brief would be larger than the app prints. */
export function checkBriefSize(plan: Plan, options: Pick<BriefOptions, 'sections' | 'fullRegister'>): void {
  const cost = briefCost(plan, options);
  if (cost <= MAX_BRIEF_COST) return;
  const times = (cost / MAX_BRIEF_COST).toFixed(1);
  throw new PlannerError(
    'TOO_LARGE',
    `This brief would be too long to print: it holds about ${times} times the text of the longest brief Mandate Planner prints (about 2,000 pages). Print it without the full register (the brief then holds the live risks a briefing reads), or leave out the risk register or the annex in the brief's sections, and export the register as CSV instead. Nothing was written.`,
  );
}
