/** A sample plan grown to thousands of risks, for benchmarks: the six sample risks repeated with varied ratings. */
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan, Risk } from '../../shared/plan/schema';

const rating = (n: number) => (n % 5) + 1;

/** The sample plan with `count` risks (refs R-0001…), each a variant of a sample risk. */
export function planWithRisks(count: number): Plan {
  const plan = createSamplePlan();
  const templates = plan.risks.items;
  const risks: Risk[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const likelihood = rating(i * 7 + 3);
    const impact = rating(i * 3 + 1);
    risks.push({
      ...t,
      id: `risk-bench-${i}`,
      ref: `R-${String(i + 1).padStart(4, '0')}`,
      title: `${t.title} (variant ${i + 1})`,
      likelihood,
      impact,
      residualLikelihood: Math.max(1, likelihood - 1),
      residualImpact: impact,
      targetLikelihood: Math.max(1, likelihood - 2),
      targetImpact: Math.max(1, impact - 1),
      status: i % 10 === 9 ? 'closed' : i % 4 === 0 ? 'monitoring' : 'open',
    });
  }
  return { ...plan, risks: { ...plan.risks, items: risks } };
}
