/** Reading what the planner typed into a whole-number field. */

/** A valid number (null: left empty where that is allowed), or a refusal. */
export type Parsed = { ok: true; value: number | null } | { ok: false };

/** What the planner typed, read as a whole number from `min` to `max` (empty is null only if `allowEmpty`). */
export function parseWholeNumber(text: string, min: number, max: number, allowEmpty: boolean): Parsed {
  const t = text.trim();
  if (!t) return allowEmpty ? { ok: true, value: null } : { ok: false };
  if (!/^\d+$/.test(t)) return { ok: false };
  const n = Number(t);
  return n >= min && n <= max ? { ok: true, value: n } : { ok: false };
}
