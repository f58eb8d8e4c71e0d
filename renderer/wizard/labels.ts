/** Words the wizard forms use for the plan's enum values: short for choices, with a line of help. */
import type { Mission, Situation } from '../../shared/plan/schema';
import type { ClauseFamily, ClauseKind, Priority } from '../../shared/content/clauses';
import type { Severity } from '../../shared/mandate/guidance-types';
import type { Choice } from '../components/choice-group';

export type { Choice };

export const PILLAR_CHOICES: readonly Choice<Situation['r2pPillar']>[] = [
  { value: 'pillar-2', label: 'Pillar II context', detail: 'Structural drivers; atrocity risk remote (the seed’s usage)' },
  { value: 'pillar-3', label: 'Pillar III context', detail: 'Atrocities imminent or ongoing (the seed’s usage)' },
  { value: 'unknown', label: 'Not yet assessed' },
];

export const STAGE_CHOICES: readonly Choice<Situation['atrocityStage']>[] = [
  { value: 'remote', label: 'Remote' },
  { value: 'emerging', label: 'Emerging' },
  { value: 'imminent', label: 'Imminent' },
  { value: 'ongoing', label: 'Ongoing' },
  { value: 'unknown', label: 'Unknown' },
];

export const CONFLICT_CHOICES: readonly Choice<Situation['conflictContext']>[] = [
  { value: 'peace', label: 'Peacetime' },
  { value: 'armed-conflict', label: 'Armed conflict' },
  { value: 'unknown', label: 'Unknown' },
];

export const CONSENT_CHOICES: readonly Choice<Situation['hostConsent']>[] = [
  { value: 'requested', label: 'Requested a mission' },
  { value: 'consents', label: 'Consents' },
  { value: 'ambivalent', label: 'Ambivalent' },
  { value: 'refuses', label: 'Refuses' },
  { value: 'unknown', label: 'Unknown' },
];

export const PERPETRATOR_CHOICES: readonly Choice<Situation['perpetrators'][number]>[] = [
  { value: 'non-state-internal', label: 'Non-state actors inside the territory', detail: 'Armed movements, militias or gangs operating in the country' },
  { value: 'cross-border-hostile', label: 'Hostile actors from a neighbouring country', detail: 'Armed groups or forces operating across the border' },
  { value: 'host-regime', label: 'The host regime or its forces', detail: 'The government, its security forces or proxies it directs' },
];

export const TRI_STATE_CHOICES: readonly Choice<Situation['objectivesReconcilable']>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

export const LEVEL_CHOICES: readonly Choice<Situation['powerImbalance']>[] = [
  { value: 'low', label: 'Low' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'high', label: 'High' },
  { value: 'unknown', label: 'Unknown' },
];

export type FactorLevel = Situation['riskFactors'][number]['level'];

export const FACTOR_LEVEL_CHOICES: readonly Choice<FactorLevel>[] = [
  { value: 'not-present', label: 'Not present' },
  { value: 'low', label: 'Low' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'high', label: 'High' },
  { value: 'unknown', label: 'Unknown' },
];

export const FACTOR_LEVEL_LABEL: Record<FactorLevel, string> = Object.fromEntries(FACTOR_LEVEL_CHOICES.map((c) => [c.value, c.label])) as Record<FactorLevel, string>;

export const IMPARTIALITY_CHOICES: readonly Choice<Situation['maro']['impartialityStance']>[] = [
  { value: 'impartial', label: 'Remain impartial', detail: 'Treat all parties alike, even if that limits protection' },
  { value: 'protection-first', label: 'Protection first', detail: 'Stop perpetrators even if they then see the mission as a party' },
  { value: 'undecided', label: 'Undecided' },
];

export const MISSION_TYPE_CHOICES: readonly Choice<Mission['type']>[] = [
  { value: 'political', label: 'Political mission', detail: 'Mainly civilian experts who work by persuasion' },
  { value: 'preventive-deployment', label: 'Preventive deployment', detail: 'A military and police presence that deters' },
  { value: 'both', label: 'Both together', detail: 'A political mission alongside a preventive deployment' },
  { value: 'undecided', label: 'Not yet decided' },
];

export const POLITICAL_FORM_CHOICES: readonly Choice<Mission['politicalForm']>[] = [
  { value: 'regional-office', label: 'Standing regional office' },
  { value: 'special-envoy', label: 'Special envoy' },
  { value: 'transformed-peacebuilding', label: 'Transformed peacebuilding mission' },
  { value: 'other', label: 'Other form' },
  { value: 'undecided', label: 'Not yet decided' },
];

export const POSTURE_CHOICES: readonly Choice<Mission['posture']>[] = [
  { value: 'in-area', label: 'In-area presence', detail: 'Visible troops and police protecting civilians where they are at risk' },
  { value: 'over-the-horizon', label: 'Over the horizon', detail: 'A force held ready nearby and committed when tripwires are crossed' },
  { value: 'undecided', label: 'Not yet decided' },
];

export type AuthorizationKey = keyof Mission['authorization'];

export const AUTHORIZATION_LABELS: Record<AuthorizationKey, { label: string; detail: string }> = {
  internationalSupport: { label: 'International support', detail: 'Council members and troop contributors behind the mission' },
  mediaAttention: { label: 'Media attention', detail: 'Public attention that creates pressure to act' },
  patronLinks: { label: 'Links to power patrons', detail: 'How strongly a powerful patron shields the perpetrator (high is bad)' },
  regionalSupport: { label: 'Regional support', detail: 'Backing from neighbours and the regional organization' },
  resources: { label: 'Resources', detail: 'Funding, troops and equipment that can be found in time' },
  likelyEffectiveness: { label: 'Likely effectiveness', detail: 'How likely the mission is to change perpetrators’ calculations' },
};

export const RATING_CHOICES: readonly Choice<Mission['authorization'][AuthorizationKey]['rating']>[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'unknown', label: 'Unknown' },
];

export const FAMILY_LABELS: Record<ClauseFamily, string> = {
  political: 'Political mission',
  deployment: 'Preventive deployment',
  'cross-cutting': 'Cross-cutting',
};

export const KIND_LABELS: Record<ClauseKind, string> = { preambular: 'Preambular', operative: 'Operative' };

export const PRIORITY_CHOICES: readonly Choice<Priority>[] = [
  { value: 'essential', label: 'Essential' },
  { value: 'important', label: 'Important' },
  { value: 'optional', label: 'Optional' },
];

export const SEVERITY_LABELS: Record<Severity, string> = { blocking: 'Blocking', warning: 'Warning', info: 'Information' };

/** Text with its first letter capitalised, for messages that begin with a generated label. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 problem", "3 problems". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
