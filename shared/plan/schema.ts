/**
 * The one definition of a Mandate Planner plan (format version 2: factor 6 records the absence of
 * mitigating factors, as in the Framework, and indicators follow the Framework's numbered lists).
 * The file, the IPC contract, the forms and the brief all derive their types from here.
 */
import { z } from 'zod';

export const PLAN_FORMAT = 'mandate-planner/plan' as const;
export const PLAN_VERSION = 2 as const;

/** Field limits keep a hostile file from smuggling megabyte strings into the UI. */
const SHORT = 300;
const LONG = 20_000;

const shortText = z.string().max(SHORT);
const longText = z.string().max(LONG);
/** Stable ids: generated once, never reused, safe in file names and URLs. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a short id of letters, digits, - or _');
/** A calendar date as YYYY-MM-DD, or empty when not yet set. */
export const optionalDate = z.union([z.literal(''), z.iso.date()]);
export const timestamp = z.iso.datetime({ offset: true });

// ---------------------------------------------------------------- cover
export const coverSchema = z.object({
  title: shortText,
  missionName: shortText,
  countryRegion: shortText,
  author: shortText,
  organisation: shortText,
  classification: shortText,
  createdAt: timestamp,
  modifiedAt: timestamp,
});

// ---------------------------------------------------------------- situation
/**
 * The R2P context in the seed's (USIP 2012) usage: a "Pillar II context" (structural drivers, atrocity
 * risk remote) or a "Pillar III context" (atrocities imminent or ongoing). Strictly, the pillars are
 * about who acts, not stages; only the planner sets this, never the app.
 */
export const R2P_PILLARS = ['pillar-2', 'pillar-3', 'unknown'] as const;
/** How close atrocity crimes are. */
export const ATROCITY_STAGES = ['remote', 'emerging', 'imminent', 'ongoing', 'unknown'] as const;
export const CONFLICT_CONTEXTS = ['peace', 'armed-conflict', 'unknown'] as const;
export const HOST_CONSENT = ['requested', 'consents', 'ambivalent', 'refuses', 'unknown'] as const;
export const PERPETRATOR_KINDS = ['non-state-internal', 'cross-border-hostile', 'host-regime'] as const;
export const TRI_STATE = ['yes', 'partly', 'no', 'unknown'] as const;
export const LEVELS = ['low', 'moderate', 'high', 'unknown'] as const;
export const RISK_FACTOR_LEVELS = ['not-present', 'low', 'moderate', 'high', 'unknown'] as const;
export const IMPARTIALITY_STANCES = ['impartial', 'protection-first', 'undecided'] as const;
/** The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014), by number. */
export const RISK_FACTOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;

export const evidenceSchema = z.object({
  id: idSchema,
  date: optionalDate,
  text: longText,
  source: shortText,
});

export const riskFactorAssessmentSchema = z.object({
  factor: z.int().min(1).max(14),
  /** For every factor, factor 6 included (absence of mitigating factors), a higher level means more risk. */
  level: z.enum(RISK_FACTOR_LEVELS),
  /** Ids of the catalogue indicators the planner ticked for this factor. */
  indicators: z.array(idSchema).max(200),
  notes: longText,
  evidence: z.array(evidenceSchema).max(500),
});

export const situationSchema = z.object({
  r2pPillar: z.enum(R2P_PILLARS),
  atrocityStage: z.enum(ATROCITY_STAGES),
  conflictContext: z.enum(CONFLICT_CONTEXTS),
  hostConsent: z.enum(HOST_CONSENT),
  perpetrators: z.array(z.enum(PERPETRATOR_KINDS)).max(3),
  perpetratorNotes: longText,
  existingPresence: z.object({
    exists: z.boolean(),
    name: shortText,
    mandateSummary: longText,
    atrocityPreventionInMandate: z.boolean(),
  }),
  objectivesReconcilable: z.enum(TRI_STATE),
  powerImbalance: z.enum(LEVELS),
  spilloverRisk: z.enum(LEVELS),
  notes: longText,
  /** Always the 14 factors in order 1..14 (see normalise in migrate.ts). */
  riskFactors: z.array(riskFactorAssessmentSchema).length(14),
  maro: z.object({
    perpetrators: longText,
    victims: longText,
    interveners: longText,
    bystanders: longText,
    impartialityStance: z.enum(IMPARTIALITY_STANCES),
    escalationResponse: longText,
  }),
});

