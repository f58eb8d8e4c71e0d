import { useEffect, useRef, useState } from 'react';
import { withFacts } from '../../shared/mandate/plan-facts';
import { renderClause } from '../../shared/mandate/templating';
import { ClauseParamFields } from './clause-param-fields';
import { GapText } from './gap-text';
import type { PlanChanger } from './plan-changer';

export interface AddedClauseFillProps {
  change: PlanChanger;
  clauseId: string;
  onDone: () => void;
}

/**
 * Under a library entry just added: the values it still needs (gaps and the app's suggestions),
 * filled in place, and the paragraph as it now reads, so the planner need not leave the library.
 */
export function AddedClauseFill({ change, clauseId, onDone }: AddedClauseFillProps) {
  const clause = change.plan.mandate.clauses.find((c) => c.id === clauseId);
  const ref = useRef<HTMLDivElement>(null);
  // Fixed when the clause is added, so a field does not vanish under the planner's typing once filled.
  const [names] = useState(() => {
    if (!clause) return [];
    const r = renderClause(withFacts(change.plan, clause));
    return [...new Set([...r.gaps, ...(clause.suggested ?? [])])];
  });
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [clauseId]);
  if (!clause) return null;
  const rendered = renderClause(withFacts(change.plan, clause));
  const open = names.length > 0;
  return (
    <div className="wz-added-fill" ref={ref} role="group" aria-label="Fill in the clause just added">
      <p className="wz-added-fill-lead">{open ? 'Added. Fill in what it still needs here:' : 'Added, with every value from the plan.'}</p>
      {open && <ClauseParamFields change={change} clause={clause} names={names} />}
      <p className="wz-library-text">
        <em className="wz-opening">{rendered.opening}</em> <GapText text={rendered.body} />
      </p>
      <button type="button" className="button button-quiet wz-small-button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
