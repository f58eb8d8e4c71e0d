/**
 * Which fields of a plan hold characters no font the brief ships has (emoji, scripts beyond Latin,
 * Cyrillic, Arabic, Hebrew and GB 2312 Chinese). The brief still prints, with an empty box for each
 * such character; the export says where they are instead of leaving a silent box on paper.
 */
import type { Plan } from '../../../shared/plan/schema';
import { FALLBACK_FONTS, baseCoverage, fallbackCoverage } from './fallback-fonts';

/** Format characters (bidi controls, zero-width joiners) need no glyph. */
const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** At most this many fields are named; the rest are counted. */
const MOST_NAMED = 20;

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

/** A field's name for the planner: `risks.items.0.owner` → `risk R-001, owner`. */
function fieldName(path: ReadonlyArray<string | number>, plan: Plan): string {
  const parts: string[] = [];
  let value: unknown = plan;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const parent = value as Record<string | number, unknown>;
    value = parent?.[key];
    if (typeof key === 'number') {
      const ref = (value as { ref?: unknown } | undefined)?.ref;
      const container = String(path[i - 1] ?? '');
      const label = singular(words(container === 'items' ? String(path[i - 2] ?? '') : container));
      parts.pop();
      if (container === 'items') parts.pop();
      parts.push(typeof ref === 'string' && ref ? `${label} ${ref}` : `${label} ${key + 1}`);
    } else {
      parts.push(words(key));
    }
  }
  return parts.join(', ');
}

/** The characters of `text` no shipped font has, each once. */
function unprintableIn(text: string): string[] {
  const base = baseCoverage();
  const found = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || base.has(code) || FORMAT.test(char)) continue;
    if (FALLBACK_FONTS.some((font) => fallbackCoverage(font).has(code))) continue;
    found.add(char);
  }
  return [...found];
}

/** Whether Roboto alone prints `text` (nearly every field: checked without any font file). */
function robotoAlone(text: string): boolean {
  const base = baseCoverage();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && !base.has(code)) return false;
  }
  return true;
}

/**
 * One plain sentence per field with characters the brief cannot print, naming the field and the
 * characters (as written and as code points, since the missing glyph is what makes them unreadable).
 */
export function unprintableFields(plan: Plan): string[] {
  const found: string[] = [];
  let more = 0;
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      if (robotoAlone(value)) return;
      const chars = unprintableIn(value);
      if (chars.length === 0) return;
      if (found.length >= MOST_NAMED) {
        more++;
        return;
      }
      const shown = chars.slice(0, 5).map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
      const rest = chars.length > 5 ? ` and ${chars.length - 5} more` : '';
      found.push(`${fieldName(path, plan)}: ${shown.join(', ')}${rest}`);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
  };
  visit(plan, []);
  if (more > 0) found.push(`and ${more} more ${more === 1 ? 'field' : 'fields'}`);
  return found;
}
