/** The shapes of guidance: rules that read a plan, and the advice they produce for the wizard and brief. */
import type { Basis, BasisSource } from '../content/basis';
import type { ClauseRole, ClauseTemplate, SituationTag } from '../content/clauses';
import type { RiskCategory, Score } from '../content/risk-catalogue';
import type { Clause, Plan } from '../plan/schema';
import type { CrimePicture } from './crime-picture';
import type { TagState } from './situation-tags';
import type { RenderedClause } from './templating';

export const SEVERITIES = ['blocking', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WIZARD_STEPS = ['situation', 'risk-factors', 'mission', 'clauses', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A risk the planner can add to the register in one click. */
export interface RiskDraft {
  /** Risk catalogue entry the draft was taken from. */
  catalogueId: string | null;
  /** Phrased "If …, then …". */
  title: string;
  category: RiskCategory;
  cause: string;
  consequence: string;
  likelihood: Score;
  impact: Score;
  mitigation: string;
}

/** What the advice is about, so the UI can jump to it. */
export interface AdviceTarget {
  kind: 'clause' | 'tripwire' | 'authorization' | 'risk-factor' | 'field';
  /** Clause or tripwire id, authorization factor key, factor number, or a plan field path. */
  id: string;
}

export interface Advice {
  /** Stable: the rule id, plus `:subject` when the rule fires once per clause, tripwire or factor. */
  id: string;
  ruleId: string;
  severity: Severity;
  step: WizardStep;
  title: string;
  message: string;
  /** Where the advice comes from, as one readable line. */
  basis: string;
  basisSource: BasisSource;
  suggestedRisk?: RiskDraft;
  /** True when the register already holds a risk added from this advice or its catalogue entry. */
  riskInRegister: boolean;
  /** Non-blocking advice the planner acknowledged; blocking advice is never dismissed. */
  dismissed: boolean;
  target?: AdviceTarget;
}

/** One firing of a rule. */
export interface Finding {
  subject?: string;
  message: string;
  title?: string;
  severity?: Severity;
  riskId?: string;
  target?: AdviceTarget;
}

export interface PlanClauseView {
  clause: Clause;
  /** Position in plan.mandate.clauses. */
  index: number;
  /** How the review names it, e.g. 'operative paragraph 3 ("Authorizes the establishment…")'. */
  label: string;
  template: ClauseTemplate | undefined;
  rendered: RenderedClause;
  roles: ReadonlySet<ClauseRole>;
}

/** Everything rules need, computed once per evaluation. */
export interface GuidanceContext {
  plan: Plan;
  tags: ReadonlyMap<SituationTag, TagState>;
  clauses: readonly PlanClauseView[];
  /** Roles played by at least one clause of the mandate. */
  roles: ReadonlySet<ClauseRole>;
  deployment: boolean | null;
  political: boolean | null;
  crimes: CrimePicture;
}

export interface GuidanceRule {
  id: string;
  severity: Severity;
  step: WizardStep;
  title: string;
  /** One line for the catalogue: when the rule fires. */
  summary: string;
  basis: Basis;
  /** Risk catalogue entry suggested with the advice, unless a finding names another. */
  riskId?: string;
  check(ctx: GuidanceContext): Finding[];
}
