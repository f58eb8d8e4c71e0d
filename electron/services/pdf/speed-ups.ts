/**
 * Every change this app makes to how pdfmake and pdfkit work, in one switch. Joining words into
 * runs gives the same pixels in a smaller file; every other one gives the very bytes the stock code
 * gives (tests render with and without them and compare). They exist because a 5,000-risk brief
 * must print in seconds, not a minute.
 */
import { installFastMeasure } from './fast-measure';
import { restoreFontLayout } from './font-layout';
import { installInlineMerging } from './merge-inlines';
import { restoreStreamWrites } from './stream-writes';

/**
 * Installs the speed-ups (font layout and stream writing follow when the first word is measured).
 * Returns a function that puts every stock method back, for tests and baselines.
 */
export function installSpeedUps(): () => void {
  const restore = [installInlineMerging(), installFastMeasure()];
  return () => {
    for (const undo of restore) undo();
    restoreFontLayout();
    restoreStreamWrites();
  };
}
