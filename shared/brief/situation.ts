/**
 * Situation summary: consent, perpetrators, phase, the 14 Framework risk factors (with their
 * definitions and numbered indicators), the app's crime-picture heuristic and the MARO dynamics.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import { emptyNote, factsTable, paragraphs, registerTable, sectionHeading, subHeading, withHeading } from './blocks';
import {
  CONFLICT_LABELS,
  CONSENT_LABELS,
  FACTOR_LEVEL_LABELS,
  IMPARTIALITY_LABELS,
  LEVEL_LABELS,
  PERPETRATOR_LABELS,
  PILLAR_LABELS,
  STAGE_LABELS,
  TRI_STATE_LABELS,
  formatDate,
} from '../plan/labels';
import { findIndicator, indicatorLabel, riskFactor } from '../content/risk-factors';
import { HEURISTIC_NOTE, crimePicture } from '../mandate/crime-picture';
import type { CrimeAssessment } from '../mandate/crime-picture';
import type { RiskFactorAssessment } from '../plan/schema';
import { COLORS } from './styles';

const LEVEL_FILL: Record<RiskFactorAssessment['level'], string | undefined> = {
  high: '#f3b07a',
  moderate: '#f7e08f',
  low: '#d9ecd4',
  'not-present': undefined,
  unknown: undefined,
};

function keyFacts(ctx: BriefContext): Content[] {
  const s = ctx.plan.situation;
  const presence = s.existingPresence;
  const presenceText: Content = presence.exists
    ? {
        stack: [
          { text: presence.name || 'A mission is on the ground (name not given).' },
          ...(presence.mandateSummary ? [{ text: presence.mandateSummary, color: COLORS.muted }] : []),
          { text: presence.atrocityPreventionInMandate ? 'Its mandate already covers atrocity prevention.' : 'Its mandate does not yet cover atrocity prevention.', italics: true },
        ],
      }
    : 'No mission on the ground.';
  const rows: Array<[string, Content]> = [
    ['R2P pillar context (as the seed uses the pillars)', PILLAR_LABELS[s.r2pPillar]],
    ['Stage of atrocity risk', STAGE_LABELS[s.atrocityStage]],
    ['Context', CONFLICT_LABELS[s.conflictContext]],
    ['Host-state consent', CONSENT_LABELS[s.hostConsent]],
    ['Potential perpetrators', s.perpetrators.length ? { ul: s.perpetrators.map((p) => PERPETRATOR_LABELS[p]) } : 'Not yet identified'],
    ['Existing presence', presenceText],
    ["Parties' objectives reconcilable", TRI_STATE_LABELS[s.objectivesReconcilable]],
    ['Power imbalance (perpetrators over victims)', LEVEL_LABELS[s.powerImbalance]],
    ['Risk of spill-over to neighbours', LEVEL_LABELS[s.spilloverRisk]],
  ];
  const notes = [...paragraphs(s.perpetratorNotes), ...paragraphs(s.notes)];
  return [factsTable(rows), ...notes];
}

/** "7.9 Increased serious violence …", in the Framework's order; an id from a newer app is shown as it is. */
function indicatorLines(ids: readonly string[]): string[] {
  const found = ids.map((id) => ({ id, hit: findIndicator(id) }));
  const order = (x: (typeof found)[number]) => (x.hit ? x.hit.factor.indicators.indexOf(x.hit.indicator) : Number.MAX_SAFE_INTEGER);
  return [...found].sort((a, b) => order(a) - order(b)).map((x) => (x.hit ? indicatorLabel(x.hit.indicator) : `${x.id} (not in this version's catalogue)`));
}

