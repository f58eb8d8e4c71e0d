/** Paper sizes in PDF points, so sections can size graphics to the printable width. */
import type { Plan } from '../plan/schema';
import { PAGE_MARGINS } from './page-frame';

const SIZES: Record<Plan['brief']['paper'], { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** Width between the left and right page margins. */
export function contentWidth(paper: Plan['brief']['paper']): number {
  return SIZES[paper].width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}
