/**
 * Clause templating: `{name}` placeholders filled from a clause's params. A missing value is never
 * rendered blank; it shows as a visible gap such as `[region?]` and is listed, so a final review can
 * block on it. `{{` and `}}` stand for literal braces. Values are inserted as they are, never
 * templated again, so a value containing braces cannot pull in other parameters.
 */
import { findClauseTemplate } from '../content/clauses';
import type { ParamSpec, ParamType } from '../content/clauses';
import type { Clause } from '../plan/schema';

/** Same rule as the plan schema's params keys. */
const NAME = /^[a-z][a-z0-9_]{0,40}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^\d+(\.\d+)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface RenderResult {
  text: string;
  /** Parameters the text uses that have no value, in order of first use. */
  gaps: string[];
  /** Parameters the text uses that the spec does not declare (only checked when a spec is given). */
  unknown: string[];
  /** Values that do not fit their declared type (a number that is not a number, an impossible date). */
  invalid: InvalidParam[];
  /** Brace fragments that are neither a placeholder nor an escape, e.g. `{Region}` or a lone `}`. */
  malformed: string[];
}

type Token = { kind: 'literal'; text: string } | { kind: 'param'; name: string } | { kind: 'malformed'; text: string };

function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    const next = template[i + 1];
    if ((ch === '{' && next === '{') || (ch === '}' && next === '}')) {
      literal += ch;
      i += 2;
    } else if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      const name = close === -1 ? '' : template.slice(i + 1, close);
      if (NAME.test(name)) {
        flush();
        tokens.push({ kind: 'param', name });
        i = close + 1;
      } else {
        flush();
        // Report the whole `{...}` when it looks like a mistyped placeholder, else just the brace.
        const fragment = close === -1 || close - i > 45 || name.includes('{') ? '{' : template.slice(i, close + 1);
        tokens.push({ kind: 'malformed', text: fragment });
        i += fragment.length;
      }
    } else if (ch === '}') {
      flush();
      tokens.push({ kind: 'malformed', text: '}' });
      i += 1;
    } else {
      literal += ch;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** The placeholder names a template uses, each once, in order of first use. */
export function templateParams(template: string): string[] {
  const names = tokenize(template).flatMap((t) => (t.kind === 'param' ? [t.name] : []));
  return [...new Set(names)];
}

/** An ISO date as the Council writes it, e.g. "1 November 2026"; null when it is not a real date. */
export function formatDate(iso: string): string | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${d} ${MONTHS[mo - 1]} ${y}`;
}

/** List items are one per line; joined as prose ("a, b and c"), with semicolons if an item has commas. */
export function listItems(value: string): string[] {
  return value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

function joinList(items: string[]): string {
  const sep = items.some((s) => s.includes(',')) ? '; ' : ', ';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${items[items.length - 1]}`;
}

function formatNumber(value: string): string {
  const [int = '', frac] = value.split('.');
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Formats one value by type; `empty` when there is nothing to show, `invalid` with a reason. */
function formatValue(raw: string, type: ParamType): { text: string } | { empty: true } | { text: string; invalid: string } {
  const value = raw.trim();
  if (type === 'list') {
    const items = listItems(value);
    return items.length ? { text: joinList(items) } : { empty: true };
  }
  if (!value) return { empty: true };
  if (type === 'number') return NUMBER.test(value) ? { text: formatNumber(value) } : { text: value, invalid: 'is not a number' };
  if (type === 'date') {
    const formatted = formatDate(value);
    return formatted ? { text: formatted } : { text: value, invalid: 'is not a date in the form YYYY-MM-DD' };
  }
  return { text: value };
}

/** The visible marker for a parameter that still needs a value. */
export const gapMarker = (name: string): string => `[${name}?]`;

/** Fills a template from params; gaps, unknown parameters, bad values and stray braces are reported. */
export function renderClauseText(text: string, params: Readonly<Record<string, string>>, spec?: readonly ParamSpec[]): RenderResult {
  const specs = spec ? new Map(spec.map((s) => [s.name, s])) : null;
  const result: RenderResult = { text: '', gaps: [], unknown: [], invalid: [], malformed: [] };
  const note = (list: string[], item: string) => {
    if (!list.includes(item)) list.push(item);
  };
  const parts: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'literal') {
      parts.push(token.text);
      continue;
    }
    if (token.kind === 'malformed') {
      parts.push(token.text);
      note(result.malformed, token.text);
      continue;
    }
    const declared = specs?.get(token.name);
    if (specs && !declared) note(result.unknown, token.name);
    const raw = Object.hasOwn(params, token.name) ? params[token.name]! : '';
    const formatted = formatValue(raw, declared?.type ?? 'text');
    if ('empty' in formatted) {
      parts.push(gapMarker(token.name));
      note(result.gaps, token.name);
      continue;
    }
    parts.push(formatted.text);
    if ('invalid' in formatted && !result.invalid.some((x) => x.name === token.name)) {
      result.invalid.push({ name: token.name, reason: formatted.invalid });
    }
  }
  result.text = parts.join('');
  return result;
}

export interface RenderedClause extends RenderResult {
  opening: string;
  /** The wording after the opening, filled. */
  body: string;
}

/** Renders a plan clause: its opening, then its filled text, using its template's spec if it has one. */
export function renderClause(clause: Pick<Clause, 'opening' | 'text' | 'params' | 'templateId'>, spec?: readonly ParamSpec[]): RenderedClause {
  const params = spec ?? findClauseTemplate(clause.templateId)?.params;
  const rendered = renderClauseText(clause.text, clause.params, params);
  const opening = clause.opening.trim();
  const body = rendered.text.trim();
  return { ...rendered, opening, body, text: opening ? `${opening} ${body}` : body };
}
