/**
 * The one gate between a caller (ipcMain, the browser test host) and the handlers: the request is
 * checked against the contract before any handler runs, and every outcome becomes a Result.
 */
import { channelOf, contract } from '../../shared/ipc';
import type { MethodName, ResponseOf } from '../../shared/ipc';
import { METHOD_CHANNELS } from '../../shared/ipc-channels';
import { describeIssues } from '../../shared/plan/describe-issues';
import { quickCheck } from '../../shared/plan/quick-check';
import { fail, ok, PlannerError } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { Handlers } from './handler-types';

/** `'plan:save'` -> `'save'`, for binding channels. */
export const channelToMethod: Readonly<Record<string, MethodName>> = Object.fromEntries(
  Object.entries(METHOD_CHANNELS).map(([method, channel]) => [channel, method as MethodName]),
);

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

type Log = (error: unknown) => void;
const logToStderr: Log = (error) => console.error('[mandate-planner] handler failed:', error);

export interface DispatchOptions {
  /** Where unexpected errors go (their stack never reaches the renderer). */
  log?: Log;
  /**
   * Checks each answer against the contract's response schema, and turns a mismatch into INTERNAL
   * naming the field. On in development and under the tests (the browser host, Electron unpackaged);
   * off in a packaged app, where the handlers' answers are the types plus those tests.
   */
  checkResponses?: boolean;
}

/**
 * The gate's check of one request against its contract schema. A request the quick check vouches
 * for is exactly what zod would return, so it passes without zod's full copy of it (a 5,000-risk
 * plan on every save and recovery copy); anything else goes to zod, which decides and explains.
 */
export function checkRequest(method: MethodName, rawRequest: unknown) {
  const schema = contract[method].request;
  const request = rawRequest ?? {};
  return quickCheck(schema, request) !== 'ask-zod' ? { success: true as const, data: request } : schema.safeParse(request);
}

/**
 * Validates `rawRequest` with the contract schema, runs the handler, and returns a Result:
 * BAD_REQUEST (with field paths) before any side effect, a PlannerError's own code, or INTERNAL
 * in plain words for anything unexpected (its stack goes to stderr only).
 */
export async function dispatch<K extends MethodName>(handlers: Handlers, method: K, rawRequest: unknown, options?: DispatchOptions): Promise<Result<ResponseOf<K>>>;
export async function dispatch(handlers: Handlers, method: string, rawRequest: unknown, options?: DispatchOptions): Promise<Result<unknown>>;
export async function dispatch(handlers: Handlers, method: string, rawRequest: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  const log = options.log ?? logToStderr;
  if (!isMethodName(method)) return fail('BAD_REQUEST', `Mandate Planner has no action called "${String(method).slice(0, 60)}".`);
  const spec = contract[method];
  const parsed = checkRequest(method, rawRequest);
  if (!parsed.success) {
    const { lines } = describeIssues(parsed.error.issues, spec.request);
    return fail('BAD_REQUEST', `The request "${channelOf(method)}" was refused because it is malformed. Nothing was changed.`, lines);
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (options.checkResponses) {
      const problem = responseProblem(method, value);
      if (problem) {
        log(new Error(`${channelOf(method)} answered outside its contract: ${problem.join('; ')}`));
        return fail('INTERNAL', `Mandate Planner answered "${channelOf(method)}" with data its contract does not allow (a bug).`, problem);
      }
    }
    return ok(value);
  } catch (error) {
    if (error instanceof PlannerError) return fail(error.code, error.message, error.details);
    log(error);
    return fail('INTERNAL', 'Something went wrong inside Mandate Planner and the action did not finish. Your plan is still open; try again, and save a copy with File › Save As if it happens again.');
  }
}

/** Why `value` does not fit the method's response schema, or null when it does. */
function responseProblem(method: MethodName, value: unknown): string[] | null {
  const schema = contract[method].response;
  if (quickCheck(schema, value) !== 'ask-zod') return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? null : describeIssues(parsed.error.issues, schema).lines;
}
