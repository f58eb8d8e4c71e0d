/** How checklist values read on screen, and the options of the checklist's selects. */
import { CAPABILITY_AREAS, CAPABILITY_STATUSES } from '../../shared/plan/schema';
import type { CapabilityArea, CapabilityStatus } from '../../shared/plan/schema';
import type { SelectOption } from '../components/select-field';

export const CAPABILITY_STATUS_LABELS: Record<CapabilityStatus, string> = {
  unassessed: 'Unassessed',
  'in-place': 'In place',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export const AREA_LABELS: Record<CapabilityArea, string> = {
  surveillance: 'Surveillance',
  training: 'Training',
  coordination: 'Coordination',
};

/** One line per area: what it covers, shown under its heading. */
export const AREA_SUMMARIES: Record<CapabilityArea, string> = {
  surveillance: 'Seeing warning signs early and reporting them: indicators, analysts, monitors, tripwire observation.',
  training: 'Preparing people to prevent atrocities: training, doctrine, rules of engagement, evacuation.',
  coordination: 'Working with others: UN actors, regional organizations, host authorities, local civil society.',
};

export const CAPABILITY_STATUS_OPTIONS: SelectOption[] = CAPABILITY_STATUSES.map((value) => ({ value, label: CAPABILITY_STATUS_LABELS[value] }));
export const AREAS = CAPABILITY_AREAS;
