import { isSensitive, markSensitive } from '../../shared/plan/sensitive';
import { SensitiveToggle } from '../components/sensitive-toggle';
import type { PlanChanger } from './plan-changer';

export interface SensitiveTickProps {
  change: PlanChanger;
  /** The field's path in the plan's sensitive list (shared/plan/sensitive.ts). */
  path: string;
  /** What the field is, for screen readers and the undo label: "Situation notes". */
  what: string;
}

/** The "Sensitive" tick under one wizard field; each tick is one undo step. */
export function SensitiveTick({ change, path, what }: SensitiveTickProps) {
  return (
    <SensitiveToggle
      what={what}
      on={isSensitive(change.plan, path)}
      onChange={(on) => change.apply(markSensitive(change.plan, path, on), `${on ? 'mark' : 'unmark'} ${what.toLowerCase()} sensitive`)}
    />
  );
}
