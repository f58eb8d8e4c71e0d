/** The five wizard steps, what each asks, and how complete each one is according to the guidance. */
import { WIZARD_STEPS } from '../../shared/mandate/guidance-types';
import type { Advice, WizardStep } from '../../shared/mandate/guidance-types';
import { STEP_LABELS } from '../../shared/plan/labels';

export { WIZARD_STEPS };
export type { WizardStep };

export interface StepDefinition {
  id: WizardStep;
  label: string;
  /** One sentence under the step heading. */
  lead: string;
}

export const STEPS: readonly StepDefinition[] = [
  { id: 'situation', label: STEP_LABELS.situation, lead: 'Where does the situation stand, who may commit atrocities, and is anyone already on the ground?' },
  { id: 'risk-factors', label: STEP_LABELS['risk-factors'], lead: 'Rate the 14 risk factors of the UN Framework of Analysis for Atrocity Crimes and describe who is who.' },
  { id: 'mission', label: STEP_LABELS.mission, lead: 'Choose the kind of mission, how a deployment deters, and what authorization will depend on.' },
  { id: 'clauses', label: STEP_LABELS.clauses, lead: 'Pick preventive clauses from the library, fill them in, write your own and put them in order.' },
  { id: 'review', label: STEP_LABELS.review, lead: 'Read the mandate as the Council would see it and clear what stands in the way of a final text.' },
];

/** The definition of a step: its label and lead sentence. */
export function stepDefinition(step: WizardStep): StepDefinition {
  return STEPS.find((s) => s.id === step)!;
}

export interface StepStatus {
  blocking: number;
  warnings: number;
  /** No blocking problem or warning left open on this step. */
  complete: boolean;
}

/**
 * Open (not dismissed) blocking problems and warnings per step. The review step also counts every
 * blocking problem of the other steps, because each of them keeps the mandate from being final.
 */
export function stepStatuses(advice: readonly Advice[]): Record<WizardStep, StepStatus> {
  const out = Object.fromEntries(WIZARD_STEPS.map((s) => [s, { blocking: 0, warnings: 0, complete: true }])) as Record<WizardStep, StepStatus>;
  const note = (status: StepStatus, severity: Advice['severity']) => {
    if (severity === 'blocking') status.blocking++;
    else status.warnings++;
    status.complete = false;
  };
  for (const a of advice) {
    if (a.dismissed || a.severity === 'info') continue;
    note(out[a.step], a.severity);
    if (a.severity === 'blocking' && a.step !== 'review') note(out.review, a.severity);
  }
  return out;
}

/** How a step's status reads to a screen reader, e.g. "2 open problems, 1 blocking". */
export function describeStatus(status: StepStatus): string {
  if (status.complete) return 'complete';
  const open = status.blocking + status.warnings;
  const parts = [`${open} open problem${open === 1 ? '' : 's'}`];
  if (status.blocking) parts.push(`${status.blocking} blocking`);
  return parts.join(', ');
}

/** The step before or after, or null at either end. */
export function neighbourStep(step: WizardStep, offset: -1 | 1): WizardStep | null {
  const i = WIZARD_STEPS.indexOf(step) + offset;
  return WIZARD_STEPS[i] ?? null;
}
