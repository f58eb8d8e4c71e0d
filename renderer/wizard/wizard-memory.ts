/**
 * Which step each open document was on, so leaving the wizard for another area and coming back
 * returns the planner to the same place. Lives only as long as the window.
 */
import type { WizardStep } from './steps';

const steps = new Map<string, WizardStep>();

/** The step last shown for a document, or the first step. */
export function rememberedStep(docId: string): WizardStep {
  return steps.get(docId) ?? 'situation';
}

/** Notes the step shown for a document. */
export function rememberStep(docId: string, step: WizardStep): void {
  steps.set(docId, step);
}
