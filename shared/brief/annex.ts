/** Annex: each printed risk in full — cause, consequence, ratings, treatment, actions, acceptance, links, history. */
import type { Content, ContentText } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { Risk, RiskHistoryEntry } from '../plan/schema';
import { bandFor, ratingOf, scoreOf } from '../risks/scoring';
import type { ScoreKind } from '../risks/scoring';
import { emptyNote, keepTogether, sectionHeading } from './blocks';
import { BAND_LABELS, RISK_CATEGORY_LABELS, RISK_SOURCE_LABELS, RISK_STATUS_LABELS, TREATMENT_LABELS, formatDate } from '../plan/labels';
import { COLORS } from './styles';
import { riskFieldLabel } from '../risks/history-fields';
import { leftOutNote } from './printed-risks';
import { creationText } from '../risks/creation-text';

/** The annex shows the latest changes only; the plan file keeps the full history. */
const HISTORY_SHOWN = 3;

function rating(ctx: BriefContext, risk: Risk, kind: ScoreKind): string {
  const { likelihood, impact } = ratingOf(risk, kind);
  const score = scoreOf(risk, kind);
  return `${likelihood}×${impact} = ${score} ${BAND_LABELS[bandFor(score, ctx.plan.risks.bands)].toLowerCase()}`;
}

type Span = string | { text: string; bold?: boolean; color?: string; fontSize?: number };

/** A bullet point: its spans after the bullet, and the size it is set in. */
interface Bullet {
  spans: Span[];
  fontSize: number;
}

/** An entry's body: lines of text, and bullet points among them. */
type Part = Span[] | Bullet;

const isBullet = (part: Part): part is Bullet => !Array.isArray(part);

/** The size of an entry's body text. */
const BODY_SIZE = 8.5;

/**
 * A bullet's text up to this many characters fits on one line of any paper's text width at the
 * annex's sizes (checked against the brief's font), so it can stay inside the text around it.
 */
const BULLET_FITS_ON_A_LINE = 85;

const spanText = (spans: readonly Span[]) => spans.reduce((n, s) => n + (typeof s === 'string' ? s : s.text).length, 0);

/**
 * An entry's body as few nodes as possible: pdfmake's cost is per node as much as per word, and a
 * 5,000-risk annex drawn as separate paragraphs took a quarter longer for the same words on the
 * same pages. So lines run together in one text, and only a bullet long enough to wrap gets a node
 * of its own, where its wrapped lines hang under its text rather than under the bullet.
 */
function body(ctx: BriefContext, parts: ReadonlyArray<Part | null>): ContentText[] {
  const nodes: ContentText[] = [];
  let text: Span[] = [];
  const flush = () => {
    if (text.length) nodes.push({ text });
    text = [];
  };
  for (const part of parts) {
    if (!part || (!isBullet(part) && part.length === 0)) continue;
    // The bullet takes the colour of the text it starts (muted for the history, as that text is).
    const first = isBullet(part) ? part.spans[0] : undefined;
    const marker = (text: string): Span => (typeof first === 'object' && first.color ? { text, color: first.color } : text);
    if (isBullet(part) && spanText(part.spans) > BULLET_FITS_ON_A_LINE) {
      flush();
      const indent = ctx.metrics.bulletIndent(part.fontSize);
      nodes.push({ text: [marker('•  '), ...part.spans], fontSize: part.fontSize, margin: [indent, 0, 0, 0], leadingIndent: -indent });
      continue;
    }
    if (isBullet(part)) {
      const sized = (s: Span): Span => (part.fontSize === BODY_SIZE ? s : typeof s === 'string' ? { text: s, fontSize: part.fontSize } : { fontSize: part.fontSize, ...s });
      text.push(sized(marker(text.length ? '\n•  ' : '•  ')), ...part.spans.map(sized));
    } else {
      if (text.length) text.push('\n');
      text.push(...part);
    }
  }
  flush();
  return nodes;
}

function labelled(label: string, text: string): Span[] | null {
  if (!text.trim()) return null;
  return [{ text: `${label}: `, bold: true, color: COLORS.muted }, text];
}

const heading = (text: string): Span[] => [{ text, bold: true, color: COLORS.muted }];

