/**
 * The guidance engine: turns a plan into advice for the wizard steps, the review and the brief.
 * Pure and deterministic: the same plan always gives the same advice in the same order.
 */
import { formatBasis } from '../content/basis';
import { findClauseTemplate } from '../content/clauses';
import type { ClauseRole } from '../content/clauses';
import { riskCatalogueEntry } from '../content/risk-catalogue';
import type { Plan } from '../plan/schema';
import { clauseRoles, orderClauses } from './clause-roles';
import { crimePicture } from './crime-picture';
import { SEVERITIES, WIZARD_STEPS } from './guidance-types';
import type { Advice, GuidanceContext, GuidanceRule, PlanClauseView, RiskDraft } from './guidance-types';
import { CLAUSE_RULES } from './rules/clause-rules';
import { MISSION_RULES } from './rules/mission-rules';
import { REVIEW_RULES } from './rules/review-rules';
import { SITUATION_RULES } from './rules/situation-rules';
import { hasDeployment, hasPolitical, situationTags } from './situation-tags';
import { renderClause } from './templating';

export type { Advice, RiskDraft, Severity, WizardStep, GuidanceRule } from './guidance-types';

/** Every rule, in the order the wizard steps come. */
export const GUIDANCE_RULES: readonly GuidanceRule[] = [...SITUATION_RULES, ...MISSION_RULES, ...CLAUSE_RULES, ...REVIEW_RULES];

const ruleById = new Map(GUIDANCE_RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export function guidanceRule(id: string): GuidanceRule | undefined {
  return ruleById.get(id);
}

/** A register-ready draft from a risk catalogue entry, or undefined for an unknown id. */
export function riskDraftFromCatalogue(id: string): RiskDraft | undefined {
  const entry = riskCatalogueEntry(id);
  if (!entry) return undefined;
  return {
    catalogueId: entry.id,
    title: entry.title,
    category: entry.category,
    cause: entry.cause,
    consequence: entry.consequence,
    likelihood: entry.likelihood,
    impact: entry.impact,
    mitigation: entry.mitigationIdeas.join(' '),
  };
}

function excerpt(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

function clauseViews(plan: Plan): PlanClauseView[] {
  const { preambular, operative } = orderClauses(plan.mandate.clauses);
  const labels = new Map<string, string>();
  const label = (kind: string, n: number, c: Plan['mandate']['clauses'][number]) => `${kind} paragraph ${n} ("${excerpt(`${c.opening} ${c.text}`)}")`;
  preambular.forEach((c, i) => labels.set(c.id, label('preambular', i + 1, c)));
  operative.forEach((c, i) => labels.set(c.id, label('operative', i + 1, c)));
  return plan.mandate.clauses.map((clause, index) => ({
    clause,
    index,
    label: labels.get(clause.id) ?? `paragraph ${index + 1}`,
    template: findClauseTemplate(clause.templateId),
    rendered: renderClause(clause),
    roles: clauseRoles(clause),
  }));
}

/** Computes what rules need once, so each rule stays a small predicate. */
export function guidanceContext(plan: Plan): GuidanceContext {
  const clauses = clauseViews(plan);
  const roles = new Set<ClauseRole>(clauses.flatMap((v) => [...v.roles]));
  return {
    plan,
    tags: situationTags(plan),
    clauses,
    roles,
    deployment: hasDeployment(plan),
    political: hasPolitical(plan),
    crimes: crimePicture(plan.situation.riskFactors, plan.situation.conflictContext),
  };
}

function inRegister(plan: Plan, adviceId: string, ruleId: string, catalogueId: string | null): boolean {
  return plan.risks.items.some((r) => r.sourceRef !== null && (r.sourceRef === adviceId || r.sourceRef === ruleId || r.sourceRef === catalogueId));
}

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
const STEP_ORDER = new Map(WIZARD_STEPS.map((s, i) => [s, i]));

/** All advice for the plan: blocking first, then warnings, then information, each in wizard-step order. */
export function evaluateGuidance(plan: Plan): Advice[] {
  const ctx = guidanceContext(plan);
  const dismissed = new Set(plan.guidance.dismissed);
  const advice = GUIDANCE_RULES.flatMap((rule) =>
    rule.check(ctx).map((finding): Advice => {
      const id = finding.subject ? `${rule.id}:${finding.subject}` : rule.id;
      const severity = finding.severity ?? rule.severity;
      const riskId = finding.riskId ?? rule.riskId;
      const suggestedRisk = riskId ? riskDraftFromCatalogue(riskId) : undefined;
      return {
        id,
        ruleId: rule.id,
        severity,
        step: rule.step,
        title: finding.title ?? rule.title,
        message: finding.message,
        basis: formatBasis(rule.basis),
        basisSource: rule.basis.source,
        ...(suggestedRisk ? { suggestedRisk } : {}),
        riskInRegister: suggestedRisk ? inRegister(plan, id, rule.id, suggestedRisk.catalogueId) : false,
        dismissed: severity !== 'blocking' && dismissed.has(id),
        ...(finding.target ? { target: finding.target } : {}),
      };
    }),
  );
  // Array.prototype.sort is stable, so rule order holds within a severity and step.
  return advice.sort((a, b) => SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! || STEP_ORDER.get(a.step)! - STEP_ORDER.get(b.step)!);
}

/** The advice that stops a mandate from being final. */
export function blockingAdvice(advice: readonly Advice[]): Advice[] {
  return advice.filter((a) => a.severity === 'blocking');
}
