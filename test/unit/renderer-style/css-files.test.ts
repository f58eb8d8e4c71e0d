/**
 * The renderer's style sheets as one design system: colours only in tokens.css, and no rule of one
 * file overriding a rule of another at the same specificity (which would make the outcome depend
 * on the order main.tsx happens to import them in).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../renderer');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

interface Rule {
  file: string;
  selector: string;
  props: Set<string>;
}

/** Flat rules of a sheet; the rules inside @media blocks count as rules of the sheet. */
function rulesOf(file: string): Rule[] {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{/g, '');
  const rules: Rule[] = [];
  for (const m of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.trim();
    if (!selectors || selectors.startsWith('@')) continue;
    const props = new Set(m[2]!.split(';').flatMap((d) => (d.includes(':') ? [d.split(':')[0]!.trim()] : [])));
    for (const selector of selectors.split(',')) rules.push({ file: relative(ROOT, file), selector: selector.trim(), props });
  }
  return rules;
}

/** [ids, classes + attributes + pseudo-classes, elements + pseudo-elements], as the cascade counts them. */
function specificity(selector: string): string {
  const s = selector.replace(/:(?:not|is|has|where)\(([^)]*)\)/g, ' $1');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]+\]|(?<!:):(?!:)[\w-]+/g) ?? []).length;
  const elements = (s.match(/(?:^|[\s>+~])[a-z][\w-]*/g) ?? []).length + (s.match(/::[\w-]+/g) ?? []).length;
  return `${ids},${classes},${elements}`;
}

/** The class (or element) the selector finally styles. */
function subject(selector: string): string {
  const last = selector.trim().split(/[\s>+~]+/).at(-1)!;
  return last.match(/\.[\w-]+/g)?.at(-1) ?? last;
}

const files = cssFiles(ROOT);

describe('the renderer’s style sheets', () => {
  it('write colours only as tokens, defined in tokens.css', () => {
    const literal = files.filter((f) => !f.endsWith('tokens.css')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/#[0-9a-fA-F]{3,8}\b/g)].map((m) => `${relative(ROOT, f)}: ${m[0]}`));
    expect(literal).toEqual([]);
  });

  it('never style one thing at the same specificity from two files, so import order does not matter', () => {
    const rules = files.flatMap(rulesOf);
    const clashes: string[] = [];
    for (const a of rules)
      for (const b of rules)
        if (a.file < b.file && subject(a.selector) === subject(b.selector) && specificity(a.selector) === specificity(b.selector)) {
          const shared = [...a.props].filter((p) => b.props.has(p) && !p.startsWith('--'));
          if (shared.length && sameContext(a.selector, b.selector)) clashes.push(`${a.file} ${a.selector} ~ ${b.file} ${b.selector}: ${shared.join(', ')}`);
        }
    expect(clashes).toEqual([]);
  });
});

/** Two selectors under different area roots (.wz, .rk-scope, .brief) never meet on one element. */
function sameContext(a: string, b: string): boolean {
  const root = (s: string) => s.match(/^\.(wz|rk-scope|brief)\b/)?.[1] ?? s.match(/^\.(wz|brief)-/)?.[1] ?? '';
  const [ra, rb] = [root(a), root(b)];
  return !ra || !rb || ra === rb;
}
