/** The perpetrator kinds the situation step ticks. */
import { PERPETRATOR_KINDS } from '../../shared/plan/schema';
import type { PerpetratorKind } from '../../shared/plan/schema';

/** The perpetrator list after ticking or unticking one kind, always in the schema's order. */
export function togglePerpetrator(current: readonly PerpetratorKind[], kind: PerpetratorKind, on: boolean): PerpetratorKind[] {
  return PERPETRATOR_KINDS.filter((k) => (k === kind ? on : current.includes(k)));
}
