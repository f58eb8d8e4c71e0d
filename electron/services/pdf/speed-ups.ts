/**
 * Every change this app makes to how pdfmake works for speed, installed here and nowhere else.
 * Measuring words once per shared style gives the very bytes stock pdfmake gives; joining words
 * into runs gives the same pixels in a smaller file (tests render with and without them and
 * compare). Together they make a long brief render in about half the time (docs/benchmarks.md).
 *
 * One switch turns them all off, for troubleshooting a brief that looks wrong: set
 * MANDATE_PLANNER_STOCK_PDF=1 in the environment of the app or the CLI. Both read private files
 * of pdfmake 0.3.11; test/services/pinned-internals.test.ts fails when pdfmake changes version.
 */
import { installFastMeasure } from './fast-measure';
import { installInlineMerging } from './merge-inlines';

/** The environment variable that leaves pdfmake as it ships. */
export const STOCK_PDF_SWITCH = 'MANDATE_PLANNER_STOCK_PDF';

const SPEED_UPS = {
  'merge-inlines': installInlineMerging,
  'fast-measure': installFastMeasure,
} as const;

export type SpeedUp = keyof typeof SPEED_UPS;

/** Whether the environment asks for stock pdfmake. */
export const stockPdfWanted = (env: Record<string, string | undefined> = process.env): boolean => Boolean(env[STOCK_PDF_SWITCH]) && env[STOCK_PDF_SWITCH] !== '0';

/**
 * Installs the speed-ups and returns a function that puts every stock method back (for tests and
 * baselines), and the names of those whose pdfmake internals were not found (then pdfmake runs
 * as it ships there: slower, never wrong).
 */
export function installSpeedUps(): { restore: () => void; missing: SpeedUp[] } {
  const restore: Array<() => void> = [];
  const missing: SpeedUp[] = [];
  for (const [name, install] of Object.entries(SPEED_UPS) as Array<[SpeedUp, () => (() => void) | null]>) {
    const undo = install();
    if (undo) restore.push(undo);
    else missing.push(name);
  }
  return { restore: () => restore.forEach((undo) => undo()), missing };
}
