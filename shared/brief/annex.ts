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

function labelled(label: string, text: string): Content | null {
  if (!text.trim()) return null;
  return { text: [{ text: `${label}: `, bold: true, color: COLORS.muted }, text], fontSize: 8.5, margin: [0, 0, 0, 2] };
}

function actions(risk: Risk): Content | null {
  if (risk.actions.length === 0) return null;
  return {
    stack: [
      { text: 'Actions', bold: true, color: COLORS.muted, fontSize: 8.5 },
      {
        ul: risk.actions.map((a) => {
          const meta = [a.owner, a.dueDate ? `due ${formatDate(a.dueDate)}` : ''].filter(Boolean).join(', ');
          return { text: [{ text: a.done ? 'Done — ' : 'Open — ', bold: true }, a.text || '—', meta ? { text: ` (${meta})`, color: COLORS.muted } : ''] };
        }),
        fontSize: 8.5,
        margin: [0, 1, 0, 2],
      },
    ],
  };
}

function history(risk: Risk): Content | null {
  if (risk.history.length === 0) return null;
  const latest = risk.history.slice(-HISTORY_SHOWN).reverse();
  const more = risk.history.length - latest.length;
  return {
    stack: [
      { text: 'Latest changes', bold: true, color: COLORS.muted, fontSize: 8.5 },
      {
        ul: [
          ...latest.map((h) => `${formatDate(h.at)}: ${h.by || 'someone'} ${h.from ? `changed ${h.field} from “${h.from}” to` : `set ${h.field} to`} “${h.to}”`),
          ...(more > 0 ? [`and ${more} earlier ${more === 1 ? 'change' : 'changes'}`] : []),
        ],
        fontSize: 8,
        color: COLORS.muted,
        margin: [0, 1, 0, 2],
      },
    ],
  };
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
  const parts: Array<Content | null> = [
    { text: `${risk.ref}   ${risk.title || 'Untitled risk'}`, bold: true, fontSize: 9.5, margin: [0, 0, 0, 2] },
    withRegisterFacts ? { text: meta, color: COLORS.muted, fontSize: 8.5 } : null,
    { text: ratings, color: COLORS.muted, fontSize: 8.5, margin: [0, 0, 0, 2] },
    labelled('Cause', risk.cause),
    labelled('Consequence', risk.consequence),
    labelled(`Treatment (${TREATMENT_LABELS[risk.treatment].toLowerCase()})`, risk.mitigation),
    actions(risk),
    labelled('Acceptance', acceptance),
    labelled('Linked capabilities', linked),
    history(risk),
  ];
  const block = parts.filter((p): p is Content => p !== null);
  return { ...(keepWhole ? keepTogether(block) : { stack: block }), margin: [0, 0, 0, 9] };
}

/** Section: the annex with the full record of each risk, in reference order. */
export function annexSection(ctx: BriefContext): Content[] {
  const heading = sectionHeading('Annex A', 'Risk details');
  const risks = [...ctx.plan.risks.items].sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
  if (risks.length === 0) return [heading, emptyNote('No risks recorded yet.')];
  // Category, owner, status and review date are already in the register; repeat them only without it.
  const withRegisterFacts = !ctx.options.sections.includes('risks');
  const lead = withRegisterFacts ? 'Each risk in full, in order of reference.' : 'Each risk in full, in order of reference. Category, owner, status and review date are shown in the risk register.';
  const keepWhole = risks.length <= KEEP_WHOLE_UP_TO;
  return [heading, { text: lead, style: 'lead' }, ...risks.map((r) => riskEntry(ctx, r, withRegisterFacts, keepWhole))];
}
