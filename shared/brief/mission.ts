/** Mission design: type, posture, personnel, the tripwire table and the authorization outlook. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import { emptyNote, factsTable, paragraphs, registerTable, sectionHeading, subHeading, withHeading } from './blocks';
import { formatCount, AUTHORIZATION_LABELS, MISSION_TYPE_LABELS, POLITICAL_FORM_LABELS, POSTURE_LABELS, RATING_LABELS, STATUS_AGREEMENT_LABELS } from '../plan/labels';
import { planningOf } from '../plan/planning';
import { AUTHORIZATION_FACTORS } from '../plan/schema';
import { findIndicator } from '../content/risk-factors';
import { formatDate } from '../mandate/templating';

const count = formatCount;

function design(ctx: BriefContext): Content[] {
  const m = ctx.plan.mission;
  const rows: Array<[string, Content]> = [['Mission type', MISSION_TYPE_LABELS[m.type]]];
  if (m.type === 'political' || m.type === 'both') rows.push(['Political mission form', POLITICAL_FORM_LABELS[m.politicalForm]]);
  if (m.type === 'preventive-deployment' || m.type === 'both') rows.push(['Deployment posture', POSTURE_LABELS[m.posture]]);
  const { military, police, civilian } = m.personnel;
  const total = military + police + civilian;
  rows.push([
    'Personnel ceiling',
    total === 0 ? 'Not yet set' : `${count(total)} in total: ${count(military)} military, ${count(police)} police, ${count(civilian)} civilian`,
  ]);
  return [factsTable(rows), ...paragraphs(m.notes)];
}

/**
 * The tripwire table. None defined is a finding for a force (it needs them to know when to act),
 * said in one line; for a political mission, which has no force to move, the subsection is left out.
 */
function tripwires(ctx: BriefContext): Content[] | null {
  const m = ctx.plan.mission;
  if (m.tripwires.length === 0) {
    if (m.type === 'political') return null;
    const overHorizon = m.posture === 'over-the-horizon';
    return [
      emptyNote(
        overHorizon
          ? 'No tripwires defined yet — an over-the-horizon force needs them to know when to deploy.'
          : 'No tripwires defined yet — a preventive deployment needs them to know when to act and when to call for reinforcement.',
      ),
    ];
  }
  const rows = m.tripwires.map((t, i): TableCell[] => [
    String(i + 1),
    t.event || '—',
    t.factor === null ? '—' : ctx.factorName(t.factor),
    t.observer || '—',
    t.response || '—',
  ]);
  return [registerTable({ widths: [14, '*', 80, 90, '*'], headers: ['#', 'Event', 'Watches', 'Observed by', 'Response'], rows })];
}

function authorization(ctx: BriefContext): Content[] {
  const a = ctx.plan.mission.authorization;
  const rows = AUTHORIZATION_FACTORS.map((k): TableCell[] => [AUTHORIZATION_LABELS[k], RATING_LABELS[a[k].rating], a[k].note || '—']);
  return [
    registerTable({ widths: [150, 55, '*'], headers: ['Factor', 'Rating', 'Note'], rows }),
    { text: 'For power patrons, a high rating means strong protection of the potential perpetrator and weighs against authorization.', style: 'small' },
  ];
}

const dateOr = (iso: string) => (iso ? (formatDate(iso) ?? iso) : 'Not yet set');
/** Planner text as a table cell; an end state written to continue a clause still reads as a sentence here. */
const textOr = (text: string): Content => (text.trim() ? text.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : { text: 'Not yet set', italics: true });
const lines = (text: string): Content => {
  const items = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return items.length > 1 ? { ul: items.map((i) => i.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) } : textOr(text);
};

/** End state, exit criteria, benchmarks tied to the risk factors, and phasing. */
function endState(ctx: BriefContext): Content[] {
  const p = planningOf(ctx.plan.mission);
  const facts = factsTable([
    ['End state', textOr(p.endState)],
    ['Exit criteria', lines(p.exitCriteria)],
    ['Start-up', dateOr(p.startUpDate)],
    ['Initial operating capability', dateOr(p.iocDate)],
    ['Full operating capability', dateOr(p.focDate)],
  ]);
  if (!p.benchmarks.length) return [facts, emptyNote('No benchmarks set yet: tie each one to the risk factor it measures.')];
  const rows = p.benchmarks.map((b, i): TableCell[] => [
    String(i + 1),
    b.text || '—',
    b.factor === null ? { text: 'Not tied to a factor', italics: true } : ctx.factorName(b.factor),
    (b.indicator && findIndicator(b.indicator)?.indicator.text) || '—',
  ]);
  return [facts, registerTable({ widths: [14, '*', 110, 130], headers: ['#', 'Benchmark', 'Risk factor', 'Indicator'], rows })];
}

/** Force generation, enablers and the status-of-forces or status-of-mission agreement. */
function forceGeneration(ctx: BriefContext): Content[] {
  const m = ctx.plan.mission;
  const p = planningOf(m);
  const deployment = m.type === 'preventive-deployment' || m.type === 'both';
  const rows: Array<[string, Content]> = [];
  if (deployment) rows.push(['Force generation', textOr(p.forceGeneration)], ['Enablers', textOr(p.enablers)]);
  rows.push([deployment ? 'Status-of-forces agreement' : 'Status-of-mission agreement', `${STATUS_AGREEMENT_LABELS[p.statusAgreement]}${p.statusAgreementNote.trim() ? `. ${p.statusAgreementNote.trim()}` : ''}`]);
  return [factsTable(rows)];
}

/** Section: mission design; subsections with nothing to say are left out and the rest numbered in order. */
export function missionSection(ctx: BriefContext, n: string): Content[] {
  const parts: Array<[string, Content[] | null]> = [
    ['Type, posture and personnel', design(ctx)],
    ['Tripwires', tripwires(ctx)],
    ['Outlook for authorization', authorization(ctx)],
    ['End state, benchmarks and phasing', endState(ctx)],
    ['Force generation and status agreement', forceGeneration(ctx)],
  ];
  const printed = parts.filter((p): p is [string, Content[]] => p[1] !== null);
  return [sectionHeading(n, 'Mission design'), ...printed.flatMap(([title, block], i) => withHeading(subHeading(`${n}.${i + 1}`, title), block))];
}
