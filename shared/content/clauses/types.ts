/** The shape of a library clause template: wording, typed parameters and where it applies. */
import type { CLAUSE_FAMILIES, CLAUSE_KINDS, PRIORITIES } from '../../plan/schema';
import type { Basis } from '../basis';

export type ClauseFamily = (typeof CLAUSE_FAMILIES)[number];
export type ClauseKind = (typeof CLAUSE_KINDS)[number];
export type Priority = (typeof PRIORITIES)[number];

export const PARAM_TYPES = ['text', 'number', 'date', 'list'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** Plan fields a parameter can be filled from when the clause is added, so planners type less. */
export const PLAN_SOURCES = [
  'mission-name',
  'host-state',
  'country-region',
  'response-hours',
  'existing-mission',
  'military-ceiling',
  'police-ceiling',
  'duration-months',
  'start-date',
  'end-date',
  'review-date',
  'reporting-interval',
  'tripwires',
  'high-risk-factors',
  'end-state',
  'exit-criteria',
  'ioc-date',
  'foc-date',
  'benchmarks',
] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

export interface ParamSpec {
  /** Placeholder name used in the template as {name}. */
  name: string;
  label: string;
  type: ParamType;
  /** Shown as a hint in the form; never filled in silently. */
  example: string;
  /** Filled in when the clause is added and the plan has nothing better. */
  default?: string;
  required: boolean;
  fromPlan?: PlanSource;
  /** One line of help for the form. */
  help?: string;
}

/** Conditions on the situation or mission design a template needs or suits. */
export const SITUATION_TAGS = [
  'in-area',
  'over-the-horizon',
  'host-consents',
  'host-requested',
  'host-regime-perpetrator',
  'non-state-perpetrator',
  'cross-border-threat',
  'spillover-risk',
  'pillar-2',
  'pillar-3',
  'atrocities-ongoing',
  'armed-conflict',
  'existing-presence',
  'objectives-reconcilable',
  'power-imbalance',
  'elections-ahead',
  'incitement',
  'regional-office',
] as const;
export type SituationTag = (typeof SITUATION_TAGS)[number];

/** Protection of civilians, UN concept: three tiers of action across four phases. */
export const POC_TIERS = ['dialogue-engagement', 'physical-protection', 'protective-environment'] as const;
export const POC_PHASES = ['prevention', 'pre-emption', 'response', 'consolidation'] as const;
export type PocTier = (typeof POC_TIERS)[number];
export type PocPhase = (typeof POC_PHASES)[number];

/**
 * What a clause does for the mandate as a whole; guidance rules look for these roles rather than
 * for particular template ids, so a planner can swap one clause for another that does the same job.
 */
export const CLAUSE_ROLES = [
  'atrocity-prevention',
  'protection',
  'mediation',
  'monitoring',
  'early-warning',
  'deterrence',
  'escalation-ladder',
  'tripwires',
  'border-monitoring',
  'spillover-containment',
  'coordination',
  'transition',
  'duration',
  'review',
  'reporting',
  'closing',
  'host-consent',
  'force-establishment',
  'gender-protection',
  'child-protection',
  'crsv',
  'hrddp',
  'host-force-support',
  'sea',
  'cmcoord',
  'humanitarian-support',
  'source-protection',
  'warning-response',
  'complementary-measures',
  'status-agreement',
  'phasing',
  'end-state',
  'information-ops',
  'no-passivity',
  'surveillance-technology',
  'host-partnership',
  'threat-determination',
  'chapter-vii',
  'force-authorization',
] as const;
export type ClauseRole = (typeof CLAUSE_ROLES)[number];

/** Priority-task headings, in the order the Council lists them (res. 2155 (2014) and later). */
export const TASK_GROUPS = ['protection-of-civilians', 'monitoring-and-reporting', 'good-offices', 'humanitarian-conditions'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];
export const TASK_GROUP_HEADINGS: Readonly<Record<TaskGroup, string>> = {
  'protection-of-civilians': 'Protection of civilians',
  'monitoring-and-reporting': 'Monitoring, investigating and reporting on human rights and early warning',
  'good-offices': 'Good offices and support to political processes',
  'humanitarian-conditions': 'Creating the conditions for the delivery of humanitarian assistance',
};

export type MissionKind = 'political' | 'preventive-deployment';

export interface ClauseTemplate {
  /** Stable id stored as the plan clause's templateId. */
  id: string;
  /** Short name for the library list. */
  title: string;
  family: ClauseFamily;
  kind: ClauseKind;
  /** Participle for preambular paragraphs, verb for operative ones. */
  opening: string;
  /** Wording after the opening, with {parameter} placeholders; no closing punctuation. */
  text: string;
  params: readonly ParamSpec[];
  missionTypes: readonly MissionKind[];
  /** Every tag must hold (or be unknown) for the clause to suit the plan. */
  requires: readonly SituationTag[];
  /** Tags that make the clause a recommendation. */
  favours: readonly SituationTag[];
  /** An authorised task needs a reporting requirement and an end or review date. */
  authorisesTask: boolean;
  priority: Priority;
  roles: readonly ClauseRole[];
  poc?: { tier: PocTier; phases: readonly PocPhase[] };
  /** The priority task group the paragraph joins in "Decides that the mandate of X shall include the following priority tasks". */
  taskGroup?: TaskGroup;
  rationale: string;
  basis: Basis;
}
