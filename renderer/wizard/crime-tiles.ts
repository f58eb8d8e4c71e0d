/** The words under each crime tile of the situation's pattern. */
import type { CrimePicture } from '../../shared/mandate/crime-picture';

/** The line under a crime's level: why war crimes are held back, or which of its own factors drive it. */
export function tileDetail(c: CrimePicture['crimes'][number]): string {
  if (c.heldBack) return c.heldBack;
  return c.drivers.length ? `Driven by factor${c.drivers.length === 1 ? '' : 's'} ${c.drivers.join(', ')}` : 'No specific factor at moderate or above';
}
