/**
 * Parameter specs shared by the clause templates, defined once so the same placeholder has the
 * same label, type and example in every clause.
 */
import type { ParamSpec } from './types';

function p(spec: ParamSpec): ParamSpec {
  return spec;
}

export const P = {
  mission_name: p({ name: 'mission_name', label: 'Mission', type: 'text', example: 'UNPMV', required: true, fromPlan: 'mission-name', help: 'Short name or acronym as it should appear in the text.' }),
  existing_mission: p({ name: 'existing_mission', label: 'Mission already on the ground', type: 'text', example: 'UNROKB', required: true, fromPlan: 'existing-mission' }),
  host_state: p({ name: 'host_state', label: 'Host state', type: 'text', example: 'Veloria', required: true, fromPlan: 'host-state', help: 'Country name as used after "the Government of".' }),
  region: p({ name: 'region', label: 'Area or region', type: 'text', example: 'the Karst Basin', required: true, fromPlan: 'country-region' }),
  areas: p({ name: 'areas', label: 'Areas of deployment', type: 'list', example: 'Lévèque district\nDravny district', required: true, help: 'One area per line.' }),
  protected_group: p({ name: 'protected_group', label: 'Group at risk', type: 'text', example: 'the Sarvan community', required: true }),
  at_risk_people: p({ name: 'at_risk_people', label: 'People to accompany', type: 'text', example: 'human rights defenders, community leaders and journalists', default: 'human rights defenders, community leaders and journalists', required: true }),
  neighbour_state: p({ name: 'neighbour_state', label: 'Neighbouring state', type: 'text', example: 'Östmark', required: true }),
  force_ceiling: p({ name: 'force_ceiling', label: 'Military personnel ceiling', type: 'number', example: '850', required: true, fromPlan: 'military-ceiling' }),
  police_ceiling: p({ name: 'police_ceiling', label: 'Police personnel ceiling', type: 'number', example: '120', required: true, fromPlan: 'police-ceiling' }),
  duration_months: p({ name: 'duration_months', label: 'Duration (months)', type: 'number', example: '12', default: '12', required: true, fromPlan: 'duration-months' }),
  start_date: p({ name: 'start_date', label: 'Start date', type: 'date', example: '2026-11-01', required: true, fromPlan: 'start-date' }),
  end_date: p({ name: 'end_date', label: 'End date', type: 'date', example: '2027-10-31', required: true, fromPlan: 'end-date' }),
  review_date: p({ name: 'review_date', label: 'Review date', type: 'date', example: '2027-04-30', required: true, fromPlan: 'review-date' }),
  reporting_interval_days: p({ name: 'reporting_interval_days', label: 'Reporting interval (days)', type: 'number', example: '90', default: '90', required: true, fromPlan: 'reporting-interval' }),
  report_within_days: p({ name: 'report_within_days', label: 'First report within (days)', type: 'number', example: '60', default: '60', required: true }),
  transition_date: p({ name: 'transition_date', label: 'Transition options due by', type: 'date', example: '2027-08-31', required: true }),
  tripwires: p({ name: 'tripwires', label: 'Tripwires', type: 'list', example: 'armed groups massing within 10 km of Corvane camp\nbroadcast calls for violence naming Sarvan villages', required: true, fromPlan: 'tripwires', help: 'One observable event per line.' }),
  tripwire_review_days: p({ name: 'tripwire_review_days', label: 'Tripwire review interval (days)', type: 'number', example: '30', default: '30', required: true }),
  staging_area: p({ name: 'staging_area', label: 'Where the force is held', type: 'text', example: 'a staging base in a neighbouring Member State', required: true }),
  response_hours: p({ name: 'response_hours', label: 'Time to deploy (hours)', type: 'number', example: '48', default: '48', required: true, fromPlan: 'response-hours' }),
  parties: p({ name: 'parties', label: 'Parties', type: 'list', example: 'the Government\nthe Free Karst Brigades', required: true, help: 'One party per line.' }),
  actors: p({ name: 'actors', label: 'Actors addressed', type: 'list', example: 'the leadership of the Free Karst Brigades\nprovincial security commanders', required: true }),
  partners: p({ name: 'partners', label: 'Partners', type: 'list', example: 'the Economic Community of the Karst Basin\nneighbouring states', required: true }),
  regional_org: p({ name: 'regional_org', label: 'Regional organization', type: 'text', example: 'the Economic Community of the Karst Basin', required: true }),
  countries: p({ name: 'countries', label: 'Countries covered', type: 'list', example: 'Veloria\nÖstmark\nDravnia', required: true }),
  sites: p({ name: 'sites', label: 'Sites to protect', type: 'list', example: 'Corvane camp for internally displaced persons\nvillages of Lévèque district', required: true }),
  corridor_route: p({ name: 'corridor_route', label: 'Corridor route', type: 'text', example: 'Lévèque and the border crossing at Marn', required: true }),
  warning_signs: p({ name: 'warning_signs', label: 'Warning signs observed', type: 'text', example: 'broadcast incitement and the massing of armed groups near Lévèque district', required: true }),
  key_risk_factors: p({ name: 'key_risk_factors', label: 'Key risk factors', type: 'list', example: 'armed conflict or instability\ntriggering factors', required: true, fromPlan: 'high-risk-factors' }),
  electoral_event: p({ name: 'electoral_event', label: 'Electoral event', type: 'text', example: 'the presidential elections of March 2027', required: true }),
  channels: p({ name: 'channels', label: 'Channels of incitement', type: 'list', example: 'local radio\nsocial media', required: true }),
  communities: p({ name: 'communities', label: 'Communities', type: 'list', example: 'Sarvan and Karst community leaders', required: true }),
  additional_capacity: p({ name: 'additional_capacity', label: 'Additional capacity', type: 'text', example: 'human rights officers, early-warning analysts and a protection adviser', required: true }),
  structural_issues: p({ name: 'structural_issues', label: 'Structural drivers', type: 'list', example: 'discriminatory citizenship laws\nland disputes', required: true }),
  envoy_title: p({ name: 'envoy_title', label: 'Envoy title', type: 'text', example: 'Special Envoy for the Karst Basin', required: true }),
  end_state: p({ name: 'end_state', label: 'End state', type: 'text', example: 'a situation in which the Sarvan community is no longer under threat of mass violence and national institutions can protect it', required: true, fromPlan: 'end-state', help: 'The condition in which the mission is no longer needed.' }),
  exit_criteria: p({ name: 'exit_criteria', label: 'Exit criteria', type: 'list', example: 'no attacks on Sarvan villages for six months\nincitement on local radio prosecuted', required: true, fromPlan: 'exit-criteria', help: 'One measurable condition per line.' }),
  benchmarks: p({ name: 'benchmarks', label: 'Benchmarks', type: 'list', example: 'incidents of broadcast incitement fall below one a month', required: true, fromPlan: 'benchmarks', help: 'One benchmark per line, each tied to a risk factor in the plan.' }),
  ioc_date: p({ name: 'ioc_date', label: 'Initial operating capability by', type: 'date', example: '2027-01-15', required: true, fromPlan: 'ioc-date' }),
  foc_date: p({ name: 'foc_date', label: 'Full operating capability by', type: 'date', example: '2027-04-01', required: true, fromPlan: 'foc-date' }),
  agreement_days: p({ name: 'agreement_days', label: 'Agreement concluded within (days)', type: 'number', example: '30', default: '30', required: true }),
  previous_resolutions: p({ name: 'previous_resolutions', label: 'Previous resolutions', type: 'text', example: '2687 (2025) and 2710 (2026)', required: true, help: 'Numbers and years, as the Council cites them.' }),
  report_date: p({ name: 'report_date', label: 'Date of the report', type: 'date', example: '2026-09-15', required: true }),
  report_symbol: p({ name: 'report_symbol', label: 'Document symbol of the report', type: 'text', example: 'S/2026/812', required: true }),
  violations: p({ name: 'violations', label: 'What the Council condemns', type: 'text', example: 'the attacks against civilians in Lévèque district and the broadcast incitement to violence against the Sarvan community', required: true }),
  authorized_actor: p({ name: 'authorized_actor', label: 'Who is authorized', type: 'text', example: 'the European Union', required: true, help: 'Member States, a regional organization or a named organization; it also decides on deployment.' }),
  force_title: p({ name: 'force_title', label: 'Name of the authorized force', type: 'text', example: 'a European Union force (EUFOR Veloria)', required: true }),
  force_purpose: p({ name: 'force_purpose', label: 'What the force may do', type: 'text', example: 'protect civilians under imminent threat of physical violence in its area of operation', default: 'protect civilians under imminent threat of physical violence in its area of operation', required: true }),
  transformed_focus: p({ name: 'transformed_focus', label: 'Focus of the transformed mission', type: 'text', example: 'preventing atrocity crimes, supporting inclusive dialogue and monitoring threats to civilians', default: 'preventing atrocity crimes, supporting inclusive dialogue and monitoring threats to civilians', required: true }),
} as const;
