/** Builders for an empty plan and its parts, used by "New plan" and by catalogue insertions. */
import { PLAN_FORMAT, PLAN_VERSION, RISK_FACTOR_NUMBERS, BRIEF_SECTIONS } from './schema';
import type { Plan, RiskFactorAssessment, Band } from './schema';
import { newId } from './ids';

/** The common default bands (DOMAIN.md): 1–4 low, 5–9 medium, 10–15 high, 16–25 critical. */
export const DEFAULT_BANDS: Band[] = [
  { name: 'low', min: 1, max: 4 },
  { name: 'medium', min: 5, max: 9 },
  { name: 'high', min: 10, max: 15 },
  { name: 'critical', min: 16, max: 25 },
];

export function emptyRiskFactors(): RiskFactorAssessment[] {
  return RISK_FACTOR_NUMBERS.map((factor) => ({ factor, level: 'unknown', indicators: [], notes: '', evidence: [] }));
}

const unrated = { rating: 'unknown', note: '' } as const;

/** A blank, valid plan stamped with the given time. */
export function createEmptyPlan(now: Date = new Date()): Plan {
  const at = now.toISOString();
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    id: newId('plan'),
    cover: {
      title: 'Untitled plan',
      missionName: '',
      countryRegion: '',
      author: '',
      organisation: '',
      classification: 'RESTRICTED',
      createdAt: at,
      modifiedAt: at,
    },
    situation: {
      r2pPillar: 'unknown',
      atrocityStage: 'unknown',
      conflictContext: 'unknown',
      hostConsent: 'unknown',
      perpetrators: [],
      perpetratorNotes: '',
      existingPresence: { exists: false, name: '', mandateSummary: '', atrocityPreventionInMandate: false },
      objectivesReconcilable: 'unknown',
      powerImbalance: 'unknown',
      spilloverRisk: 'unknown',
      notes: '',
      riskFactors: emptyRiskFactors(),
      maro: {
        perpetrators: '',
        victims: '',
        interveners: '',
        bystanders: '',
        impartialityStance: 'undecided',
        escalationResponse: '',
      },
    },
    mission: {
      type: 'undecided',
      politicalForm: 'undecided',
      posture: 'undecided',
      tripwires: [],
      authorization: {
        internationalSupport: { ...unrated },
        mediaAttention: { ...unrated },
        patronLinks: { ...unrated },
        regionalSupport: { ...unrated },
        resources: { ...unrated },
        likelyEffectiveness: { ...unrated },
      },
      personnel: { military: 0, police: 0, civilian: 0 },
      notes: '',
    },
    mandate: {
      authority: 'Security Council',
      durationMonths: 12,
      startDate: '',
      reviewDate: '',
      reportingIntervalDays: 90,
      clauses: [],
      status: 'draft',
    },
    guidance: { dismissed: [] },
    capabilities: { items: [] },
    risks: { bands: DEFAULT_BANDS.map((b) => ({ ...b })), items: [] },
    brief: {
      paper: 'A4',
      classification: '',
      distribution: [],
      sections: [...BRIEF_SECTIONS],
      draftWatermark: true,
    },
  };
}