function actions(risk: Risk): Part[] {
  if (risk.actions.length === 0) return [];
  const items = risk.actions.map((a): Bullet => {
    const meta = [a.owner, a.dueDate ? `due ${formatDate(a.dueDate)}` : ''].filter(Boolean).join(', ');
    return { fontSize: BODY_SIZE, spans: [{ text: a.done ? 'Done — ' : 'Open — ', bold: true }, a.text || '—', ...(meta ? [{ text: ` (${meta})`, color: COLORS.muted }] : [])] };
  });
  return [heading('Actions'), ...items];
}

/**
 * One change in words. By default it says what changed and when, never the text: a planner who
 * removed an informant's name from a cause must not find it printed under "Latest changes".
 */
function change(ctx: BriefContext, h: RiskHistoryEntry): string {
  const when = formatDate(h.at);
  const who = h.by || (ctx.options.redacted ? '' : 'someone');
  if (h.field === 'risk') return `${when}: ${who ? `${who} ` : ''}${creationText(ctx.plan, h.to)}`;
  const field = riskFieldLabel(h.field).toLowerCase();
  if (!ctx.options.historyValues) return who ? `${when}: ${who} changed the ${field}` : `${when}: the ${field} changed`;
  return `${when}: ${who} ${h.from ? `changed ${h.field} from “${h.from}” to` : `set ${h.field} to`} “${h.to}”`;
}

function history(ctx: BriefContext, risk: Risk): Part[] {
  if (risk.history.length === 0) return [];
  const latest = risk.history.slice(-HISTORY_SHOWN).reverse();
  const more = risk.history.length - latest.length;
  const entries = [
    ...latest.map((h) => change(ctx, h)),
    ...(more > 0 ? [`and ${more} earlier ${more === 1 ? 'change' : 'changes'}`] : []),
  ];
  return [heading('Latest changes'), ...entries.map((e): Bullet => ({ fontSize: 8, spans: [{ text: e, color: COLORS.muted }] }))];
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
  const linked = risk.linkedCapabilityIds.map((id) => ctx.capabilityTitle(id) ?? 'an item no longer on the checklist').join('; ');
  const nodes = body(ctx, [
    withRegisterFacts ? [{ text: meta, color: COLORS.muted }] : null,
    [{ text: ratings, color: COLORS.muted }],
    labelled('Cause', risk.cause),
    labelled('Consequence', risk.consequence),
    labelled(`Treatment (${TREATMENT_LABELS[risk.treatment].toLowerCase()})`, risk.mitigation),
    ...actions(risk),
    labelled('Acceptance', acceptance),
    labelled('Linked capabilities', linked),
    ...history(ctx, risk),
  ]);
  const text: Content = nodes.length === 1 ? { ...nodes[0]!, fontSize: BODY_SIZE, lineHeight: 1.2 } : { stack: nodes, fontSize: BODY_SIZE, lineHeight: 1.2 };
  const block: Content[] = [{ text: `${risk.ref}   ${risk.title || 'Untitled risk'}`, bold: true, fontSize: 9.5, margin: [0, 0, 0, 2] }, text];
  return { ...(keepWhole ? keepTogether(block) : { stack: block }), margin: [0, 0, 0, 9] };
}

/** The annex's risks in print order: by reference. */
export function annexOrder(risks: readonly Risk[]): Risk[] {
  return [...risks].sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

/** Section: the annex with the full record of each printed risk, in reference order. */
export function annexSection(ctx: BriefContext): Content[] {
  const heading = sectionHeading('Annex A', 'Risk details');
  if (ctx.plan.risks.items.length === 0) return [heading, emptyNote('No risks recorded yet.')];
  const risks = ctx.printed.annex;
  const leftOut = leftOutNote(ctx.printed);
  if (risks.length === 0) return [heading, emptyNote(leftOut)];
  // Category, owner, status and review date are already in the register; repeat them only without it.
  const withRegisterFacts = !ctx.options.sections.includes('risks');
  const lead = [
    withRegisterFacts ? 'Each risk in full, in order of reference.' : 'Each risk in full, in order of reference. Category, owner, status and review date are shown in the risk register.',
    leftOut,
  ].filter(Boolean).join(' ');
  const keepWhole = risks.length <= KEEP_WHOLE_UP_TO;
  return [heading, { text: lead, style: 'lead' }, ...risks.map((r) => riskEntry(ctx, r, withRegisterFacts, keepWhole))];
}
