/** What a task's empty fields follow, in words for the clause editor's hints. */
import { formatDate } from '../../shared/mandate/templating';
import { taskDeadline } from '../../shared/mandate/timeline';
import type { PlanChanger } from './plan-changer';

export const DEADLINE_WORDS = { task: 'its own date', 'mandate-review': 'the mandate’s review', 'mandate-end': 'the end of the mandate' } as const;

/** What a task follows when its own fields are empty, in words for the hints. */
export function taskHints(mandate: PlanChanger['plan']['mandate']) {
  const reporting = mandate.reportingIntervalDays;
  const deadline = taskDeadline({ task: { reportingIntervalDays: null, reviewDate: '' } }, mandate);
  return {
    reporting: reporting === null ? 'Empty: the mandate sets no reporting interval either.' : `Empty: follows the mandate, every ${reporting} days.`,
    review: deadline ? `Empty: follows ${DEADLINE_WORDS[deadline.source]} (${formatDate(deadline.date) ?? deadline.date}).` : 'Empty: the mandate has no review or end date either.',
  };
}
