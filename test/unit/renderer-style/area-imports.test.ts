/**
 * The renderer's area folders import none of each other (eslint.config.js): these lint a file that
 * crosses the fence, through the project's own config, so removing or loosening the rule fails here.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The import specifiers the rule refuses in a file at `path`. */
async function refused(path: string, specifiers: readonly string[]): Promise<string[]> {
  // One import a line (line n imports specifier n - 1), then one export that uses them all.
  const imports = specifiers.map((s, i) => `import * as m${i} from '${s}';`);
  const code = [...imports, `export const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];`].join('\n');
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => specifiers[m.line - 1]!);
}

describe('area folders of the renderer', () => {
  it('refuses an import from one area folder into another, by any relative path', async () => {
    expect(await refused('renderer/risks/probe.tsx', ['../checklists/checklist-labels', '../../renderer/wizard/labels', '../shell/controller'])).toEqual([
      '../checklists/checklist-labels',
      '../../renderer/wizard/labels',
      '../shell/controller',
    ]);
    expect(await refused('renderer/welcome/probe.tsx', ['../shell/session'])).toEqual(['../shell/session']);
    expect(await refused('renderer/shell/probe.tsx', ['../brief/brief-area'])).toEqual(['../brief/brief-area']);
  });

  it('lets an area import its own files, the shared components and state, and shared/', async () => {
    expect(
      await refused('renderer/risks/probe.tsx', ['./risk-labels', '../components/modal-dialog', '../state/edit-context', '../../shared/risks/scoring', '../api']),
    ).toEqual([]);
  });

  it('still keeps Node out of an area folder', async () => {
    expect(await refused('renderer/brief/probe.tsx', ['node:fs'])).toEqual(['node:fs']);
  });
});
