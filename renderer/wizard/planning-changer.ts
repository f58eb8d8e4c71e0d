/** The mission's planning fields as edits: the first one writes the whole object, later ones one field. */
import { EMPTY_PLANNING } from '../../shared/plan/planning';
import type { Planning } from '../../shared/plan/schema';
import type { PlanChanger } from './plan-changer';

/** Where the planning object sits in the plan. */
export const PLANNING_PATH = ['mission', 'planning'] as const;

/**
 * Plans saved before these fields existed have no planning object: the first edit writes the
 * whole object with defaults, later edits set one field (and keystrokes join one undo step).
 */
export function planningChanger(change: PlanChanger) {
  const current = change.plan.mission.planning;
  const set = <K extends keyof Planning>(key: K, value: Planning[K], label: string) =>
    current ? change.set([...PLANNING_PATH, key], value, label) : change.set([...PLANNING_PATH], { ...EMPTY_PLANNING, [key]: value }, label);
  const type = (key: 'endState' | 'exitCriteria' | 'forceGeneration' | 'enablers' | 'statusAgreementNote', value: string, label: string) =>
    current ? change.type([...PLANNING_PATH, key], value, label) : set(key, value, label);
  return { set, type };
}
