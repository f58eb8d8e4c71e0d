/**
 * A complete, realistic example plan for a fictional country, used by tests, the CLI and first
 * start. Ids and dates are fixed so that tests and briefs built from it are repeatable.
 */
import { createEmptyPlan } from './new-plan';
import type { Plan, Situation, Mission, Mandate, CapabilityItem, Risk } from './schema';

const CREATED = new Date('2026-10-01T09:00:00.000Z');

function sampleSituation(base: Situation): Situation {
  const levels: Record<number, Situation['riskFactors'][number]['level']> = {
    1: 'high', 2: 'moderate', 3: 'high', 4: 'moderate', 5: 'moderate', 6: 'moderate', 7: 'high',
    8: 'high', 9: 'high', 10: 'low', 11: 'moderate', 12: 'low', 13: 'moderate', 14: 'low',
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
      notes: f.factor === 8 ? 'Elections in March 2027 and a contested census are the most likely triggers.' : '',
      evidence:
        f.factor === 7
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
      { id: 'tw-sample-01', event: 'Armed groups massing within 10 km of Corvane IDP camp', observer: 'UNROKB field observers and aerial surveillance', response: 'Deploy the quick-reaction company to the camp perimeter within 24 hours', factor: 8 },
      { id: 'tw-sample-02', event: 'Broadcast incitement naming Sarvan villages as targets', observer: 'Media monitoring cell', response: 'Public warning by the Special Representative and forward deployment of patrols', factor: 7 },
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
    notes: 'A successful deployment should hand over to an expanded political mission within two years.',
  };
}

function sampleMandate(base: Mandate): Mandate {
  const clause = (n: number, kind: 'preambular' | 'operative', family: 'political' | 'deployment' | 'cross-cutting', opening: string, text: string, task = false): Mandate['clauses'][number] => ({
    id: `cl-sample-${String(n).padStart(2, '0')}`,
    family,
    kind,
    templateId: null,
    opening,
    text,
    params: {},
    priority: n <= 4 ? 'essential' : 'important',
    task: task ? { reportingIntervalDays: 90, reviewDate: '2027-10-31' } : null,
  });
  return {
    ...base,
    durationMonths: 12,
    startDate: '2026-11-01',
    reviewDate: '2027-10-31',
    reportingIntervalDays: 90,
    status: 'draft',
    clauses: [
      clause(1, 'preambular', 'cross-cutting', 'Reaffirming', 'the primary responsibility of the Government of Veloria to protect its population from genocide, war crimes, ethnic cleansing and crimes against humanity,'),
      clause(2, 'preambular', 'cross-cutting', 'Expressing grave concern', 'at incitement against the Sarvan community and the massing of armed groups near Lévèque district,'),
      clause(3, 'operative', 'political', 'Requests', 'the Secretary-General to expand the mandate of UNROKB to include the prevention of atrocity crimes and the protection of civilians under threat of physical violence;', true),
      clause(4, 'operative', 'deployment', 'Authorizes', 'the deployment of a preventive force of up to 850 military and 120 police personnel, held over the horizon and committed when the tripwires set out in annex I are crossed;', true),
      clause(5, 'operative', 'deployment', 'Decides', 'that the force shall monitor and report any developments in the border areas which could undermine confidence and stability;', true),
      clause(6, 'operative', 'political', 'Calls upon', 'all parties to refrain from incitement and to respect international humanitarian law;'),
      clause(7, 'operative', 'cross-cutting', 'Requests', 'the Secretary-General to report to the Council every 90 days on the implementation of this resolution;'),
      clause(8, 'operative', 'cross-cutting', 'Decides', 'to remain actively seized of the matter.'),
    ],
  };
}

