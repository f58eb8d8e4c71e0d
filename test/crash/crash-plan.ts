/** What the crash child writes and where: numbered versions of a mid-sized plan. */
import { join } from 'node:path';
import type { Plan } from '../../shared/plan/schema';
import { planWithRisks } from '../bench/_large-plan';

/** Big enough (about 200 KB) that a kill often lands in the middle of writing the file. */
const base = planWithRisks(150);

/** The recovery id the child uses for its one open document. */
export const CRASH_RECOVERY_ID = 'rec-crashtest';

export function crashPaths(folder: string) {
  return { plan: join(folder, 'docs', 'plan.mplan'), docs: join(folder, 'docs'), dataDir: join(folder, 'data') };
}

/** Version N of the plan: its title says which. */
export const planVersion = (n: number): Plan => ({ ...base, cover: { ...base.cover, title: `version ${n}` } });

/** The version number a plan carries in its title, or NaN. */
export const versionOf = (plan: Plan): number => Number(/^version (\d+)$/.exec(plan.cover.title)?.[1] ?? NaN);
