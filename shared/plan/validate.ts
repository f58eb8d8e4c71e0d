/**
 * From file text to a plan the app can show, or a refusal in plain words that names the file.
 * Pure: the file service, the CLI and the tests all use these same checks and messages.
 */
import { fail, ok, PlannerError } from '../result';
import type { ErrorCode, Result } from '../result';
import { PLAN_FORMAT, PLAN_VERSION, planSchema } from './schema';
import type { Plan } from './schema';
import { migratePlan, normalisePlanData, MIGRATIONS } from './migrate';
import type { MigrationStep } from './migrate';
import { describeIssues } from './describe-issues';
import { findDuplicateIds, repairLinks } from './integrity';
import { quickCheck } from './quick-check';
import { orderKeys } from './schema-walk';

export interface ParsedPlan {
  plan: Plan;
  /** Repairs and upgrades made while loading, in plain words (empty for a clean file). */
  notices: string[];
  fromVersion: number;
}

const NOTHING_CHANGED = 'Nothing was changed on disk.';

/** How the notice that a plan was upgraded from an older format begins; the app shows those notices once, prominently. */
export const UPGRADE_NOTICE_START = 'This plan was written in plan format version';

/** True when opening upgraded the plan from an older format (the upgrade notice always comes first). */
export function wasUpgraded(notices: readonly string[]): boolean {
  return notices[0]?.startsWith(UPGRADE_NOTICE_START) ?? false;
}

function refuse(code: ErrorCode, fileLabel: string, reason: string, details?: string[]): Result<never> {
  return fail(code, `Cannot open "${fileLabel}": ${reason}. ${NOTHING_CHANGED}`, details);
}

/**
 * True when the text is the beginning of a JSON document that stops before it is complete
 * (open brackets or an open string at the end) — the usual sign of an interrupted copy.
 */
export function looksCutOff(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const ch = start[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      // Closed everything and there is more after it: damaged in the middle, not cut short.
      if (depth < 0 || (depth === 0 && start.slice(i + 1).trim() !== '')) return false;
    }
  }
  return inString || depth > 0;
}

/** The parser stopped well before the end of the text: damaged in the middle, even if brackets are open. */
function failsBeforeTheEnd(text: string, error: unknown): boolean {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match !== null && Number(match[1]) < text.trimEnd().length - 1;
}

function jsonPosition(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

type SchemaChecked = { ok: true; plan: Plan; inOrder: boolean } | { ok: false; lines: string[]; total: number };

/**
 * The full schema check. The quick check vouches for a valid plan without copying it (zod copies
 * every object, which for a 5,000-risk plan costs more than reading the file); whatever it cannot
 * vouch for goes to zod, which decides and words the problems, unless zod itself produced the
 * plan moments ago (`parsedBySchema`). `inOrder`: its keys are already in the file's order.
 */
function schemaCheck(data: unknown, parsedBySchema = false): SchemaChecked {
  const verdict = quickCheck(planSchema, data);
  if (verdict !== 'ask-zod') return { ok: true, plan: data as Plan, inOrder: verdict === 'in-order' };
  if (parsedBySchema) return { ok: true, plan: data as Plan, inOrder: false };
  const parsed = planSchema.safeParse(data);
  if (parsed.success) return { ok: true, plan: parsed.data, inOrder: false };
  return { ok: false, ...describeIssues(parsed.error.issues, planSchema) };
}

/** Opens already-parsed JSON: format, version, migration, schema, ids and links. */
export function checkPlanData(
  data: unknown,
  fileLabel: string,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): Result<ParsedPlan> {
  const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
  const format = isObject ? (data as Record<string, unknown>)['format'] : undefined;
  if (format !== PLAN_FORMAT) {
    const reason = isObject && typeof format === 'string' ? `it is a "${format.slice(0, 60)}" file, not a Mandate Planner plan` : 'it is not a Mandate Planner plan (it holds other data)';
    return refuse('NOT_A_PLAN', fileLabel, reason);
  }
  let migrated;
  try {
    migrated = migratePlan(data, steps);
  } catch (error) {
    if (error instanceof PlannerError) return refuse(error.code, fileLabel, error.message);
    // Copying data for an upgrade recurses; lists nested thousands deep (no plan has that) overflow the stack.
    if (error instanceof RangeError) return refuse('INVALID_PLAN', fileLabel, 'it holds data nested far more deeply than any plan');
    throw error;
  }
  const normalised = normalisePlanData(migrated.data);
  const parsed = schemaCheck(normalised.data);
  if (!parsed.ok) {
    const { lines, total } = parsed;
    const count = total === 1 ? 'one field is wrong or missing' : `${total} fields are wrong or missing${total > lines.length ? ` (the first ${lines.length} are listed)` : ''}`;
    return refuse('INVALID_PLAN', fileLabel, `the plan is damaged — ${count}`, lines);
  }
  const duplicates = findDuplicateIds(parsed.plan);
  if (duplicates.length > 0) {
    const lines = duplicates.slice(0, 5);
    return refuse('INVALID_PLAN', fileLabel, `the plan is damaged — ${duplicates.length === 1 ? 'an id is' : `${duplicates.length} ids are`} used twice`, lines);
  }
  const repaired = repairLinks(parsed.plan);
  const notices = [...normalised.notices, ...repaired.notices];
  if (migrated.fromVersion < PLAN_VERSION) {
    notices.unshift(`${UPGRADE_NOTICE_START} ${migrated.fromVersion} and has been upgraded to version ${PLAN_VERSION}; saving it will store the new format.`, ...migrated.notices);
  }
  return ok({ plan: repaired.plan, notices, fromVersion: migrated.fromVersion });
}

/** Reads plan file text (BOM allowed) into a plan, or a refusal that names the file and the first problems. */
export function parsePlanText(
  text: string,
  fileLabel: string,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): Result<ParsedPlan> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('TRUNCATED', fileLabel, 'the file is empty — it may have been cut off while copying');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    if (looksCutOff(body) && !failsBeforeTheEnd(body, error)) return refuse('TRUNCATED', fileLabel, 'the file ends too early — it may have been cut off while copying');
    if (body.includes(PLAN_FORMAT)) {
      return refuse('NOT_A_PLAN', fileLabel, `the plan text is damaged and cannot be read${jsonPosition(body, error)}`);
    }
    return refuse('NOT_A_PLAN', fileLabel, 'it is not a Mandate Planner plan (it does not contain plan data)');
  }
  return checkPlanData(data, fileLabel, steps);
}

