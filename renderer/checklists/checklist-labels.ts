/** The options of the checklist's selects; their words come from shared/plan/labels.ts. */
import { CAPABILITY_STATUSES } from '../../shared/plan/schema';
import { CAPABILITY_STATUS_LABELS } from '../../shared/plan/labels';
import type { SelectOption } from '../components/select-field';

export { CAPABILITY_AREA_LABELS as AREA_LABELS, CAPABILITY_AREA_SUMMARIES as AREA_SUMMARIES, CAPABILITY_STATUS_LABELS } from '../../shared/plan/labels';
export { CAPABILITY_AREAS } from '../../shared/plan/schema';

export const CAPABILITY_STATUS_OPTIONS: SelectOption[] = CAPABILITY_STATUSES.map((value) => ({ value, label: CAPABILITY_STATUS_LABELS[value] }));
