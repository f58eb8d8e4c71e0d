/**
 * How a risk entered the register, in words. The plan records it with the internal reference it
 * came from ("added from capability (cap-zq5iar9jiykn)"); the screen and the brief name the thing
 * instead, so no planner ever reads an internal id.
 */
import type { Plan } from '../plan/schema';
import { checklistCatalogueItem } from '../content/checklist-items';

export function creationText(plan: Pick<Plan, 'capabilities'>, recorded: string): string {
  const from = /^added from (\w+) \((.*)\)$/.exec(recorded);
  if (from) {
    const [, source, ref] = from as unknown as [string, string, string];
    if (source === 'catalogue') return 'added from the risk catalogue';
    if (source === 'guidance') return 'added from planning advice';
    if (source === 'capability') {
      const item = plan.capabilities.items.find((i) => i.id === ref);
      const title = item?.title || checklistCatalogueItem(ref)?.title;
      return title ? `added for the capability gap “${title}”` : 'added for an item no longer on the checklist';
    }
    if (source === 'import') return 'imported';
    return 'added';
  }
  const plain = /^added \((\w+)\)$/.exec(recorded);
  if (plain) return plain[1] === 'import' ? 'imported' : 'added';
  // Anything else recorded by an older version: keep the words, drop what looks like an internal id.
  return recorded.replace(/\s*\((?:[a-z]{2,5}-[a-z0-9-]{6,})\)/gi, '');
}
