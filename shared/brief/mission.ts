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

function tripwires(ctx: BriefContext): Content[] {
  const m = ctx.plan.mission;
  if (m.tripwires.length === 0) {
    const overHorizon = m.posture === 'over-the-horizon' && m.type !== 'political';
    return [emptyNote(overHorizon ? 'No tripwires defined yet — an over-the-horizon force needs them to know when to deploy.' : 'No tripwires defined.')];
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

/** Section: mission design. */
export function missionSection(ctx: BriefContext, n: string): Content[] {
  return [
    sectionHeading(n, 'Mission design'),
    ...withHeading(subHeading(`${n}.1`, 'Type, posture and personnel'), design(ctx)),
    ...withHeading(subHeading(`${n}.2`, 'Tripwires'), tripwires(ctx)),
    ...withHeading(subHeading(`${n}.3`, 'Outlook for authorization'), authorization(ctx)),
    ...withHeading(subHeading(`${n}.4`, 'End state, benchmarks and phasing'), endState(ctx)),
    ...withHeading(subHeading(`${n}.5`, 'Force generation and status agreement'), forceGeneration(ctx)),
  ];
}
