/**
 * Every change this app makes to how pdfmake and pdfkit work for speed, installed here and nowhere
 * else. Measuring words once per shared style and writing page streams as text give the very
 * bytes stock pdfmake and pdfkit give; joining words into runs gives the same pixels in a smaller
 * file (tests render with and without them and compare). Together they make a long brief render
 * in about half the time; each was kept because turning it off alone costs measurably more CPU
 * (docs/benchmarks.md, `test/bench/_speed-ups-ab.ts`).
 *
 * One switch turns them all off, for troubleshooting a brief that looks wrong: set
 * MANDATE_PLANNER_STOCK_PDF=1 in the environment of the app or the CLI. They read private files
 * of pdfmake 0.3.11 and private classes of pdfkit 0.19.1; test/services/pinned-internals.test.ts
 * fails when either changes version.
 */
import { installFastMeasure } from './fast-measure';
import { installInlineMerging } from './merge-inlines';
import { installStreamWrites } from './stream-writes';

/** The environment variable that leaves pdfmake and pdfkit as they ship. */
export const STOCK_PDF_SWITCH = 'MANDATE_PLANNER_STOCK_PDF';

const SPEED_UPS = {
  'merge-inlines': installInlineMerging,
  'fast-measure': installFastMeasure,
  'stream-writes': installStreamWrites,
} as const;

export type SpeedUp = keyof typeof SPEED_UPS;

/** Their names, for benchmarks that turn them off one by one. */
export const SPEED_UP_NAMES = Object.keys(SPEED_UPS) as SpeedUp[];

/** Whether the environment asks for stock pdfmake and pdfkit. */
export const stockPdfWanted = (env: Record<string, string | undefined> = process.env): boolean => Boolean(env[STOCK_PDF_SWITCH]) && env[STOCK_PDF_SWITCH] !== '0';

/**
 * Installs the speed-ups (all but `except`, for benchmarks) and returns a function that puts every
 * stock method back (for tests and baselines), and the names of those whose pdfmake or pdfkit
 * internals were not found (then that library runs as it ships there: slower, never wrong).
 */
export function installSpeedUps(except: readonly SpeedUp[] = []): { restore: () => void; missing: SpeedUp[] } {
  const restore: Array<() => void> = [];
  const missing: SpeedUp[] = [];
  for (const [name, install] of Object.entries(SPEED_UPS) as Array<[SpeedUp, () => (() => void) | null]>) {
    if (except.includes(name)) continue;
    const undo = install();
    if (undo) restore.push(undo);
    else missing.push(name);
  }
  return { restore: () => restore.forEach((undo) => undo()), missing };
}
