/**
 * Free-text fields the planner marked sensitive: a redacted brief leaves them out. A field is
 * named by a path of ids, not list positions, so the mark stays with its text when risks are
 * reordered or removed and others added:
 *   risks/<riskId>/<field>             title, cause, consequence, mitigation, owner
 *   capabilities/<itemId>/<field>      title, description, gapNote, evidence, owner
 *   tripwires/<tripwireId>/<field>     event, observer, response
 *   evidence/<evidenceId>/<field>      text, source
 *   factors/<1..14>/notes
 *   situation/<field>                  perpetratorNotes, notes, maro.<key>, existingPresence.mandateSummary
 *   mission/notes
 */
import type { PlanEdit } from './edit';
import type { Plan } from './schema';

export const RISK_SENSITIVE_FIELDS = ['title', 'cause', 'consequence', 'mitigation', 'owner'] as const;
export type RiskSensitiveField = (typeof RISK_SENSITIVE_FIELDS)[number];

/** The path that marks one field of one risk. */
export const riskFieldPath = (riskId: string, field: RiskSensitiveField) => `risks/${riskId}/${field}`;

/** The path that marks what one evidence entry records as observed. */
export const evidenceTextPath = (evidenceId: string) => `evidence/${evidenceId}/text`;

/** The path that marks the planner's notes on one Framework factor (numbered 1 to 14). */
export const factorNotesPath = (factor: number) => `factors/${factor}/notes`;

/**
 * Situation fields a planner can mark. The MARO perpetrators analysis and the notes on potential
 * perpetrators are not among them: a redacted copy always leaves those out.
 */
export type SituationSensitiveField = 'notes' | 'maro.victims' | 'maro.interveners' | 'maro.bystanders' | 'maro.escalationResponse';

/** The path that marks one free-text field of the situation. */
export const situationFieldPath = (field: SituationSensitiveField) => `situation/${field}`;

/** The paths the plan marks sensitive (none for plans saved before marking existed). */
export const sensitivePaths = (plan: Plan): readonly string[] => plan.sensitiveFields ?? [];

export const isSensitive = (plan: Plan, path: string): boolean => sensitivePaths(plan).includes(path);

/**
 * Marks or unmarks a field, as one undoable edit. The edit sets the whole plan's top level because
 * edits only follow keys a plan already has, and older plans have no `sensitiveFields` key.
 */
export function markSensitive(plan: Plan, path: string, on: boolean): PlanEdit | null {
  const current = sensitivePaths(plan);
  if (current.includes(path) === on) return null;
  const next = on ? [...current, path].sort() : current.filter((p) => p !== path);
  return { kind: 'set', path: [], value: { ...plan, sensitiveFields: next } };
}

/** Forgets every mark (after the planner chose to clear them all). */
export function clearSensitive(plan: Plan): PlanEdit | null {
  if (sensitivePaths(plan).length === 0) return null;
  return { kind: 'set', path: [], value: { ...plan, sensitiveFields: [] } };
}
