/** Results cross the process boundary as data: errors are values, never thrown across the bridge. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'CANCELLED',
  'NOT_FOUND',
  'NOT_A_PLAN',
  'TRUNCATED',
  'TOO_LARGE',
  'NEWER_VERSION',
  'INVALID_PLAN',
  'CHANGED_ON_DISK',
  'READ_ONLY',
  'BUSY',
  'NOT_ALLOWED',
  'WRITE_FAILED',
  'READ_FAILED',
  'UNKNOWN_DOCUMENT',
  'INVALID_CSV',
  /** The plan is protected with a passphrase and none was given. */
  'PROTECTED',
  'WRONG_PASSPHRASE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** Plain words for the planner: what happened, to which file, and what was kept safe. */
  message: string;
  /** Field paths or row-level problems, at most a handful, for the details list. */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** An error that a service throws on purpose; the dispatcher turns it into a Result. */
export class PlannerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}
