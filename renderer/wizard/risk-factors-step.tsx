import { useMemo, useState } from 'react';
import { RISK_FACTORS } from '../../shared/content/risk-factors';
import { crimePicture } from '../../shared/mandate/crime-picture';
import { CrimeSummary } from './crime-summary';
import { MaroSection } from './maro-section';
import type { PlanChanger } from './plan-changer';
import { RiskFactorItem } from './risk-factor-item';

/** Step 2: the 14 Framework risk factors, the crime picture they give, and the MARO dynamics. */
export function RiskFactorsStep({ change }: { change: PlanChanger }) {
  const factors = change.plan.situation.riskFactors;
  const conflict = change.plan.situation.conflictContext;
  const picture = useMemo(() => crimePicture(factors, conflict), [factors, conflict]);
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const [focusEvidenceId, setFocusEvidenceId] = useState<string | null>(null);
  const rated = factors.filter((f) => f.level !== 'unknown').length;
  const allOpen = open.size === RISK_FACTORS.length;
  const toggle = (n: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });
  return (
    <div className="wz-sections">
      <CrimeSummary picture={picture} rated={rated} />
      <section className="wz-section" aria-labelledby="wz-factors">
        <div className="wz-section-head">
          <h4 className="wz-section-title" id="wz-factors">
            Risk factors
          </h4>
          <button type="button" className="button button-quiet wz-small-button" onClick={() => setOpen(allOpen ? new Set() : new Set(RISK_FACTORS.map((f) => f.number)))}>
            {allOpen ? 'Close all' : 'Open all'}
          </button>
        </div>
        <p className="wz-section-lead">Factors 1–8 bear on every atrocity crime; 9–14 point to genocide, crimes against humanity or war crimes. For every factor, factor 6 included, a higher level means more risk. Open a factor to read its Framework definition, tick the numbered indicators seen and record evidence.</p>
        <ol className="wz-factor-list" aria-labelledby="wz-factors">
          {RISK_FACTORS.map((definition) => {
            const index = factors.findIndex((f) => f.factor === definition.number);
            const assessment = factors[index];
            if (!assessment) return null;
            return (
              <RiskFactorItem
                key={definition.number}
                change={change}
                index={index}
                definition={definition}
                assessment={assessment}
                expanded={open.has(definition.number)}
                onToggle={() => toggle(definition.number)}
                focusEvidenceId={focusEvidenceId}
                onEvidenceAdded={setFocusEvidenceId}
              />
            );
          })}
        </ol>
      </section>
      <MaroSection change={change} />
    </div>
  );
}
