/** Which register risks depend on each checklist item (the reverse of a risk's linkedCapabilityIds). */
import type { Risk } from '../plan/schema';

/** The risks linked to each capability item, by item id, in register order; items with none are absent. */
export function risksByCapability(risks: readonly Risk[]): ReadonlyMap<string, readonly Risk[]> {
  const byItem = new Map<string, Risk[]>();
  for (const risk of risks) {
    for (const id of risk.linkedCapabilityIds) {
      const list = byItem.get(id);
      if (!list) byItem.set(id, [risk]);
      // A risk that names the same item twice is listed once.
      else if (list[list.length - 1] !== risk) list.push(risk);
    }
  }
  return byItem;
}
