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

/** A risk suggested by advice, recognised by its catalogue id wherever it was added from. */
export interface SuggestedRisk {
  draft: RiskDraft;
  inRegister: boolean;
  /** References of the register risks that are this risk, e.g. ['R-004']. */
  refs: string[];
}

/** The control that resolves the advice, so the UI can switch to its step and focus it. */
export interface AdviceTarget {
  kind: 'clause' | 'tripwire' | 'authorization' | 'risk-factor' | 'field' | 'library' | 'capability';
  /**
   * Clause or tripwire id, authorization factor key, `factor-N`, a plan field path, a library
   * template id, or a checklist catalogue id (kind 'capability' opens the capability checklists).
   */
  id: string;
  /** The wizard step that holds the control. */
  step: WizardStep;
  /** What the link says, e.g. "Mission type" or "Add “Protection of civilians” from the library". */
  label: string;
}

/** A library clause the advice proposes; only templates that fit the plan's mission type are named. */
export interface ClauseSuggestion {
  templateId: string;
  title: string;
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
  /** The primary suggested risk: the first of `risks`. */
  suggestedRisk?: RiskDraft;
  /** True when the register already holds the primary risk, however it was added (same catalogue entry). */
  riskInRegister: boolean;
  /** Every risk the advice suggests, each marked when the register already holds it. */
  risks: SuggestedRisk[];
  /** Non-blocking advice the planner acknowledged; blocking advice is never dismissed. */
  dismissed: boolean;
  /** Every piece of advice can take the planner to the control that resolves it. */
  target: AdviceTarget;
  clauseSuggestions: ClauseSuggestion[];
}

/** One firing of a rule. */
export interface Finding {
  subject?: string;
  message: string;
  title?: string;
  severity?: Severity;
  riskId?: string;
  /** Several catalogue risks at once (the first is the primary one). */
  riskIds?: readonly string[];
  target?: AdviceTarget;
  /** Library templates the finding proposes (filtered to the mission type by the rule). */
  clauses?: readonly ClauseSuggestion[];
  /** A basis that fits this finding better than the rule's (e.g. a political-mission source). */
  basis?: Basis;
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
  /** Cited instead of `basis` when the plan is for a political mission only. */
  politicalBasis?: Basis;
  /** Cited instead of `basis` when the plan is for a preventive deployment only. */
  deploymentBasis?: Basis;
  /** Risk catalogue entry suggested with the advice, unless a finding names another. */
  riskId?: string;
  /** The control that resolves the advice, unless a finding names another. */
  target: AdviceTarget;
  check(ctx: GuidanceContext): Finding[];
}
