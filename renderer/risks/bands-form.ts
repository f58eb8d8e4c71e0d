/** The score bands dialog's draft: what the planner typed, and the bands it reads as. */
import type { Band } from '../../shared/plan/schema';

/** One band as typed: its bounds are text until they read as whole numbers. */
export interface BandDraft {
  name: Band['name'];
  min: string;
  max: string;
}

/** A whole number, or NaN for anything else (which validateBands then refuses). */
export const toNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The bands as the dialog's fields show them. */
export const bandDraft = (bands: readonly Band[]): BandDraft[] => bands.map((b) => ({ name: b.name, min: String(b.min), max: String(b.max) }));

/** The bands the draft reads as (bounds that are not whole numbers become NaN). */
export const parseBandDraft = (draft: readonly BandDraft[]): Band[] => draft.map((b) => ({ name: b.name, min: toNumber(b.min), max: toNumber(b.max) }));
