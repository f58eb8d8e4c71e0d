/**
 * Plain-words labels for the plan's enum values: the one vocabulary of the screens and the printed
 * brief, so both say the same words. The *_DETAILS tables are the line of help a choice card shows
 * under its label on screen.
 */
import type { ClauseFamily, ClauseKind, Priority } from '../content/clauses';
import type { Severity, WizardStep } from '../mandate/guidance-types';
import type { BriefSection, Plan } from './schema';

type Situation = Plan['situation'];
type Mission = Plan['mission'];

/** The seed's (USIP 2012) usage of the pillars as contexts; only ever the planner's own choice. */
export const PILLAR_LABELS: Record<Situation['r2pPillar'], string> = {
  'pillar-2': 'Pillar II context: structural drivers, atrocity risk remote',
  'pillar-3': 'Pillar III context: atrocities imminent or ongoing',
  unknown: 'Not yet assessed',
};

export const PILLAR_DETAILS: Partial<Record<Situation['r2pPillar'], string>> = {
  'pillar-2': 'As the seed (USIP 2012) uses the pillars',
  'pillar-3': 'As the seed (USIP 2012) uses the pillars',
};

export const STAGE_LABELS: Record<Situation['atrocityStage'], string> = {
  remote: 'Remote',
  emerging: 'Emerging',
  imminent: 'Imminent',
  ongoing: 'Ongoing',
  unknown: 'Not yet assessed',
};

export const CONFLICT_LABELS: Record<Situation['conflictContext'], string> = {
  peace: 'Peacetime',
  'armed-conflict': 'Armed conflict',
  unknown: 'Not yet assessed',
};

export const CONSENT_LABELS: Record<Situation['hostConsent'], string> = {
  requested: 'Requested a mission',
  consents: 'Consents',
  ambivalent: 'Ambivalent',
  refuses: 'Refuses',
  unknown: 'Not yet known',
};

export const PERPETRATOR_LABELS: Record<Situation['perpetrators'][number], string> = {
  'non-state-internal': 'Non-state actors inside the territory',
  'cross-border-hostile': 'Hostile actors operating from a neighbouring country',
  'host-regime': 'The host regime or its forces',
};

export const PERPETRATOR_DETAILS: Record<Situation['perpetrators'][number], string> = {
  'non-state-internal': 'Armed movements, militias or gangs operating in the country',
  'cross-border-hostile': 'Armed groups or forces operating across the border',
  'host-regime': 'The government, its security forces or proxies it directs',
};

export const TRI_STATE_LABELS: Record<Situation['objectivesReconcilable'], string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unknown: 'Not yet assessed',
};

export const LEVEL_LABELS: Record<Situation['powerImbalance'], string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  unknown: 'Not yet assessed',
};

export const FACTOR_LEVEL_LABELS: Record<Situation['riskFactors'][number]['level'], string> = {
  'not-present': 'Not present',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  unknown: 'Not assessed',
};

export const IMPARTIALITY_LABELS: Record<Situation['maro']['impartialityStance'], string> = {
  impartial: 'Remain impartial',
  'protection-first': 'Protection first, even at the cost of impartiality',
  undecided: 'Undecided',
};

export const IMPARTIALITY_DETAILS: Partial<Record<Situation['maro']['impartialityStance'], string>> = {
  impartial: 'Treat all parties alike, even if that limits protection',
  'protection-first': 'Stop perpetrators even if they then see the mission as a party',
};

export const MISSION_TYPE_LABELS: Record<Mission['type'], string> = {
  political: 'Political mission',
  'preventive-deployment': 'Preventive deployment',
  both: 'Political mission with a preventive deployment',
  undecided: 'Not yet decided',
};

export const MISSION_TYPE_DETAILS: Partial<Record<Mission['type'], string>> = {
  political: 'Mainly civilian experts who work by persuasion',
  'preventive-deployment': 'A military and police presence that deters',
  both: 'Persuasion backed by a presence that deters',
};

export const POLITICAL_FORM_LABELS: Record<Mission['politicalForm'], string> = {
  'regional-office': 'Standing regional office',
  'special-envoy': 'Special envoy',
  'transformed-peacebuilding': 'Transformed peacebuilding mission',
  other: 'Other form',
  undecided: 'Not yet decided',
};

export const POSTURE_LABELS: Record<Mission['posture'], string> = {
  'in-area': 'Visible presence in the area at risk',
  'over-the-horizon': 'Over-the-horizon force committed when tripwires are crossed',
  undecided: 'Not yet decided',
};

export const POSTURE_DETAILS: Partial<Record<Mission['posture'], string>> = {
  'in-area': 'Troops and police protecting civilians where they are',
  'over-the-horizon': 'A force held ready nearby',
};

export const AUTHORIZATION_LABELS: Record<keyof Mission['authorization'], string> = {
  internationalSupport: 'International support',
  mediaAttention: 'Media attention',
  patronLinks: 'Power patrons shielding the perpetrator',
  regionalSupport: 'Regional support',
  resources: 'Resources available',
  likelyEffectiveness: 'Likely effectiveness',
};