/**
 * The last check before a plan is written: the schema and unique ids. Dangling links are dropped
 * quietly (they carry no information). Nothing is written when this fails.
 */
export function checkPlanForSave(plan: unknown, fileLabel: string): Result<Plan> {
  const parsed = schemaCheck(plan);
  if (!parsed.ok) return notSaved(fileLabel, parsed.lines, parsed.total);
  return checkParsedPlanForSave(parsed.plan, fileLabel);
}

const notSaved = (fileLabel: string, lines: string[], count: number) =>
  fail('INVALID_PLAN', `"${fileLabel}" was not saved: the plan has ${count === 1 ? 'a problem' : `${count} problems`} that would make the file unreadable. The file on disk was left as it was.`, lines);

/**
 * The rest of checkPlanForSave, for a plan that planSchema itself produced moments ago (the IPC
 * gate parses every save request with it): unique ids and links. Anything else: checkPlanForSave.
 */
export function checkParsedPlanForSave(plan: Plan, fileLabel: string): Result<Plan> {
  const duplicates = findDuplicateIds(plan);
  if (duplicates.length > 0) return notSaved(fileLabel, duplicates.slice(0, 5), duplicates.length);
  return ok(repairLinks(plan).plan);
}

const toText = (plan: unknown) => `${JSON.stringify(plan, null, 2)}\n`;

/** Pretty JSON with a stable key order (format and version first) and a final newline. */
export function serializePlan(plan: Plan): string {
  return toText(orderKeys(plan, planSchema));
}

/**
 * checkPlanForSave and serializePlan in one: the text to write, or why nothing may be written.
 * `parsedBySchema`: the plan came from planSchema in this process (the IPC gate), so zod is not
 * run a second time when the quick check cannot vouch for it; ids and links are checked always.
 */
export function planTextForSave(plan: unknown, fileLabel: string, parsedBySchema = false): Result<string> {
  const parsed = schemaCheck(plan, parsedBySchema);
  if (!parsed.ok) return notSaved(fileLabel, parsed.lines, parsed.total);
  const checked = checkParsedPlanForSave(parsed.plan, fileLabel);
  if (!checked.ok) return checked;
  // Most plans are in the file's key order already; walking a big register to reorder nothing is wasted time.
  // A plan whose links were repaired is a new object: ordered again, to be sure.
  return ok(parsed.inOrder && checked.value === parsed.plan ? toText(checked.value) : serializePlan(checked.value));
}
