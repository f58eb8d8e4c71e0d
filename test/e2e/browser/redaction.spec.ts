import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import type { Page } from './host';

const run = promisify(execFile);
const sample = createSamplePlan();
/** Every evidence source of the sample: a redacted brief prints none of them. */
const SOURCES = sample.situation.riskFactors.flatMap((f) => f.evidence.map((e) => e.source)).filter(Boolean);

async function exportPdf(page: Page, app: { path(name: string): string; dialogs: { nextSave: string | null } }, name: string): Promise<string> {
  app.dialogs.nextSave = app.path(name);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('group', { name: `Exported “${name}”` })).toBeVisible({ timeout: 60_000 });
  const { stdout } = await run('pdftotext', [app.path(name), '-']);
  // Lines wrap where the page does: compare text with its spaces and line breaks made single spaces.
  return stdout.replace(/[^\S\f]+/g, ' ');
}

test('a redacted brief marks every page and prints none of the sample’s sources, names or fields marked in the risk detail and the wizard', async ({ page, app }) => {
  expect(SOURCES.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  const areas = page.getByRole('navigation', { name: 'Plan areas' });

  // Mark the first risk's cause sensitive in its detail panel.
  await areas.getByRole('button', { name: 'Risks' }).click();
  const first = sample.risks.items[0]!;
  await page.getByRole('button', { name: `Open ${first.ref}`, exact: true }).click();
  await page.getByRole('checkbox', { name: `Cause of ${first.ref} is sensitive` }).check();

  // Mark the first evidence entry's text sensitive in the wizard; one tick is one undo step.
  const evidence = sample.situation.riskFactors.find((f) => f.evidence.length > 0)!;
  const observed = evidence.evidence[0]!.text;
  await areas.getByRole('button', { name: 'Situation & mandate' }).click();
  await page.getByRole('tab', { name: /Risk factors/ }).click();
  await page.getByRole('button', { name: /Triggering factors/ }).click();
  const tick = page.getByRole('checkbox', { name: /^Evidence 1 of factor 8\. .* is sensitive$/ });
  await tick.check();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tick).not.toBeChecked();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(tick).toBeChecked();

  await areas.getByRole('button', { name: 'Brief' }).click();
  const full = await exportPdf(page, app, 'full.pdf');
  for (const source of SOURCES) expect(full).toContain(source);
  expect(full).toContain(observed.slice(0, 40));
  expect(full).toContain(sample.cover.author);

  await page.getByRole('checkbox', { name: 'Redacted copy' }).check();
  const redacted = await exportPdf(page, app, 'redacted.pdf');
  const pages = redacted.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(5);
  for (const text of pages) expect(text).toContain('REDACTED COPY');
  for (const source of SOURCES) expect(redacted).not.toContain(source);
  expect(redacted).not.toContain(sample.cover.author);
  expect(redacted).not.toContain(first.cause.slice(0, 40));
  expect(redacted).not.toContain(observed.slice(0, 40));
  expect(redacted).not.toContain('Local radio in');
  expect(redacted).toContain('Withheld from this redacted copy');
});