function sampleCapabilities(): CapabilityItem[] {
  const item = (n: number, area: CapabilityItem['area'], title: string, status: CapabilityItem['status'], critical: boolean, owner: string, dueDate: string, gapNote = ''): CapabilityItem => ({
    id: `cap-sample-${String(n).padStart(2, '0')}`,
    area,
    catalogueId: null,
    title,
    description: '',
    critical,
    status,
    owner,
    dueDate,
    gapNote,
    evidence: '',
  });
  return [
    item(1, 'surveillance', 'Early-warning indicator framework adapted to Veloria', 'partial', true, 'Chief analyst', '2026-12-15', 'Framework drafted; not yet tested against field reports.'),
    item(2, 'surveillance', 'Analysts able to interpret atrocity indicators', 'missing', true, 'Head of mission support', '2026-12-01', 'No analyst recruited yet.'),
    item(3, 'surveillance', 'Human-rights monitors in Lévèque and Dravny', 'in-place', false, 'Human rights unit', ''),
    item(4, 'training', 'Atrocity-prevention training for all contingents', 'partial', true, 'Force training cell', '2027-01-15'),
    item(5, 'training', 'Rules of engagement covering protection of civilians', 'missing', true, 'Force legal adviser', '2026-12-10', 'Draft ROE silent on armed non-state perpetrators.'),
    item(6, 'training', 'Evacuation planning and rehearsal', 'unassessed', false, 'Chief of staff', ''),
    item(7, 'coordination', 'Integrated mission task force with UN agencies', 'in-place', false, 'Deputy SRSG', ''),
    item(8, 'coordination', 'Information-sharing arrangement with ECOKB', 'partial', false, 'Political affairs', '2027-01-31'),
    item(9, 'coordination', 'Liaison with local civil society and Sarvan leaders', 'missing', true, 'Civil affairs', '2026-12-20'),
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
  return [
    risk(1, { title: 'If the Brigades read the deployment as a closing window, then they accelerate attacks before it arrives', category: 'escalation', likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, owner: 'Force commander', mitigation: 'Announce tripwires early; pre-position observers.', linkedCapabilityIds: ['cap-sample-01'] }),
    risk(2, { title: 'If authorization and funding are slow, then protection arrives after the March elections', category: 'resourcing', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, owner: 'Head of planning' }),
    risk(3, { title: 'If no analyst can interpret indicators, then early warning fails silently', category: 'operational', likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Chief analyst', source: 'capability', sourceRef: 'cap-sample-02', linkedCapabilityIds: ['cap-sample-02'] }),
    risk(4, { title: 'If Sarvan self-defence groups feel protected, then they take retribution', category: 'protection', likelihood: 2, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Civil affairs' }),
    risk(5, { title: 'If troop contributors face domestic opposition, then pledged units are withdrawn', category: 'political', likelihood: 2, impact: 3, residualLikelihood: 2, residualImpact: 2, owner: 'Political affairs', treatment: 'accept', acceptance: { approvedBy: 'SRSG', approvedOn: '2026-10-20', expiresOn: '2027-04-20' } }),
    risk(6, { title: 'If settlement talks take priority, then time-sensitive protection is delayed', category: 'political', likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, owner: 'Deputy SRSG', reviewDate: '2026-11-01' }),
  ];
}

/** The sample plan: Veloria, a fictional country, with a political mission and an over-the-horizon force. */
export function createSamplePlan(): Plan {
  const base = createEmptyPlan(CREATED);
  return {
    ...base,
    id: 'plan-sample-veloria',
    cover: {
      ...base.cover,
      title: 'Preventive mandate proposal for the Karst Basin',
      missionName: 'UN Preventive Mission in Veloria (UNPMV)',
      countryRegion: 'Republic of Veloria — Lévèque and Dravny districts',
      author: 'Amara Okafor',
      organisation: 'Department of Political and Peacebuilding Affairs, planning cell',
      classification: 'RESTRICTED',
      createdAt: CREATED.toISOString(),
      modifiedAt: '2026-11-20T16:30:00.000Z',
    },
    situation: sampleSituation(base.situation),
    mission: sampleMission(base.mission),
    mandate: sampleMandate(base.mandate),
    capabilities: { items: sampleCapabilities() },
    risks: { ...base.risks, items: sampleRisks() },
    brief: { ...base.brief, classification: 'RESTRICTED', distribution: ['Head of planning', 'Force commander (designate)', 'Political affairs division'] },
  };
}
