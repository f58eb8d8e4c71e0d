/**
 * A complete, realistic example plan for a fictional country, used by tests, the CLI and first
 * start. Ids and dates are fixed so that tests and briefs built from it are repeatable.
 */
import { createEmptyPlan } from './new-plan';
import type { Plan, Situation, Mission, Mandate, CapabilityItem, Risk } from './schema';
import { checklistCatalogueItem } from '../content/checklist-items';
import { riskCatalogueEntry } from '../content/risk-catalogue';
import { clauseFromTemplate } from '../mandate/clause-factory';

const CREATED = new Date('2026-10-01T09:00:00.000Z');

function sampleSituation(base: Situation): Situation {
  // Factor 6 is the absence of mitigating factors (more absence, more risk): a UN office and a
  // regional request are present, but international attention and an early-warning mechanism are not.
  const levels: Record<number, Situation['riskFactors'][number]['level']> = {
    1: 'high', 2: 'moderate', 3: 'high', 4: 'moderate', 5: 'moderate', 6: 'moderate', 7: 'high',
    8: 'high', 9: 'high', 10: 'moderate', 11: 'moderate', 12: 'low', 13: 'moderate', 14: 'low',
  };
  /** The Framework indicators the sample's story shows, by factor (ids are stable; numbers in comments). */
  const indicators: Record<number, string[]> = {
    1: ['rf1-armed-conflict', 'rf1-neighbouring-instability', 'rf1-power-disputes'], // 1.1, 1.2, 1.5
    2: ['rf2-current-pattern', 'rf2-impunity'], // 2.1, 2.3
    3: ['rf3-exclusive-institutions', 'rf3-protection-resources'], // 3.2, 3.10
    4: ['rf4-strategic-interests', 'rf4-homogenise-area'], // 4.3, 4.4
    5: ['rf5-armed-groups', 'rf5-external-support'], // 5.5, 5.8
    6: ['rf6-lack-international-attention', 'rf6-lack-early-warning'], // 6.2, 6.10
    7: ['rf7-arming-militias', 'rf7-hate-rhetoric'], // 7.5, 7.14
    8: ['rf8-incitement', 'rf8-elections'], // 8.7, 8.8 (the cross-border threat is 1.2 and the perpetrators list)
    9: ['rf9-discrimination', 'rf9-resource-disputes'], // 9.1, 9.4
    10: ['rf10-intent-statements'], // 10.1
    11: ['rf11-repeated-pattern'], // 11.1
    13: ['rf13-threats-incitement'], // 13.7
  };
  const notes: Record<number, string> = {
    6: 'UNROKB is present and ECOKB has asked for a preventive presence. Lacking: international attention and an early-warning mechanism.',
    8: 'Elections in March 2027 and a contested census are the most likely triggers.',
    10: 'The broadcast calls to "clean the valleys" of Sarvan families (evidence under factor 8) are read as a first sign of intent, not yet as proof.',
  };
  return {
    ...base,
    r2pPillar: 'pillar-3',
    atrocityStage: 'imminent',
    conflictContext: 'armed-conflict',
    hostConsent: 'consents',
    perpetrators: ['non-state-internal', 'cross-border-hostile'],
    perpetratorNotes:
      'The Free Karst Brigades, an armed movement in the northern provinces, and allied militia operating from bases across the border in Östmark have threatened the Sarvan minority in Lévèque district.',
    existingPresence: {
      exists: true,
      name: 'UN Regional Office for the Karst Basin (UNROKB)',
      mandateSummary: 'Good offices, electoral support and regional conflict prevention since 2023; no explicit atrocity-prevention tasks.',
      atrocityPreventionInMandate: false,
    },
    objectivesReconcilable: 'partly',
    powerImbalance: 'high',
    spilloverRisk: 'high',
    notes: 'Presidential elections are scheduled for March 2027; the census dispute of 2025 remains unresolved.',
    riskFactors: base.riskFactors.map((f) => ({
      ...f,
      level: levels[f.factor] ?? 'unknown',
      indicators: indicators[f.factor] ?? [],
      notes: notes[f.factor] ?? '',
      // Calls to "clean the valleys" are incitement (indicator 8.7), so the evidence sits with factor 8.
      evidence:
        f.factor === 8
          ? [{ id: 'ev-sample-01', date: '2026-09-14', text: 'Local radio in Северный Карст broadcast calls to "clean the valleys" of Sarvan families.', source: 'UNROKB human rights unit' }]
          : [],
    })),
    maro: {
      perpetrators: 'Free Karst Brigades; cross-border militia from Östmark.',
      victims: 'Sarvan communities in Lévèque and Dravny districts; internally displaced people in Corvane camp.',
      interveners: 'UNROKB, the regional organisation ECOKB, neighbouring states offering troops.',
      bystanders: 'Provincial authorities, traders on the border crossings, diaspora media.',
      impartialityStance: 'protection-first',
      escalationResponse: 'Expect the Brigades to accelerate attacks before any deployment arrives; pre-position observers and announce tripwires publicly.',
    },
  };
}

