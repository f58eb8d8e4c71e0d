/**
 * How wizard components change the plan: every change is a shared PlanEdit handed to the shell's
 * `edit`, so undo/redo, the dirty marker, recovery copies and saving cover it. Edits outside the
 * mandate text pass through guardFinal, so a final mandate does not stay final over a new blocker.
 */
import { guardFinal } from '../../shared/mandate/final-guard';
import { setField } from '../../shared/plan/edit';
import type { Path, PlanEdit } from '../../shared/plan/edit';
import type { Plan } from '../../shared/plan/schema';
import type { AreaProps } from '../state/area-props';

export interface PlanChanger {
  plan: Plan;
  /** Applies a built edit as one undo step; null (nothing to do) is ignored. */
  apply(edit: PlanEdit | null, label: string, typingKey?: string): void;
  /** Sets one field as one undo step. */
  set(path: Path, value: unknown, label: string): void;
  /** Sets a text field while typing: keystrokes into the same field join one undo step. */
  type(path: Path, value: string, label: string): void;
  /** Ends the typing run (on blur). */
  endTyping(): void;
}

/** A changer over the current plan and the shell's edit function. */
export function createChanger(plan: Plan, edit: AreaProps['edit'], endTyping: AreaProps['endTyping']): PlanChanger {
  const apply = (e: PlanEdit | null, label: string, typingKey?: string) => {
    if (e) edit(guardFinal(plan, e), label, typingKey);
  };
  return {
    plan,
    apply,
    set: (path, value, label) => apply(setField(path, value), label),
    type: (path, value, label) => apply(setField(path, value), label, path.join('.')),
    endTyping,
  };
}
