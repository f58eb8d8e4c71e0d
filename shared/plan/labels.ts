/** Plain-words labels for the plan's enum values, shared by the screens and the printed brief. */
import type { Plan } from './schema';

type Situation = Plan['situation'];
type Mission = Plan['mission'];

/** The seed's (USIP 2012) usage of the pillars as contexts; only ever the planner's own choice. */
export const PILLAR_LABELS: Record<Situation['r2pPillar'], string> = {
  'pillar-2': 'Pillar II context: structural drivers, atrocity risk remote',
  'pillar-3': 'Pillar III context: atrocities imminent or ongoing',
  unknown: 'Not chosen by the planner',
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
  requested: 'Host state requested a mission',
  consents: 'Host state consents',
  ambivalent: 'Host state ambivalent',
  refuses: 'Host state refuses',
  unknown: 'Not yet known',
};

export const PERPETRATOR_LABELS: Record<Situation['perpetrators'][number], string> = {
  'non-state-internal': 'Non-state actors inside the territory',
  'cross-border-hostile': 'Hostile actors operating from a neighbouring country',
  'host-regime': 'The host regime or its forces',
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

export const MISSION_TYPE_LABELS: Record<Mission['type'], string> = {
  political: 'Political mission',
  'preventive-deployment': 'Preventive deployment',
  both: 'Political mission with a preventive deployment',
  undecided: 'Not yet decided',
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

export const AUTHORIZATION_LABELS: Record<keyof Mission['authorization'], string> = {
  internationalSupport: 'International support',
  mediaAttention: 'Media attention',
  patronLinks: 'Power patrons shielding the perpetrator',
  regionalSupport: 'Regional support',
  resources: 'Resources available',
  likelyEffectiveness: 'Likely effectiveness',
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
  custom: 'Entered by the planner',
  import: 'Imported',
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
