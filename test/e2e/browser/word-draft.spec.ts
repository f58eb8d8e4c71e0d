import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test } from './host';
import type { Page } from './host';

const run = promisify(execFile);

async function openBrief(page: Page) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Brief' }).click();
  await expect(page.getByRole('heading', { name: 'Brief', level: 2 })).toBeVisible();
}

test('Export Word draft writes the mandate as a .docx where the planner chose, and opens it', async ({ page, app }) => {
  await openBrief(page);
  const target = app.path('veloria-mandate');
  app.dialogs.nextSave = target;
  await page.getByRole('button', { name: 'Export Word draft…' }).click();
  const notice = page.getByRole('group', { name: 'Exported “veloria-mandate.docx”' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', title: 'Export the mandate as a Word draft' });

  const written = `${target}.docx`;
  expect((await readFile(written)).subarray(0, 2).toString('latin1')).toBe('PK');
  const { stdout } = await run('pandoc', ['--wrap=none', '-t', 'plain', written]);
  expect(stdout).toContain('The Security Council,');
  expect(stdout).toMatch(/^1\. {2}Decides to expand the mandate/m);

  await notice.getByRole('button', { name: 'Open draft' }).click();
  await expect.poll(() => app.shellCalls.at(-1)).toEqual({ kind: 'open', path: written });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('closing the Word export dialog writes nothing and reports no error', async ({ page, app }) => {
  await openBrief(page);
  await page.getByRole('button', { name: 'Export Word draft…' }).click();
  await expect.poll(() => app.dialogs.shown.length).toBe(1);
  await expect(page.getByRole('button', { name: 'Export Word draft…' })).toBeEnabled();
  await expect(page.getByRole('group', { name: /^Exported/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