export const AUTHORIZATION_DETAILS: Record<keyof Mission['authorization'], string> = {
  internationalSupport: 'Council members and troop contributors behind the mission',
  mediaAttention: 'Public attention that creates pressure to act',
  patronLinks: 'How strongly a powerful patron shields the perpetrator (high is bad)',
  regionalSupport: 'Backing from neighbours and the regional organization',
  resources: 'Funding, troops and equipment that can be found in time',
  likelyEffectiveness: 'How likely the mission is to change perpetrators’ calculations',
};

export const RATING_LABELS: Record<Mission['authorization']['resources']['rating'], string> = {
  unknown: 'Not rated',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const CAPABILITY_AREA_LABELS: Record<Plan['capabilities']['items'][number]['area'], string> = {
  surveillance: 'Surveillance and early warning',
  training: 'Training and doctrine',
  coordination: 'Coordination',
};

/** One line per capability area: what it covers, shown under its heading. */
export const CAPABILITY_AREA_SUMMARIES: Record<Plan['capabilities']['items'][number]['area'], string> = {
  surveillance: 'Seeing warning signs early and reporting them: indicators, analysts, monitors, tripwire observation.',
  training: 'Preparing people to prevent atrocities: training, doctrine, rules of engagement, evacuation.',
  coordination: 'Working with others: UN actors, regional organizations, host authorities, local civil society.',
};

export const CAPABILITY_STATUS_LABELS: Record<Plan['capabilities']['items'][number]['status'], string> = {
  unassessed: 'Not assessed',
  'in-place': 'In place',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

type Risk = Plan['risks']['items'][number];

export const RISK_CATEGORY_LABELS: Record<Risk['category'], string> = {
  political: 'Political',
  operational: 'Operational',
  security: 'Security',
  protection: 'Protection',
  escalation: 'Escalation',
  resourcing: 'Resourcing',
  coordination: 'Coordination',
  reputational: 'Reputational',
};

export const TREATMENT_LABELS: Record<Risk['treatment'], string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

export const RISK_STATUS_LABELS: Record<Risk['status'], string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

export const RISK_SOURCE_LABELS: Record<Risk['source'], string> = {
  catalogue: 'Risk catalogue',
  guidance: 'Planning guidance',
  capability: 'Capability gap',
  custom: 'Written by the planner',
  import: 'CSV import',
};

export const BAND_LABELS: Record<Plan['risks']['bands'][number]['name'], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABELS = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-20" (or an ISO timestamp) → "20 November 2026"; empty stays empty. Written out so no locale data is needed. */
export function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

/** 12345 → "12,345", without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 problem", "3 problems", "5,000 risks". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Text with its first letter capitalised, for messages that begin with a generated label. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2027-01-15" → "15 Jan 2027", for narrow table columns. */
export function formatShortDate(value: string): string {
  const long = formatDate(value);
  return long === value ? value : long.replace(/^(\d+) (\w{3})\w* (\d{4})$/, '$1 $2 $3');
}

export const STATUS_AGREEMENT_LABELS: Record<NonNullable<Mission['planning']>['statusAgreement'], string> = {
  unknown: 'Not yet known',
  'not-started': 'Not yet negotiated',
  negotiating: 'Under negotiation',
  concluded: 'Concluded',
  'not-needed': 'Not needed (no presence on the host’s territory)',
};

export const CLAUSE_FAMILY_LABELS: Record<ClauseFamily, string> = {
  political: 'Political mission',
  deployment: 'Preventive deployment',
  'cross-cutting': 'Cross-cutting',
};

export const CLAUSE_KIND_LABELS: Record<ClauseKind, string> = { preambular: 'Preambular', operative: 'Operative' };

export const PRIORITY_LABELS: Record<Priority, string> = { essential: 'Essential', important: 'Important', optional: 'Optional' };

/** The wizard's five steps, as the stepper and the brief's open guidance name them. */
export const STEP_LABELS: Record<WizardStep, string> = {
  situation: 'Situation',
  'risk-factors': 'Risk factors',
  mission: 'Mission design',
  clauses: 'Clauses',
  review: 'Review',
};

export const SEVERITY_LABELS: Record<Severity, string> = { blocking: 'Blocking', warning: 'Warning', info: 'Information' };

/** The brief's sections as the options form lists them, and what each holds. */
export const BRIEF_SECTION_LABELS: Record<BriefSection, string> = {
  cover: 'Cover page',
  contents: 'Contents',
  situation: 'Situation',
  mission: 'Mission design',
  mandate: 'Draft mandate',
  guidance: 'Open guidance',
  capabilities: 'Capabilities',
  risks: 'Risk register',
  heatmap: 'Risk heat map',
  annex: 'Annex A — Risk details',
};

export const BRIEF_SECTION_HINTS: Record<BriefSection, string> = {
  cover: 'Title, mission, author, marking and distribution',
  contents: 'Sections with their page numbers',
  situation: 'Consent, perpetrators, stage and the 14 risk factors',
  mission: 'Type, posture, tripwires and authorization factors',
  mandate: 'Numbered paragraphs as in the review step',
  guidance: 'Warnings and blocking problems still open',
  capabilities: 'Checklists by area with readiness',
  risks: 'All risks, highest score first',
  heatmap: 'Inherent and residual, 5 × 5',
  annex: 'Every risk in full',
};
