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
import type { Basis } from '../content/basis';
import type { Advice, Finding, GuidanceContext, GuidanceRule, PlanClauseView, RiskDraft, SuggestedRisk } from './guidance-types';
import { paramSpecsFor } from './clause-factory';
import { registerByCatalogueId } from './risk-identity';
import { CLAUSE_RULES } from './rules/clause-rules';
import { MISSION_RULES } from './rules/mission-rules';
import { BACKSTOP_RULES, PLANNING_RULES } from './rules/planning-rules';
import { REVIEW_RULES } from './rules/review-rules';
import { SITUATION_RULES } from './rules/situation-rules';
import { THEMATIC_RULES } from './rules/thematic-rules';
import { DRAFTING_RULES } from './rules/drafting-rules';
import { planWithFacts } from './plan-facts';
import { hasDeployment, hasPolitical, situationTags } from './situation-tags';
import { gapMarker, renderClause } from './templating';

export type { Advice, RiskDraft, Severity, WizardStep, GuidanceRule } from './guidance-types';

/** Every rule, in the order the wizard steps come. */
export const GUIDANCE_RULES: readonly GuidanceRule[] = [...SITUATION_RULES, ...MISSION_RULES, ...PLANNING_RULES, ...CLAUSE_RULES, ...DRAFTING_RULES, ...THEMATIC_RULES, ...REVIEW_RULES];

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

/** The clause as a reader sees it: filled wording, with a gap named by its label, never "{mission_name}". */
function readableText(c: Plan['mandate']['clauses'][number]): string {
  let text = renderClause(c).text;
  for (const spec of paramSpecsFor(c)) text = text.split(gapMarker(spec.name)).join(`[${spec.label.toLowerCase()}?]`);
  return text;
}

function clauseViews(plan: Plan): PlanClauseView[] {
  const { preambular, operative } = orderClauses(plan.mandate.clauses);
  const labels = new Map<string, string>();
  const label = (kind: string, n: number, c: Plan['mandate']['clauses'][number]) => `${kind} paragraph ${n} ("${excerpt(readableText(c))}")`;
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

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
const STEP_ORDER = new Map(WIZARD_STEPS.map((s, i) => [s, i]));

/** The basis that fits the plan's mission type: a political-only plan never cites a deployment precedent. */
function basisFor(rule: GuidanceRule, ctx: GuidanceContext, finding: Finding): Basis {
  if (finding.basis) return finding.basis;
  if (ctx.political === true && ctx.deployment === false && rule.politicalBasis) return rule.politicalBasis;
  if (ctx.deployment === true && ctx.political === false && rule.deploymentBasis) return rule.deploymentBasis;
  return rule.basis;
}

/** All advice for the plan: blocking first, then warnings, then information, each in wizard-step order. */
export function evaluateGuidance(input: Plan): Advice[] {
  // Rules read the clauses as the mandate prints them: with the plan's facts flowed in.
  const plan = planWithFacts(input);
  const ctx = guidanceContext(plan);
  const dismissed = new Set(plan.guidance.dismissed);
  const register = registerByCatalogueId(plan);
  const suggested = (riskId: string, adviceId: string): SuggestedRisk | null => {
    const draft = riskDraftFromCatalogue(riskId);
    if (!draft) return null;
    const refs = [...(register.get(riskId) ?? []), ...plan.risks.items.filter((r) => r.sourceRef === adviceId && !register.get(riskId)?.includes(r.ref)).map((r) => r.ref)];
    return { draft, inRegister: refs.length > 0, refs };
  };
  const build = (rule: GuidanceRule, finding: Finding): Advice => {
    const id = finding.subject ? `${rule.id}:${finding.subject}` : rule.id;
    const severity = finding.severity ?? rule.severity;
    const riskIds = finding.riskIds ?? [finding.riskId ?? rule.riskId].filter((x): x is string => Boolean(x));
    const risks = riskIds.map((r) => suggested(r, id)).filter((r): r is SuggestedRisk => r !== null);
    const basis = basisFor(rule, ctx, finding);
    const primary = risks[0];
    return {
      id,
      ruleId: rule.id,
      severity,
      step: rule.step,
      title: finding.title ?? rule.title,
      message: finding.message,
      basis: formatBasis(basis),
      basisSource: basis.source,
      ...(primary ? { suggestedRisk: primary.draft } : {}),
      riskInRegister: primary?.inRegister ?? false,
      risks,
      dismissed: severity !== 'blocking' && dismissed.has(id),
      target: finding.target ?? rule.target,
      clauseSuggestions: [...(finding.clauses ?? [])],
    };
  };
  const regular = GUIDANCE_RULES.filter((r) => !BACKSTOP_RULES.has(r.id)).flatMap((rule) => rule.check(ctx).map((f) => build(rule, f)));
  // A backstop suggests only what no other advice does and the register does not hold yet.
  const elsewhere = new Set(regular.filter((a) => !a.dismissed).flatMap((a) => a.risks.map((r) => r.draft.catalogueId)));
  const backstop = GUIDANCE_RULES.filter((r) => BACKSTOP_RULES.has(r.id)).flatMap((rule) =>
    rule.check(ctx).flatMap((f) => {
      const riskIds = (f.riskIds ?? []).filter((r) => !elsewhere.has(r) && !register.has(r));
      return riskIds.length ? [build(rule, { ...f, riskIds })] : [];
    }),
  );
  // Array.prototype.sort is stable, so rule order holds within a severity and step.
  return [...regular, ...backstop].sort((a, b) => SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! || STEP_ORDER.get(a.step)! - STEP_ORDER.get(b.step)!);
}

/** The advice that stops a mandate from being final. */
export function blockingAdvice(advice: readonly Advice[]): Advice[] {
  return advice.filter((a) => a.severity === 'blocking');
}

/**
 * The source reference a risk added from advice carries: its catalogue id, so the same risk
 * suggested by other advice, a capability gap or the catalogue is recognised as already added.
 */
export function adviceRiskRef(advice: Pick<Advice, 'id'>, draft: Pick<RiskDraft, 'catalogueId'>): string {
  return draft.catalogueId ?? advice.id;
}