// ---------------------------------------------------------------- mission
export const MISSION_TYPES = ['political', 'preventive-deployment', 'both', 'undecided'] as const;
export const POLITICAL_FORMS = ['regional-office', 'special-envoy', 'transformed-peacebuilding', 'other', 'undecided'] as const;
export const POSTURES = ['in-area', 'over-the-horizon', 'undecided'] as const;
export const AUTHORIZATION_FACTORS = [
  'internationalSupport',
  'mediaAttention',
  'patronLinks',
  'regionalSupport',
  'resources',
  'likelyEffectiveness',
] as const;
export const RATINGS = ['unknown', 'low', 'medium', 'high'] as const;

/** Public: may be quoted in the mandate; council: shared with Council members; restricted: planners only. */
export const TRIPWIRE_DISCLOSURES = ['public', 'council', 'restricted'] as const;

export const tripwireSchema = z.object({
  id: idSchema,
  event: longText,
  observer: shortText,
  response: longText,
  /** Framework risk factor the tripwire watches (triggering factors are natural sources). */
  factor: z.int().min(1).max(14).nullable(),
  /**
   * Who may read it. Only a public tripwire may be quoted in the mandate text; the others stay in
   * the plan, the brief and the operations plan. Optional so older plans validate; absent = restricted.
   */
  disclosure: z.enum(TRIPWIRE_DISCLOSURES).optional(),
});

export const authorizationRatingSchema = z.object({ rating: z.enum(RATINGS), note: longText });

/** Where the status-of-forces or status-of-mission agreement with the host stands. */
export const STATUS_AGREEMENTS = ['unknown', 'not-started', 'negotiating', 'concluded', 'not-needed'] as const;

/** A measurable benchmark, tied to the Framework factor (and indicator) whose change it measures. */
export const benchmarkSchema = z.object({
  id: idSchema,
  text: longText,
  factor: z.int().min(1).max(14).nullable(),
  /** Id of the catalogue indicator the benchmark watches, or empty. */
  indicator: z.union([z.literal(''), idSchema]),
});

/**
 * How the mission starts, grows and ends. Optional on the mission so that every plan written
 * before it existed validates and round-trips unchanged; readers use planningOf (defaults).
 */
export const planningSchema = z.object({
  endState: longText,
  exitCriteria: longText,
  benchmarks: z.array(benchmarkSchema).max(300),
  /** Phasing: start-up, initial operating capability, full operating capability. */
  startUpDate: optionalDate,
  iocDate: optionalDate,
  focDate: optionalDate,
  /** Troop and police pledges, readiness, contributors. */
  forceGeneration: longText,
  /** Enablers: air mobility, surveillance, medical evacuation, engineering, logistics. */
  enablers: longText,
  statusAgreement: z.enum(STATUS_AGREEMENTS),
  statusAgreementNote: longText,
});

export const missionSchema = z.object({
  type: z.enum(MISSION_TYPES),
  politicalForm: z.enum(POLITICAL_FORMS),
  posture: z.enum(POSTURES),
  tripwires: z.array(tripwireSchema).max(500),
  /** patronLinks rates how strongly power patrons shield the potential perpetrator: high is bad. */
  authorization: z.object(
    Object.fromEntries(AUTHORIZATION_FACTORS.map((k) => [k, authorizationRatingSchema])) as Record<
      (typeof AUTHORIZATION_FACTORS)[number],
      typeof authorizationRatingSchema
    >,
  ),
  personnel: z.object({
    military: z.int().min(0).max(1_000_000),
    police: z.int().min(0).max(1_000_000),
    civilian: z.int().min(0).max(1_000_000),
  }),
  notes: longText,
  planning: planningSchema.optional(),
  /**
   * For a design with both a political mission and a force: the force's own name, "Full name
   * (ACRONYM)"; the political component keeps the cover's mission name. Optional, absent = none.
   */
  forceName: shortText.optional(),
  /** Hours the force needs to deploy once committed: a fact the contingency clauses quote. */
  responseHours: z.int().min(1).max(8760).nullable().optional(),
  /** The host state as the text names it after "the Government of". Optional, absent = the cover's country. */
  hostState: shortText.optional(),
});

// ---------------------------------------------------------------- mandate
export const CLAUSE_FAMILIES = ['political', 'deployment', 'cross-cutting'] as const;
export const CLAUSE_KINDS = ['preambular', 'operative'] as const;
export const PRIORITIES = ['essential', 'important', 'optional'] as const;

