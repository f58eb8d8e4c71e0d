import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { suggestedFileName } from '../../electron/services/file-names';
import { createHandlers } from '../../electron/services/handlers';
import type { DialogPort } from '../../electron/services/ports';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder, testPorts } from './helpers';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe('file names suggested from a plan title', () => {
  const titles = ['中'.repeat(150), `a${'\u{1F54A}'.repeat(60)}`, 'Brief\u202Efdp.exe', 'Mandate\u200B \u2066Karst\u2069 Basin\u200D', 'Karst Basin: options / 2027', 'e\u0301'.repeat(200), '\uD800 broken \uDC00 halves', 'CON', '...hidden', 'tab\there\nnewline'];
  for (const ending of ['.mplan', ' - brief.pdf', ' - risks.csv']) {
    it(`hold no bidi controls, zero-width characters or lone surrogates and fit in 255 bytes (${ending.trim()})`, () => {
      for (const title of titles) {
        const name = suggestedFileName(title, ending);
        expect(name.endsWith(ending), name).toBe(true);
        expect(Buffer.byteLength(name), title).toBeLessThanOrEqual(255);
        expect(LONE.test(name), title).toBe(false);
        expect(INVISIBLE.test(name), title).toBe(false);
        expect(name.startsWith('.'), title).toBe(false);
      }
    });
  }

  it('keep titles readable: a colon becomes " - ", an override is dropped rather than obeyed', () => {
    expect(suggestedFileName('Karst Basin: options / 2027', '.mplan')).toBe('Karst Basin - options - 2027.mplan');
    expect(suggestedFileName('Northland: preventive deployment', ' - brief.pdf')).toBe('Northland - preventive deployment - brief.pdf');
    expect(suggestedFileName('Northland:preventive deployment', ' - mandate.docx')).toBe('Northland - preventive deployment - mandate.docx');
    expect(suggestedFileName('Northland :: draft:', '.mplan')).toBe('Northland - draft.mplan');
    expect(suggestedFileName(': Northland', ' - risks.csv')).toBe('Northland - risks.csv');
    expect(suggestedFileName('Briefing at 10:30', '.mplan')).toBe('Briefing at 10.30.mplan');
    expect(suggestedFileName(':', '.mplan')).toBe('plan.mplan');
    expect(suggestedFileName('Brief\u202Efdp.exe', ' - brief.pdf')).toBe('Brieffdp.exe - brief.pdf');
    expect(suggestedFileName('tab\there\nnewline', '.mplan')).toBe('tab here newline.mplan');
    expect(suggestedFileName('\u200B\u202E', '.mplan')).toBe('plan.mplan');
  });
});

/** Dialogs that answer one name, and ask to replace as told (or have no way to ask). */
function answering(answer: string, confirm?: boolean): DialogPort & { confirmations: string[] } {
  const confirmations: string[] = [];
  return {
    confirmations,
    showOpenDialog: async () => null,
    showSaveDialog: async () => answer,
    ...(confirm === undefined ? {} : { confirmReplace: async ({ path }: { path: string }) => (confirmations.push(path), confirm) }),
  };
}

describe('a save dialog answering a name without its extension, where the name with it exists', () => {
  const cases = [
    ['exportRisksCsv', 'risks.csv', 'risks'],
    ['exportBrief', 'brief.pdf', 'brief'],
    ['saveAs', 'plan.mplan', 'plan'],
  ] as const;
  const precious = 'the planner\u2019s own file, not to be replaced silently\n';

  async function attempt(method: (typeof cases)[number][0], existing: string, typed: string, confirm?: boolean) {
    const ports = await testPorts();
    const folder = await tempFolder();
    const dialogs = answering(join(folder, typed), confirm);
    const handlers = createHandlers({ ...ports, dialogs });
    const sample = await dispatch(handlers, 'openSample', {});
    if (!sample.ok) throw new Error(sample.error.message);
    await writeFile(join(folder, existing), precious);
    const { docId, plan } = sample.value;
    const request = method === 'exportBrief' ? { plan, options: { generatedAt: '2026-11-20' } } : { docId, plan };
    const result = await dispatch(handlers, method, request as never);
    return { result, folder, dialogs, kept: (await readFile(join(folder, existing), 'utf8')) === precious };
  }

  it.each(cases)('%s never replaces the existing %s when there is no way to ask', async (method, existing, typed) => {
    const { result, kept, folder } = await attempt(method, existing, typed);
    expect(kept).toBe(true);
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    expect(!result.ok && result.error.message).toContain(`"${existing}" already exists and was not replaced`);
    expect(existsSync(join(folder, typed))).toBe(false);
  });

  it.each(cases)('%s asks before replacing %s, and keeps it when the planner says no', async (method, existing, typed) => {
    const { kept, dialogs, folder } = await attempt(method, existing, typed, false);
    expect(dialogs.confirmations).toEqual([join(folder, existing)]);
    expect(kept).toBe(true);
  });

  it.each(cases)('%s replaces %s when the planner confirms', async (method, existing, typed) => {
    const { result, kept } = await attempt(method, existing, typed, true);
    expect(result.ok).toBe(true);
    expect(kept).toBe(false);
  }, 30_000);

  it('adds the extension without asking when no file has the final name', async () => {
    const ports = await testPorts();
    const folder = await tempFolder();
    const dialogs = answering(join(folder, 'risks'), false);
    const handlers = createHandlers({ ...ports, dialogs });
    const sample = await dispatch(handlers, 'openSample', {});
    if (!sample.ok) throw new Error(sample.error.message);
    const result = await dispatch(handlers, 'exportRisksCsv', { docId: sample.value.docId, plan: createSamplePlan() });
    expect(result.ok && result.value.path).toBe(join(folder, 'risks.csv'));
    expect(dialogs.confirmations).toEqual([]);
  });
});
