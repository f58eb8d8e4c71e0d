import { paramSpecsFor } from '../../shared/mandate/clause-factory';
import { confirmSuggestions, followPlanFact, setClauseParam } from '../../shared/mandate/clause-edits';
import { paramLink, withFacts } from '../../shared/mandate/plan-facts';
import { renderClause } from '../../shared/mandate/templating';
import type { Clause } from '../../shared/plan/schema';
import { ParamField } from './param-field';
import type { ParamOrigin } from './param-field';
import type { PlanChanger } from './plan-changer';

export interface ClauseParamFieldsProps {
  change: PlanChanger;
  clause: Clause;
  /** Only these parameters (e.g. those that needed the planner when the clause was added). */
  names?: readonly string[];
}

/**
 * A clause's parameters with where each value comes from: a fact of the plan (shown as it is now,
 * following it), the clause's own override, or the app's suggestion awaiting confirmation.
 */
export function ClauseParamFields({ change, clause, names }: ClauseParamFieldsProps) {
  const { plan } = change;
  const resolved = withFacts(plan, clause);
  const rendered = renderClause(resolved);
  const suggested = new Set(clause.suggested ?? []);
  const key = (name: string) => `mandate.clauses.${clause.id}.params.${name}`;
  const specs = paramSpecsFor(clause).filter((spec) => !names || names.includes(spec.name));
  if (specs.length === 0) return null;
  return (
    <div className="wz-param-grid">
      {specs.map((spec) => {
        const link = paramLink(plan, clause, spec);
        const origin: ParamOrigin =
          link.state === 'follows' && link.planValue ? { kind: 'plan', fact: link.planValue } : link.state === 'overridden' ? { kind: 'override', fact: link.planValue } : suggested.has(spec.name) ? { kind: 'suggested' } : { kind: 'own' };
        return (
          <ParamField
            key={spec.name}
            spec={spec}
            value={resolved.params[spec.name] ?? ''}
            origin={origin}
            problem={rendered.invalid.find((i) => i.name === spec.name)?.reason ?? null}
            onChange={(v) => change.apply(setClauseParam(plan, clause.id, spec.name, v), `fill in ${spec.label.toLowerCase()}`, key(spec.name))}
            onBlur={change.endTyping}
            onFollow={() => change.apply(followPlanFact(plan, clause.id, spec.name), `use the plan's ${spec.label.toLowerCase()}`)}
            onConfirm={() => change.apply(confirmSuggestions(plan, clause.id, spec.name), `confirm ${spec.label.toLowerCase()}`)}
          />
        );
      })}
    </div>
  );
}