function sampleMission(base: Mission): Mission {
  return {
    ...base,
    type: 'both',
    politicalForm: 'regional-office',
    posture: 'over-the-horizon',
    tripwires: [
      { id: 'tw-sample-01', event: 'Armed groups massing within 10 km of Corvane IDP camp', observer: 'UNROKB field observers and aerial surveillance', response: 'Deploy the quick-reaction company to the camp perimeter within 24 hours', factor: 8, disclosure: 'restricted' },
      { id: 'tw-sample-02', event: 'Broadcast incitement naming Sarvan villages as targets', observer: 'Media monitoring cell', response: 'Public warning by the Special Representative and forward deployment of patrols', factor: 7, disclosure: 'public' },
    ],
    authorization: {
      internationalSupport: { rating: 'medium', note: 'Council members agree on a presence; divided on force.' },
      mediaAttention: { rating: 'low', note: 'Little international coverage so far.' },
      patronLinks: { rating: 'medium', note: 'Östmark backs the Brigades and has a powerful patron.' },
      regionalSupport: { rating: 'high', note: 'ECOKB has requested a preventive presence.' },
      resources: { rating: 'medium', note: 'Two troop contributors have offered a battalion.' },
      likelyEffectiveness: { rating: 'medium', note: 'Consent and an existing office raise the odds.' },
    },
    personnel: { military: 850, police: 120, civilian: 45 },
    hostState: 'Veloria',
    responseHours: 24,
    notes: 'A successful deployment should hand over to an expanded political mission within two years.',
    planning: {
      endState: 'the Sarvan community in Lévèque and Dravny districts no longer under threat of mass violence, with national institutions able and willing to protect it',
      exitCriteria: 'no attacks on Sarvan villages or Corvane camp for six consecutive months\nbroadcast incitement against the Sarvan community investigated and prosecuted\nthe March 2027 election results accepted without mass violence',
      benchmarks: [
        { id: 'bm-sample-01', text: 'Broadcast incitement against the Sarvan community falls below one incident a month', factor: 8, indicator: 'rf8-incitement' },
        { id: 'bm-sample-02', text: 'No armed group masses within 10 km of Corvane camp for three months', factor: 7, indicator: '' },
      ],
      startUpDate: '2026-11-01',
      iocDate: '2027-01-15',
      focDate: '2027-04-01',
      forceGeneration: 'Two troop contributors, neither a neighbour of Veloria, have offered one battalion between them; one has pledged reinforcement in writing.',
      enablers: 'Two utility helicopters and an unarmed aerial surveillance unit requested; medical evacuation from Port Selin within two hours.',
      statusAgreement: 'negotiating',
      statusAgreementNote: 'Draft status-of-forces agreement with the Government since October 2026; the model agreement applies provisionally.',
    },
  };
}