function riskFactors(ctx: BriefContext): Content[] {
  const factors = ctx.plan.situation.riskFactors;
  const rows = factors.map((f): TableCell[] => {
    const detail: Content[] = [];
    if (f.indicators.length) detail.push({ ul: indicatorLines(f.indicators), fontSize: 8 });
    if (f.notes) detail.push({ text: f.notes });
    return [
      { text: String(f.factor), alignment: 'right' },
      { stack: [{ text: ctx.factorName(f.factor) }, { text: riskFactor(f.factor).definition, fontSize: 7, color: COLORS.muted }] },
      { text: FACTOR_LEVEL_LABELS[f.level], fillColor: LEVEL_FILL[f.level], bold: f.level === 'high' },
      detail.length ? { stack: detail } : { text: '—', color: COLORS.muted },
    ];
  });
  const assessed = factors.filter((f) => f.level !== 'unknown').length;
  const lead: Content = {
    text:
      assessed === 0
        ? 'None of the 14 factors has been assessed yet.'
        : `${assessed} of 14 factors assessed. The Framework neither ranks nor weights its factors; the more factors and indicators present, the higher the risk. For every factor, factor 6 (absence of mitigating factors) included, a higher level means more risk. Indicators carry the Framework's numbers.`,
    style: 'lead',
  };
  return [lead, registerTable({ widths: [14, 150, 58, '*'], headers: ['#', 'Risk factor', 'Level', 'Indicators and notes'], rows })];
}

const CRIME_LEVEL_LABELS: Record<CrimeAssessment['level'], string> = { unknown: 'Not enough ratings', minimal: 'Minimal', low: 'Low', moderate: 'Moderate', high: 'High' };

function crimeReading(ctx: BriefContext): Content[] {
  const picture = crimePicture(ctx.plan.situation.riskFactors, ctx.plan.situation.conflictContext);
  const rows = picture.crimes.map((c): TableCell[] => [
    c.label,
    { text: c.heldBack ? 'Not pointed to' : CRIME_LEVEL_LABELS[c.level], bold: c.pointsTo },
    c.heldBack ?? (c.drivers.length ? `Own factors at moderate or above: ${c.drivers.join(', ')}` : 'No own factor at moderate or above'),
  ]);
  return [
    { text: HEURISTIC_NOTE, style: 'lead' },
    registerTable({ widths: [120, 70, '*'], headers: ['Crime', 'Heuristic level', 'Why'], rows }),
    { text: picture.summary },
  ];
}

function evidence(ctx: BriefContext): Content[] {
  const items = ctx.plan.situation.riskFactors.flatMap((f) => f.evidence.map((e) => ({ factor: f.factor, ...e })));
  if (items.length === 0) return [emptyNote('No evidence recorded yet.')];
  const rows = items.map((e): TableCell[] => [
    String(e.factor),
    e.date ? formatDate(e.date) : '—',
    e.text || '—',
    e.source || '—',
  ]);
  return [registerTable({ widths: [14, 62, '*', 110], headers: ['#', 'Date', 'Evidence', 'Source'], rows })];
}

function dynamics(ctx: BriefContext): Content[] {
  const m = ctx.plan.situation.maro;
  const filled = [m.perpetrators, m.victims, m.interveners, m.bystanders, m.escalationResponse].some(Boolean) || m.impartialityStance !== 'undecided';
  if (!filled) return [emptyNote('The dynamics of the situation have not been described yet.')];
  const or = (t: string): Content => t || { text: 'Not described', color: COLORS.muted };
  return [
    factsTable([
      ['Perpetrators', or(m.perpetrators)],
      ['Victims', or(m.victims)],
      ['Interveners', or(m.interveners)],
      ['Bystanders', or(m.bystanders)],
      ['Stance on impartiality', IMPARTIALITY_LABELS[m.impartialityStance]],
      ['If perpetrators escalate', or(m.escalationResponse)],
    ]),
  ];
}

/** Section: situation summary. */
export function situationSection(ctx: BriefContext, n: string): Content[] {
  return [
    sectionHeading(n, 'Situation'),
    ...withHeading(subHeading(`${n}.1`, 'Key facts'), keyFacts(ctx)),
    ...withHeading(subHeading(`${n}.2`, 'Framework risk factors'), riskFactors(ctx)),
    ...withHeading(subHeading(`${n}.3`, 'What the pattern points to (app heuristic)'), crimeReading(ctx)),
    ...withHeading(subHeading(`${n}.4`, 'Evidence on record'), evidence(ctx)),
    ...withHeading(subHeading(`${n}.5`, 'Dynamics of the situation'), dynamics(ctx)),
  ];
}