export const clauseSchema = z.object({
  id: idSchema,
  family: z.enum(CLAUSE_FAMILIES),
  kind: z.enum(CLAUSE_KINDS),
  /** Library template this clause came from, or null for a clause the planner wrote. */
  templateId: idSchema.nullable(),
  /** Opening word(s): a participle for preambular paragraphs, a verb for operative ones. */
  opening: shortText,
  /** The wording, with {parameter} placeholders filled from params when rendered. */
  text: longText,
  params: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,40}$/), z.string().max(2000)),
  priority: z.enum(PRIORITIES),
  /** An operative clause that authorises a task must carry reporting and an end or review date. */
  task: z
    .object({
      reportingIntervalDays: z.int().min(1).max(3650).nullable(),
      reviewDate: optionalDate,
    })
    .nullable(),
  /**
   * Parameters the planner set by hand, so they no longer follow the plan fact they were filled
   * from. Optional: absent (older plans) means a parameter follows while it still equals the fact.
   */
  overrides: z.array(z.string().max(41)).max(100).optional(),
  /** Parameters holding a value the app proposed and the planner has not confirmed yet. */
  suggested: z.array(z.string().max(41)).max(100).optional(),
  /** "Acting under Chapter VII of the Charter …" opens this operative paragraph rather than the preamble. */
  chapterVii: z.boolean().optional(),
});

/** The instrument that adopts the mandate; it sets the bodies, titles and layout of the text. */
export const INSTRUMENTS = ['un-sc-resolution', 'au-psc-communique', 'eu-council-decision', 'un-exchange-of-letters'] as const;

export const mandateSchema = z.object({
  authority: shortText,
  durationMonths: z.int().min(1).max(120).nullable(),
  startDate: optionalDate,
  reviewDate: optionalDate,
  reportingIntervalDays: z.int().min(1).max(3650).nullable(),
  clauses: z.array(clauseSchema).max(5000),
  /** 'final' is only reachable when guidance reports no blocking problem. */
  status: z.enum(['draft', 'final']),
  /** Optional so older plans validate; absent = read from the authority's name (see shared/mandate/authority.ts). */
  instrument: z.enum(INSTRUMENTS).optional(),
  /**
   * The plan states that the force acts with the host state's consent and uses force only in
   * self-defence and in defence of the mandate, which is a legal basis without Chapter VII.
   */
  consentBasis: z.boolean().optional(),
});

// ---------------------------------------------------------------- capabilities
export const CAPABILITY_AREAS = ['surveillance', 'training', 'coordination'] as const;
export const CAPABILITY_STATUSES = ['unassessed', 'in-place', 'partial', 'missing', 'not-applicable'] as const;

export const capabilityItemSchema = z.object({
  id: idSchema,
  area: z.enum(CAPABILITY_AREAS),
  catalogueId: idSchema.nullable(),
  title: shortText,
  description: longText,
  critical: z.boolean(),
  status: z.enum(CAPABILITY_STATUSES),
  owner: shortText,
  dueDate: optionalDate,
  gapNote: longText,
  evidence: longText,
});

// ---------------------------------------------------------------- risks
export const RISK_CATEGORIES = ['political', 'operational', 'security', 'protection', 'escalation', 'resourcing', 'coordination', 'reputational'] as const;
export const RISK_STATUSES = ['open', 'monitoring', 'closed'] as const;
export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const RISK_SOURCES = ['catalogue', 'guidance', 'capability', 'custom', 'import'] as const;
export const BAND_NAMES = ['low', 'medium', 'high', 'critical'] as const;

const score1to5 = z.int().min(1).max(5);

export const riskActionSchema = z.object({
  id: idSchema,
  text: longText,
  owner: shortText,
  dueDate: optionalDate,
  done: z.boolean(),
});

export const riskHistoryEntrySchema = z.object({
  at: timestamp,
  by: shortText,
  field: shortText,
  from: z.string().max(2000),
  to: z.string().max(2000),
});