function sampleMandate(base: Mandate, facts: Plan): Mandate {
  // Clauses come from the library with every parameter filled, so the sample assembles cleanly;
  // a value that differs from the plan's fact (UNROKB for the political paragraphs) is the clause's own.
  const clause = (n: number, templateId: string, params: Record<string, string> = {}, task?: Mandate['clauses'][number]['task']): Mandate['clauses'][number] =>
    clauseFromTemplate(facts, templateId, { id: `cl-sample-${String(n).padStart(2, '0')}`, params, ...(task !== undefined ? { task } : {}) });
  const districts = 'Lévèque and Dravny districts';
  return {
    ...base,
    durationMonths: 12,
    startDate: '2026-11-01',
    reviewDate: '2027-04-30',
    reportingIntervalDays: 90,
    status: 'draft',
    clauses: [
      clause(1, 'cc-pre-primary-responsibility', { host_state: 'Veloria' }),
      clause(2, 'cc-pre-grave-concern', { warning_signs: 'broadcast incitement against the Sarvan community and the massing of armed groups near Lévèque district', protected_group: 'the Sarvan community' }),
      clause(3, 'cc-pre-regional-support', { regional_org: 'the Economic Community of the Karst Basin (ECOKB)', region: 'Veloria' }),
      clause(15, 'cc-pre-thematic'),
      // A force that may use all necessary means rests on a determination and on Chapter VII (review E13).
      clause(16, 'cc-pre-threat', { region: 'Veloria' }),
      clause(17, 'cc-pre-chapter-vii'),
      clause(4, 'pol-expand-existing', { existing_mission: 'UNROKB', additional_capacity: `human rights officers, early-warning analysts and a protection adviser for ${districts}` }),
      clause(5, 'pol-early-warning', { mission_name: 'UNROKB' }),
      // UNPMV is established before it is tasked (review E12).
      clause(18, 'dep-establish', { region: districts, force_ceiling: '850', police_ceiling: '120' }),
      clause(6, 'dep-oth-force', {
        authorized_actor: 'ECOKB',
        force_ceiling: '850',
        staging_area: 'Port Selin',
        region: districts,
        response_hours: '24',
        force_purpose: 'protect civilians under imminent threat of physical violence in Lévèque and Dravny districts',
      }, { reportingIntervalDays: 30, reviewDate: '2027-04-30' }),
      clause(7, 'dep-tripwire-rules', { tripwire_review_days: '30' }),
      clause(8, 'dep-escalation-ladder', { mission_name: 'UNPMV' }),
      clause(9, 'dep-border-monitoring', { mission_name: 'UNPMV', neighbour_state: 'Östmark', host_state: 'Veloria' }),
      clause(10, 'dep-protect-sites', { mission_name: 'UNPMV', sites: 'Corvane camp for internally displaced persons\nSarvan villages in Lévèque district' }),
      clause(11, 'cc-demand-cease', { protected_group: 'the Sarvan community' }),
      clause(12, 'cc-transition', { transition_date: '2027-08-31', mission_name: 'UNPMV' }),
      clause(25, 'cc-poc-priority-resources'),
      clause(26, 'cc-poc-host-responsibility'),
      clause(19, 'cc-gender-wpa', { mission_name: 'UNPMV' }),
      clause(20, 'cc-child-protection', { mission_name: 'UNPMV' }),
      clause(21, 'cc-crsv-mara', { host_state: 'Veloria', mission_name: 'UNROKB' }),
      clause(22, 'cc-sea-zero-tolerance', { mission_name: 'UNPMV' }),
      clause(23, 'cc-protect-cooperators', { mission_name: 'UNROKB' }),
      clause(24, 'cc-early-warning-response', { mission_name: 'UNROKB' }),
      clause(13, 'cc-reporting-periodic', { reporting_interval_days: '90' }),
      clause(14, 'cc-seized'),
    ],
  };
}

function sampleCapabilities(): CapabilityItem[] {
  const item = (n: number, catalogueId: string | null, fields: Pick<CapabilityItem, 'area' | 'title' | 'status' | 'critical' | 'owner'> & Partial<CapabilityItem>): CapabilityItem => ({
    id: `cap-sample-${String(n).padStart(2, '0')}`,
    catalogueId,
    description: (catalogueId && checklistCatalogueItem(catalogueId)?.description) || '',
    dueDate: '',
    gapNote: '',
    evidence: '',
    ...fields,
  });
  // Grouped by area, as the checklist shows them; ids keep the order in which items were added.
  return [
    item(1, 'chk-surv-indicator-framework', { area: 'surveillance', title: 'Early-warning indicator framework adapted to Veloria', status: 'partial', critical: true, owner: 'Chief analyst', dueDate: '2026-12-15', gapNote: 'Framework drafted; not yet tested against field reports.' }),
    item(2, 'chk-surv-analysts', { area: 'surveillance', title: 'Analysts able to interpret atrocity indicators', status: 'missing', critical: true, owner: 'Head of mission support', dueDate: '2026-12-01', gapNote: 'No analyst recruited yet.' }),
    item(3, 'chk-surv-hr-monitors', { area: 'surveillance', title: 'Human-rights monitors in Lévèque and Dravny', status: 'in-place', critical: true, owner: 'Human rights unit', evidence: 'Six monitors deployed since August 2026 (UNROKB staffing table).' }),
    item(10, 'chk-surv-tripwire-observation', { area: 'surveillance', title: 'Observation of both tripwires of the over-the-horizon force', status: 'partial', critical: true, owner: 'Force commander', dueDate: '2026-12-05', gapNote: 'Camp perimeter watched; no one yet assigned to the broadcast tripwire at night.' }),
    item(11, 'chk-surv-media-monitoring', { area: 'surveillance', title: 'Monitoring of incitement on local radio and social media', status: 'in-place', critical: false, owner: 'Media monitoring cell' }),
    item(4, 'chk-trn-atrocity-prevention', { area: 'training', title: 'Atrocity-prevention training for all contingents', status: 'partial', critical: true, owner: 'Force training cell', dueDate: '2027-01-15' }),
    item(5, 'chk-trn-rules-of-engagement', { area: 'training', title: 'Rules of engagement covering protection of civilians', status: 'missing', critical: true, owner: 'Force legal adviser', dueDate: '2026-12-10', gapNote: 'Draft ROE silent on armed non-state perpetrators.' }),
    item(6, 'chk-trn-evacuation', { area: 'training', title: 'Evacuation planning and rehearsal', status: 'unassessed', critical: false, owner: 'Chief of staff' }),
    item(13, null, { area: 'training', title: 'Sarvan-language interpreters trained for patrol work', status: 'missing', critical: false, owner: 'Civil affairs', dueDate: '2026-12-03', description: 'Interpreters who can accompany patrols and take testimony safely.' }),
    item(7, 'chk-crd-integrated-mission', { area: 'coordination', title: 'Integrated mission task force with UN agencies', status: 'in-place', critical: true, owner: 'Deputy SRSG' }),
    item(8, 'chk-crd-information-sharing', { area: 'coordination', title: 'Information-sharing arrangement with ECOKB', status: 'partial', critical: false, owner: 'Political affairs', dueDate: '2027-01-31' }),
    item(9, 'chk-crd-local', { area: 'coordination', title: 'Liaison with local civil society and Sarvan leaders', status: 'missing', critical: true, owner: 'Civil affairs', dueDate: '2026-12-20' }),
    item(12, 'chk-crd-military-backing', { area: 'coordination', title: 'Reinforcement pledges from troop contributors', status: 'partial', critical: true, owner: 'Head of planning', dueDate: '2027-01-10', gapNote: 'One of two contributors has pledged reinforcement in writing.' }),
  ];
}

