/**
 * Code that reads or replaces a library's internals was checked against one version of it. This
 * fails when the installed version differs, naming the files to re-verify before the version in
 * CHECKED_AGAINST is raised: an upgrade then cannot silently undo a speed-up (they only check that
 * a method exists) or change what a patch relies on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Checked {
  version: string;
  /** What reads the internals, and what it relies on: the path first, then in brackets what it reads. */
  files: string[];
  /** Source text that reads this library's internals: every file where it occurs must be listed in `files`. */
  reads: RegExp;
}

const CHECKED_AGAINST: Record<string, Checked> = {
  pdfmake: {
    version: '0.3.11',
    files: [
      'electron/services/pdf/fast-measure.ts (js/TextInlines.js measure, js/StyleContextStack.js, the style properties and defaults it copies)',
      'electron/services/pdf/merge-inlines.ts (js/Renderer.js renderLine, the inline properties it compares, _pageNodeRef)',
      'electron/services/pdf/bidi-lines.ts (js/Renderer.js renderLine)',
      'electron/services/pdf/pdfmake-instance.ts (the virtualfs of the 0.3 singleton, the Roboto file names of build/vfs_fonts.js)',
      'electron/services/pdf/fallback-fonts.ts (Roboto-Regular.ttf in build/vfs_fonts.js)',
    ],
    reads: /pdfmake\/(js|build)\/|virtualfs|_pageNodeRef/,
  },
  pdfkit: {
    version: '0.19.1',
    files: [
      'electron/services/pdf/fast-measure.ts (widthOfString arithmetic, lineHeight)',
      'electron/services/pdf/merge-inlines.ts (the embedded font keeps the fontkit font as `font`; how a run of words is drawn)',
      'electron/services/pdf/stream-writes.ts (PDFReference write, finalize, buffer, data.Length, uncompressedLength, compress; the `_root` of a document)',
    ],
    reads: /\('pdfkit'\)|\._root\b|widthOfString|\.font\?\.font\b/,
  },
  fontkit: {
    version: '2.0.4',
    files: [
      'electron/services/pdf/merge-inlines.ts (hasGlyphForCodePoint)',
      'electron/services/pdf/bidi-lines.ts (fontkit reverses a word with a right-to-left letter)',
      'electron/services/pdf/fallback-fonts.ts (characterSet)',
    ],
    reads: /'fontkit'|hasGlyphForCodePoint|characterSet/,
  },
  zod: {
    version: '4.6.7',
    files: ['shared/plan/quick-check.ts (schema._zod.def and traits, check defs)', 'shared/plan/schema-walk.ts (schema._zod.def)'],
    reads: /_zod\b|zod\/v4\/core/,
  },
  '@tanstack/react-table': {
    version: '9.3.1',
    files: ['renderer/components/grid/lean-filtering.ts (columnFilteringFeature, table.atoms, the filtered row model, table_getPreFilteredRowModel from static-functions)'],
    reads: /@tanstack\/react-table\/|table_get|table\.atoms/,
  },
};

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;
const pathOf = (entry: string) => entry.split(' (')[0]!;

/** The app's source files (not the tests), relative to the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The version installed, from the package's own manifest, found from its entry point (fontkit's
 * exports hide its package.json). pdfkit is resolved as pdfmake resolves it, fontkit as pdfkit does.
 */
function installed(name: string): string {
  const from = name === 'pdfkit' ? dirname(require.resolve('pdfmake')) : name === 'fontkit' ? dirname(require.resolve('pdfkit', { paths: [dirname(require.resolve('pdfmake'))] })) : undefined;
  let dir = dirname(require.resolve(name, from ? { paths: [from] } : undefined));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json for ${name}`);
    dir = dirname(dir);
  }
}

describe('libraries whose internals the code reads', () => {
  for (const [name, checked] of Object.entries(CHECKED_AGAINST)) {
    it(`${name} is the version the code was checked against`, () => {
      const version = installed(name);
      const message = `re-verify ${checked.files.join('; ')} against ${name} ${version} (checked against ${checked.version}), then update CHECKED_AGAINST`;
      expect(version, message).toBe(checked.version);
    });
  }

  it('lists every file that reads their internals, and only files that exist', () => {
    const sources = ['electron', 'shared', 'renderer'].flatMap(sourceFiles);
    for (const [name, checked] of Object.entries(CHECKED_AGAINST)) {
      const listed = checked.files.map(pathOf);
      for (const path of listed) expect(existsSync(join(ROOT, path)), `${path} (listed for ${name}) exists`).toBe(true);
      const reading = sources.filter((path) => checked.reads.test(readFileSync(join(ROOT, path), 'utf8')));
      expect(reading.length, `some file reads ${name}'s internals`).toBeGreaterThan(0);
      for (const path of reading) expect(listed, `${path} reads ${name}'s internals: list it in CHECKED_AGAINST with what it reads`).toContain(path);
    }
  });

  it('pins each of them exactly in package.json, pdfkit too (pdfmake only asks for ^0.19.1)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    const pinned = { ...manifest.dependencies, ...manifest.devDependencies };
    for (const [name, checked] of Object.entries(CHECKED_AGAINST)) expect(pinned[name], `package.json pins ${name}`).toBe(checked.version);
  });
});
