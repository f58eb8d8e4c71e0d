/** Reading the optional planning part of a mission, with the defaults a plan without it stands for. */
import type { Mission, Planning } from './schema';

/** The planning a mission has not filled in yet. */
export const EMPTY_PLANNING: Planning = {
  endState: '',
  exitCriteria: '',
  benchmarks: [],
  startUpDate: '',
  iocDate: '',
  focDate: '',
  forceGeneration: '',
  enablers: '',
  statusAgreement: 'unknown',
  statusAgreementNote: '',
};

/** The mission's planning, or the empty defaults for a plan saved before the fields existed. */
export function planningOf(mission: Pick<Mission, 'planning'>): Planning {
  return mission.planning ?? EMPTY_PLANNING;
}