function sampleRisks(): Risk[] {
  const risk = (n: number, r: Partial<Risk> & Pick<Risk, 'title' | 'category' | 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact' | 'owner'>): Risk => ({
    id: `risk-sample-${String(n).padStart(2, '0')}`,
    ref: `R-${String(n).padStart(3, '0')}`,
    cause: '',
    consequence: '',
    source: 'custom',
    sourceRef: null,
    targetLikelihood: Math.max(1, r.residualLikelihood - 1),
    targetImpact: r.residualImpact,
    treatment: 'mitigate',
    mitigation: '',
    actions: [],
    status: 'open',
    reviewDate: '2027-01-15',
    acceptance: null,
    linkedCapabilityIds: [],
    history: [],
    ...r,
  });
  const from = (catalogueId: string) => {
    const e = riskCatalogueEntry(catalogueId)!;
    return { source: 'catalogue' as const, sourceRef: e.id, cause: e.cause, consequence: e.consequence };
  };
  const added = (at: string, by: string, how: string) => ({ at, by, field: 'risk', from: '', to: how });
  const changed = (at: string, by: string, field: string, was: string, now: string) => ({ at, by, field, from: was, to: now });
  return [
    risk(1, { ...from('rsk-escalation-window'), title: 'If the Brigades read the deployment as a closing window, then they accelerate attacks before it arrives', category: 'escalation', likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, owner: 'Force commander', mitigation: 'Announce tripwires early; pre-position observers.', linkedCapabilityIds: ['cap-sample-01', 'cap-sample-10'], reviewDate: '2026-12-01',
      history: [added('2026-10-05T10:12:00.000Z', 'Amara Okafor', 'added from catalogue (rsk-escalation-window)'), changed('2026-10-28T14:40:00.000Z', 'Amara Okafor', 'likelihood', '3', '4')] }),
    risk(2, { ...from('rsk-slow-authorization'), title: 'If authorization and funding are slow, then protection arrives after the March elections', category: 'resourcing', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, owner: 'Head of planning',
      history: [added('2026-10-05T10:15:00.000Z', 'Amara Okafor', 'added from catalogue (rsk-slow-authorization)')] }),
    risk(3, { title: 'If no analyst can interpret indicators, then early warning fails silently', category: 'operational', likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Chief analyst', source: 'capability', sourceRef: 'cap-sample-02', linkedCapabilityIds: ['cap-sample-02'] }),
    risk(4, { ...from('rsk-victim-retribution'), title: 'If Sarvan self-defence groups feel protected, then they take retribution', category: 'protection', likelihood: 2, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Civil affairs', linkedCapabilityIds: ['cap-sample-09'] }),
    risk(5, { ...from('rsk-domestic-opposition'), title: 'If troop contributors face domestic opposition, then pledged units are withdrawn', category: 'political', likelihood: 2, impact: 3, residualLikelihood: 2, residualImpact: 2, owner: 'Political affairs', treatment: 'accept', acceptance: { approvedBy: 'SRSG', approvedOn: '2026-10-20', expiresOn: '2027-04-20' },
      history: [changed('2026-10-20T09:05:00.000Z', 'Amara Okafor', 'treatment', 'mitigate', 'accept'), changed('2026-10-20T09:05:00.000Z', 'Amara Okafor', 'acceptance', '', 'approved by SRSG on 2026-10-20, expires 2027-04-20')] }),
    risk(6, { ...from('rsk-settlement-vs-protection'), title: 'If settlement talks take priority, then time-sensitive protection is delayed', category: 'protection', likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Deputy SRSG', reviewDate: '2026-11-01' }),
    risk(7, { ...from('rsk-bureaucratic-politics'), title: 'If UN agencies in Veloria keep separate agendas, then the integrated mission sends mixed messages', category: 'coordination', likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2, owner: 'Deputy SRSG', status: 'monitoring', linkedCapabilityIds: ['cap-sample-07'],
      history: [changed('2026-11-12T11:00:00.000Z', 'Amara Okafor', 'status', 'open', 'monitoring')] }),
    risk(8, { ...from('rsk-spillover'), title: 'If militia bases in Östmark stay open, then violence spreads along the border crossings', category: 'escalation', likelihood: 3, impact: 4, residualLikelihood: 3, residualImpact: 3, owner: 'Political affairs', mitigation: 'Joint border monitoring with ECOKB; démarches in Östmark’s capital.', linkedCapabilityIds: ['cap-sample-08'],
      actions: [
        { id: 'act-sample-01', text: 'Agree reporting formats with ECOKB border monitors', owner: 'Political affairs', dueDate: '2026-12-10', done: false },
        { id: 'act-sample-02', text: 'Brief the Council presidency on cross-border support', owner: 'Head of planning', dueDate: '2026-11-15', done: true },
      ] }),
    risk(9, { ...from('rsk-deterrence-not-credible'), title: 'If the second contributor does not pledge reinforcement, then the Brigades call the force’s bluff', category: 'security', likelihood: 3, impact: 5, residualLikelihood: 2, residualImpact: 5, owner: 'Head of planning', linkedCapabilityIds: ['cap-sample-12'], reviewDate: '2026-12-15' }),
    risk(10, { title: 'If the March 2027 election results are disputed, then incitement against Sarvan villages spikes', category: 'escalation', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, owner: 'Chief analyst', cause: 'The census dispute of 2025 feeds claims that the vote is rigged.', consequence: 'Broadcast incitement crosses the second tripwire.', mitigation: 'Rumour control with local radio; election-day observation in Lévèque.' }),
    risk(11, { title: 'If the Lévèque field office lease is not renewed, then monitors lose their base', category: 'operational', likelihood: 2, impact: 3, residualLikelihood: 1, residualImpact: 3, owner: 'Head of mission support', status: 'closed', reviewDate: '2027-03-01',
      history: [changed('2026-11-18T08:30:00.000Z', 'Amara Okafor', 'status', 'open', 'closed')] }),
  ];
}

/** The sample plan: Veloria, a fictional country, with a political mission and an over-the-horizon force. */
export function createSamplePlan(): Plan {
  const base = createEmptyPlan(CREATED);
  const plan: Plan = {
    ...base,
    id: 'plan-sample-veloria',
    cover: {
      ...base.cover,
      title: 'Preventive mandate proposal for the Karst Basin',
      missionName: 'United Nations Preventive Mission in Veloria (UNPMV)',
      countryRegion: 'Republic of Veloria — Lévèque and Dravny districts',
      author: 'Amara Okafor',
      organisation: 'Department of Political and Peacebuilding Affairs, planning cell',
      classification: 'RESTRICTED',
      createdAt: CREATED.toISOString(),
      modifiedAt: '2026-11-20T16:30:00.000Z',
    },
    situation: sampleSituation(base.situation),
    mission: sampleMission(base.mission),
    mandate: base.mandate,
    capabilities: { items: sampleCapabilities() },
    risks: { ...base.risks, items: sampleRisks() },
    brief: { ...base.brief, classification: 'RESTRICTED', distribution: ['Head of planning', 'Force commander (designate)', 'Political affairs division'] },
  };
  return { ...plan, mandate: sampleMandate(base.mandate, plan) };
}