export const riskSchema = z.object({
  id: idSchema,
  /** Human reference shown in tables and the brief, e.g. R-007. */
  ref: shortText,
  title: shortText,
  category: z.enum(RISK_CATEGORIES),
  cause: longText,
  consequence: longText,
  source: z.enum(RISK_SOURCES),
  /** Catalogue entry, guidance rule or capability item this risk came from. */
  sourceRef: z.string().max(SHORT).nullable(),
  likelihood: score1to5,
  impact: score1to5,
  residualLikelihood: score1to5,
  residualImpact: score1to5,
  targetLikelihood: score1to5,
  targetImpact: score1to5,
  owner: shortText,
  treatment: z.enum(TREATMENTS),
  mitigation: longText,
  actions: z.array(riskActionSchema).max(200),
  status: z.enum(RISK_STATUSES),
  reviewDate: optionalDate,
  acceptance: z
    .object({ approvedBy: shortText, approvedOn: optionalDate, expiresOn: optionalDate })
    .nullable(),
  linkedCapabilityIds: z.array(idSchema).max(300),
  history: z.array(riskHistoryEntrySchema).max(2000),
});

export const bandSchema = z.object({ name: z.enum(BAND_NAMES), min: z.int().min(1).max(25), max: z.int().min(1).max(25) });

export const risksSchema = z.object({
  /** Score bands differ between organisations, so each plan carries its own. */
  bands: z.array(bandSchema).length(4),
  items: z.array(riskSchema).max(20_000),
});

// ---------------------------------------------------------------- brief
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const BRIEF_SECTIONS = [
  'cover',
  'contents',
  'situation',
  'mission',
  'mandate',
  'guidance',
  'capabilities',
  'risks',
  'heatmap',
  'annex',
] as const;

export const briefSettingsSchema = z.object({
  paper: z.enum(PAPER_SIZES),
  /** Marking printed top and bottom of every page; empty uses the cover classification. */
  classification: shortText,
  distribution: z.array(shortText).max(200),
  sections: z.array(z.enum(BRIEF_SECTIONS)).max(BRIEF_SECTIONS.length),
  draftWatermark: z.boolean(),
  /**
   * Print what the history's changes removed and added in Annex A. Optional so plans saved before
   * it validate unchanged; absent means off: a brief says what changed and when, not the old text.
   */
  historyValues: z.boolean().optional(),
  /** Print a redacted copy: marked on every page, without what identifies people (see shared/brief/redact.ts). */
  redacted: z.boolean().optional(),
  /** Print every risk in the register and Annex A, not only the live ones a briefing reads (shared/brief/printed-risks.ts). */
  fullRegister: z.boolean().optional(),
});

// ---------------------------------------------------------------- plan
export const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  id: idSchema,
  cover: coverSchema,
  situation: situationSchema,
  mission: missionSchema,
  mandate: mandateSchema,
  guidance: z.object({
    /** Advice ids the planner acknowledged; blocking advice cannot be dismissed. */
    dismissed: z.array(z.string().max(SHORT)).max(1000),
  }),
  capabilities: z.object({ items: z.array(capabilityItemSchema).max(5000) }),
  risks: risksSchema,
  brief: briefSettingsSchema,
  /**
   * Free-text fields the planner marked sensitive, as paths (see shared/plan/sensitive.ts): a redacted
   * brief leaves them out. Optional so plans saved before it validate unchanged.
   */
  sensitiveFields: z.array(z.string().max(SHORT)).max(20_000).optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type Cover = z.infer<typeof coverSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type RiskFactorAssessment = z.infer<typeof riskFactorAssessmentSchema>;
export type Mission = z.infer<typeof missionSchema>;
export type Tripwire = z.infer<typeof tripwireSchema>;
export type Planning = z.infer<typeof planningSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type Mandate = z.infer<typeof mandateSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type CapabilityItem = z.infer<typeof capabilityItemSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type RiskAction = z.infer<typeof riskActionSchema>;
export type RiskHistoryEntry = z.infer<typeof riskHistoryEntrySchema>;
export type Band = z.infer<typeof bandSchema>;
export type BriefSettings = z.infer<typeof briefSettingsSchema>;
export type CapabilityArea = (typeof CAPABILITY_AREAS)[number];
export type CapabilityStatus = (typeof CAPABILITY_STATUSES)[number];
export type MissionType = (typeof MISSION_TYPES)[number];
export type PerpetratorKind = (typeof PERPETRATOR_KINDS)[number];
export type BriefSection = (typeof BRIEF_SECTIONS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type TripwireDisclosure = (typeof TRIPWIRE_DISCLOSURES)[number];
