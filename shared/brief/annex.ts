/** Annex: every risk in full — cause, consequence, ratings, treatment, actions, acceptance, links, history. */
import type { Content } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { Risk } from '../plan/schema';
import { bandFor, ratingOf, scoreOf } from '../risks/scoring';
import type { ScoreKind } from '../risks/scoring';
import { emptyNote, keepTogether, sectionHeading } from './blocks';
import { BAND_LABELS, RISK_CATEGORY_LABELS, RISK_SOURCE_LABELS, RISK_STATUS_LABELS, TREATMENT_LABELS, formatDate } from '../plan/labels';
import { COLORS } from './styles';

/** The annex shows the latest changes only; the plan file keeps the full history. */
const HISTORY_SHOWN = 3;

function rating(ctx: BriefContext, risk: Risk, kind: ScoreKind): string {
  const { likelihood, impact } = ratingOf(risk, kind);
  const score = scoreOf(risk, kind);
  return `${likelihood}×${impact} = ${score} ${BAND_LABELS[bandFor(score, ctx.plan.risks.bands)].toLowerCase()}`;
}

type Span = string | { text: string; bold?: boolean; color?: string; fontSize?: number };

/**
 * An entry's body is one text of lines rather than a stack of paragraphs and lists: pdfmake's cost
 * is per node as much as per word, and a 5,000-risk annex drawn as separate paragraphs took a
 * quarter longer for the same words on the same pages.
 */
function lines(...groups: Array<Span[] | null>): Span[] {
  const out: Span[] = [];
  for (const group of groups) {
    if (!group || group.length === 0) continue;
    if (out.length > 0) out.push('\n');
    out.push(...group);
  }
  return out;
}

function labelled(label: string, text: string): Span[] | null {
  if (!text.trim()) return null;
  return [{ text: `${label}: `, bold: true, color: COLORS.muted }, text];
}

const heading = (text: string): Span => ({ text, bold: true, color: COLORS.muted });

function actions(risk: Risk): Span[] | null {
  if (risk.actions.length === 0) return null;
  const items = risk.actions.flatMap((a): Span[] => {
    const meta = [a.owner, a.dueDate ? `due ${formatDate(a.dueDate)}` : ''].filter(Boolean).join(', ');
    return ['\n•  ', { text: a.done ? 'Done — ' : 'Open — ', bold: true }, a.text || '—', ...(meta ? [{ text: ` (${meta})`, color: COLORS.muted }] : [])];
  });
  return [heading('Actions'), ...items];
}

function history(risk: Risk): Span[] | null {
  if (risk.history.length === 0) return null;
  const latest = risk.history.slice(-HISTORY_SHOWN).reverse();
  const more = risk.history.length - latest.length;
  const entries = [
    ...latest.map((h) => `${formatDate(h.at)}: ${h.by || 'someone'} ${h.from ? `changed ${h.field} from “${h.from}” to` : `set ${h.field} to`} “${h.to}”`),
    ...(more > 0 ? [`and ${more} earlier ${more === 1 ? 'change' : 'changes'}`] : []),
  ];
  return [heading('Latest changes'), ...entries.map((e): Span => ({ text: `\n•  ${e}`, color: COLORS.muted, fontSize: 8 }))];
}

/** Beyond this many risks, entries may break across pages: keeping each whole costs about a sixth of the export time. */
const KEEP_WHOLE_UP_TO = 300;

function riskEntry(ctx: BriefContext, risk: Risk, withRegisterFacts: boolean, keepWhole: boolean): Content {
  const review = risk.status === 'closed' ? '' : risk.reviewDate ? `, next review ${formatDate(risk.reviewDate)}` : ', no review date set';
  const meta = `${RISK_CATEGORY_LABELS[risk.category]} risk · owner ${risk.owner || 'not assigned'} · ${RISK_STATUS_LABELS[risk.status].toLowerCase()}${review}`;
  const ratings = `${RISK_SOURCE_LABELS[risk.source]} · inherent ${rating(ctx, risk, 'inherent')} · residual ${rating(ctx, risk, 'residual')} · target ${rating(ctx, risk, 'target')}`;
  const acceptance = risk.acceptance
    ? `Accepted by ${risk.acceptance.approvedBy || 'an unnamed approver'}${risk.acceptance.approvedOn ? ` on ${formatDate(risk.acceptance.approvedOn)}` : ''}${risk.acceptance.expiresOn ? `, until ${formatDate(risk.acceptance.expiresOn)}` : ''}.`
    : '';
  const linked = risk.linkedCapabilityIds.map((id) => ctx.capabilityTitle(id)).join('; ');
  const body = lines(
    withRegisterFacts ? [{ text: meta, color: COLORS.muted }] : null,
    [{ text: ratings, color: COLORS.muted }],
    labelled('Cause', risk.cause),
    labelled('Consequence', risk.consequence),
    labelled(`Treatment (${TREATMENT_LABELS[risk.treatment].toLowerCase()})`, risk.mitigation),
    actions(risk),
    labelled('Acceptance', acceptance),
    labelled('Linked capabilities', linked),
    history(risk),
  );
  const block: Content[] = [
    { text: `${risk.ref}   ${risk.title || 'Untitled risk'}`, bold: true, fontSize: 9.5, margin: [0, 0, 0, 2] },
    { text: body, fontSize: 8.5, lineHeight: 1.2 },
  ];
  return { ...(keepWhole ? keepTogether(block) : { stack: block }), margin: [0, 0, 0, 9] };
}

/** The annex's risks in print order: by reference. */
export function annexOrder(risks: readonly Risk[]): Risk[] {
  return [...risks].sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

/** Which of the annex's entries a document prints: all, or a share of a brief rendered in parts. */
export interface AnnexRange {
  from: number;
  to: number;
}

function entries(ctx: BriefContext, risks: readonly Risk[], range: AnnexRange): Content[] {
  // Category, owner, status and review date are already in the register; repeat them only without it.
  const withRegisterFacts = !ctx.options.sections.includes('risks');
  const keepWhole = risks.length <= KEEP_WHOLE_UP_TO;
  return risks.slice(range.from, range.to).map((r) => riskEntry(ctx, r, withRegisterFacts, keepWhole));
}

/** Section: the annex with the full record of each risk, in reference order (or its first `range` entries). */
export function annexSection(ctx: BriefContext, range?: AnnexRange): Content[] {
  const heading = sectionHeading('Annex A', 'Risk details');
  const risks = annexOrder(ctx.plan.risks.items);
  if (risks.length === 0) return [heading, emptyNote('No risks recorded yet.')];
  const lead = ctx.options.sections.includes('risks')
    ? 'Each risk in full, in order of reference. Category, owner, status and review date are shown in the risk register.'
    : 'Each risk in full, in order of reference.';
  return [heading, { text: lead, style: 'lead' }, ...entries(ctx, risks, range ?? { from: 0, to: risks.length })];
}

/** The rest of the annex, printed by a later part of a brief rendered in parts: it starts a page of its own. */
export function annexContinuation(ctx: BriefContext, range: AnnexRange): Content[] {
  return [{ text: 'Annex A  Risk details (continued)', style: 'h1' }, ...entries(ctx, annexOrder(ctx.plan.risks.items), range)];
}
