/**
 * Building new register entries: from the risk catalogue, from a draft suggested by guidance or a
 * capability gap, or blank. Every new risk gets a fresh id, the next R-NNN reference, a review date
 * a month out (the register requires one) and a first history entry saying where it came from.
 */
import type { Risk, RiskHistoryEntry, RISK_SOURCES } from '../plan/schema';
import { newId } from '../plan/ids';
import type { RiskCatalogueEntry, RiskCategory } from '../content/risk-catalogue';
import { addDays, localDay } from './scoring';

export type RiskSource = (typeof RISK_SOURCES)[number];

/** Who is editing and when; injected so tests and history entries are repeatable. */
export interface EditContext {
  by: string;
  now: Date;
}

/** A risk proposed by guidance or by a capability gap, before the planner adds it. */
export interface RiskDraft {
  title: string;
  category: RiskCategory;
  cause?: string;
  consequence?: string;
  mitigation?: string;
  likelihood?: number;
  impact?: number;
  owner?: string;
  source: RiskSource;
  /** The guidance rule, capability item or catalogue entry behind the draft. */
  sourceRef?: string | null;
  linkedCapabilityIds?: string[];
}

/** Days until the first review of a newly added risk. */
export const FIRST_REVIEW_DAYS = 30;

const REF = /^R-(\d+)$/;

/** The highest number among R-NNN references, 0 when there is none. */
export function highestRefNumber(existing: readonly Pick<Risk, 'ref'>[]): number {
  let max = 0;
  for (const r of existing) {
    const m = REF.exec(r.ref);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** The reference R-NNN for a number (three digits at least). */
export const formatRef = (n: number): string => `R-${String(n).padStart(3, '0')}`;

/** The next free human reference, R-001, R-002 … (past the highest one in use, never reusing). */
export function nextRiskRef(existing: readonly Pick<Risk, 'ref'>[]): string {
  return formatRef(highestRefNumber(existing) + 1);
}

/** The history entry recording how a risk entered the register. */
export function creationEntry(ctx: EditContext, how: string): RiskHistoryEntry {
  return { at: ctx.now.toISOString(), by: ctx.by, field: 'risk', from: '', to: how };
}

const clampScore = (n: number | undefined, fallback: number): number =>
  n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? n : fallback;

/** A complete risk from a draft; residual and target start equal to the inherent rating until analysed. */
export function riskFromDraft(draft: RiskDraft, existing: readonly Pick<Risk, 'ref'>[], ctx: EditContext): Risk {
  const likelihood = clampScore(draft.likelihood, 3);
  const impact = clampScore(draft.impact, 3);
  const how = draft.sourceRef ? `added from ${draft.source} (${draft.sourceRef})` : `added (${draft.source})`;
  return {
    id: newId('risk'),
    ref: nextRiskRef(existing),
    title: draft.title,
    category: draft.category,
    cause: draft.cause ?? '',
    consequence: draft.consequence ?? '',
    source: draft.source,
    sourceRef: draft.sourceRef ?? null,
    likelihood,
    impact,
    residualLikelihood: likelihood,
    residualImpact: impact,
    targetLikelihood: likelihood,
    targetImpact: impact,
    owner: draft.owner ?? '',
    treatment: 'mitigate',
    mitigation: draft.mitigation ?? '',
    actions: [],
    status: 'open',
    reviewDate: addDays(localDay(ctx.now), FIRST_REVIEW_DAYS),
    acceptance: null,
    linkedCapabilityIds: [...(draft.linkedCapabilityIds ?? [])],
    history: [creationEntry(ctx, how)],
  };
}

/**
 * The draft for a catalogue entry; its mitigation ideas become the starting mitigation text.
 * Bullets are "•", not "-", because a cell starting with "-" reads as a formula in spreadsheets.
 */
export function draftFromCatalogue(entry: RiskCatalogueEntry): RiskDraft {
  return {
    title: entry.title,
    category: entry.category,
    cause: entry.cause,
    consequence: entry.consequence,
    mitigation: entry.mitigationIdeas.map((idea) => `• ${idea}`).join('\n'),
    likelihood: entry.likelihood,
    impact: entry.impact,
    source: 'catalogue',
    sourceRef: entry.id,
  };
}

/** A risk the planner starts from nothing; the title is a prompt in the house phrasing. */
export function blankDraft(): RiskDraft {
  return { title: 'If …, then …', category: 'operational', source: 'custom' };
}
