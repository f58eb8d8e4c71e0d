import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { renderBrief } from '../../../electron/services/pdf/export-brief';
import { BRIEF_SECTIONS } from '../../../shared/plan/schema';
import type { BriefSection } from '../../../shared/plan/schema';
import { createSamplePlan } from '../../../shared/plan/sample';
import { localDay } from '../../../shared/risks/scoring';
import { serializePlan } from '../../../shared/plan/validate';
import { planWithRisks } from '../../bench/_large-plan';
import { expect, test } from './host';
import type { Page } from './host';
import { dirtyMarker } from './screens';

const run = promisify(execFile);
const A4_RATIO = 841.89 / 595.28;
const LETTER_RATIO = 792 / 612;

/** How many pages the real renderer gives the sample plan, dated today as the app does. */
async function samplePageCount(paper: 'A4' | 'Letter', sections: readonly BriefSection[] = BRIEF_SECTIONS): Promise<number> {
  const pdf = await renderBrief(createSamplePlan(), { generatedAt: localDay(new Date()), paper, sections: [...sections] });
  return pdf.pageCount;
}

const previewPages = (page: Page) => page.getByRole('list', { name: 'Pages of the brief' }).getByRole('listitem');
/** A page drawn as an image (pages far from view stay blank sheets until scrolled to). */
const drawnPage = (page: Page, n: number, of: number) => page.locator(`.brief-pages img[alt="Page ${n} of ${of}"]`);
const previewStatus = (page: Page) => page.getByTestId('preview-status');

/** Each drawn preview page's height/width and the share of its pixels that are not white. */
function inspectPages(page: Page) {
  return page.evaluate(() => {
    const images = [...document.querySelectorAll<HTMLImageElement>('.brief-pages img')];
    return images.map((img) => {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
      return { ratio: img.naturalHeight / img.naturalWidth, inked: inked / (data.length / 4), complete: img.complete && img.naturalWidth > 0 };
    });
  });
}

async function openBrief(page: Page) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Brief' }).click();
  await expect(page.getByRole('heading', { name: 'Brief', level: 2 })).toBeVisible();
}

test('the preview shows every page of the sample brief and follows the paper size and the chosen sections', async ({ page, app }) => {
  void app;
  const withoutAnnex = BRIEF_SECTIONS.filter((s) => s !== 'annex');
  const a4Pages = await samplePageCount('A4');
  const letterPages = await samplePageCount('Letter');
  const letterPagesWithoutAnnex = await samplePageCount('Letter', withoutAnnex);
  expect(letterPagesWithoutAnnex).toBeLessThan(letterPages);

  await openBrief(page);
  await expect(previewStatus(page)).toHaveText(`${a4Pages} pages`, { timeout: 30_000 });
  await expect(previewPages(page)).toHaveCount(a4Pages);
  await expect(drawnPage(page, 1, a4Pages)).toBeVisible();
  const a4 = await inspectPages(page);
  expect(a4.length).toBeGreaterThan(0);
  expect(a4.length).toBeLessThan(a4Pages);
  expect(a4.every((p) => p.complete && Math.abs(p.ratio - A4_RATIO) < 0.01)).toBe(true);
  // Every page carries at least its marking, header and footer; the cover carries much more.
  expect(Math.min(...a4.map((p) => p.inked))).toBeGreaterThan(0.002);

  // Pages are drawn as they scroll into view.
  await previewPages(page).last().scrollIntoViewIfNeeded();
  await expect(drawnPage(page, a4Pages, a4Pages)).toBeVisible({ timeout: 30_000 });
  expect(Math.min(...(await inspectPages(page)).map((p) => p.inked))).toBeGreaterThan(0.002);

  await page.getByRole('radio', { name: /Letter/ }).check();
  await expect(dirtyMarker(page)).toBeVisible();
  await expect(previewStatus(page)).toHaveText(`${letterPages} pages`, { timeout: 30_000 });
  await expect(previewPages(page)).toHaveCount(letterPages);
  const letter = await inspectPages(page);
  expect(letter.length).toBeGreaterThan(0);
  expect(letter.every((p) => Math.abs(p.ratio - LETTER_RATIO) < 0.01)).toBe(true);

  await page.getByRole('checkbox', { name: /Annex A — Risk details/ }).uncheck();
  await expect(previewStatus(page)).toHaveText(`${letterPagesWithoutAnnex} pages`, { timeout: 30_000 });
  await expect(previewPages(page)).toHaveCount(letterPagesWithoutAnnex);

  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('checkbox', { name: /Annex A — Risk details/ })).toBeChecked();
  await expect(previewStatus(page)).toHaveText(`${letterPages} pages`, { timeout: 30_000 });
  await expect(previewPages(page)).toHaveCount(letterPages);
});

test('the preview still draws the brief where the PDF worker cannot start', async ({ page, app }) => {
  void app;
  // A file:// window may refuse module workers; the preview then parses the PDF on the page itself.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', {
      value: class {
        constructor() {
          throw new DOMException('Workers are not allowed here.', 'SecurityError');
        }
      },
    });
  });
  await page.reload();
  await openBrief(page);
  await expect(previewStatus(page)).toHaveText(/^\d+ pages$/, { timeout: 30_000 });
  const drawn = await inspectPages(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(Math.min(...drawn.map((p) => p.inked))).toBeGreaterThan(0.002);
});

test('exports the brief as a Letter PDF where the planner chooses, then shows it in its folder or opens it', async ({ page, app }) => {
  await openBrief(page);
  await expect(previewStatus(page)).toHaveText(/^\d+ pages$/, { timeout: 30_000 });
  await page.getByRole('radio', { name: /Letter/ }).check();

  const target = app.path('veloria-brief.pdf');
  app.dialogs.nextSave = target;
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const notice = page.getByRole('group', { name: 'Exported “veloria-brief.pdf”' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', title: 'Export brief as PDF' });

  const bytes = await readFile(target);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { stdout: info } = await run('pdfinfo', [target]);
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  await expect(previewStatus(page)).toHaveText(`${pages} pages`, { timeout: 30_000 });
  await expect(notice).toContainText(`${pages} pages`);

  await notice.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.shellCalls).toEqual([{ kind: 'show', path: target }]);
  await notice.getByRole('button', { name: 'Open PDF' }).click();
  await expect.poll(() => app.shellCalls.at(-1)).toEqual({ kind: 'open', path: target });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the brief options are saved with the plan: marking, distribution, sections and draft marking', async ({ page, app }) => {
  await openBrief(page);
  const marking = page.getByRole('textbox', { name: 'Classification marking' });
  await marking.fill('');
  await expect(marking).toHaveAttribute('placeholder', createSamplePlan().cover.classification);
  await marking.fill('CONFIDENTIAL — PLANNING CELL ONLY');
  await marking.blur();

  await page.getByRole('button', { name: 'Remove recipient 2 (Force commander (designate))' }).click();
  await page.getByRole('button', { name: 'Add recipient' }).click();
  await expect(page.getByRole('textbox', { name: 'Recipient 3' })).toBeFocused();
  await page.keyboard.type('Office of the Special Adviser');
  await page.getByRole('checkbox', { name: /Contents/ }).uncheck();
  await expect(page.getByText('Mandate not ready.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Mark every page DRAFT/ }).uncheck();

  app.dialogs.nextSave = app.path('veloria.mplan');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  const saved = JSON.parse(await readFile(app.path('veloria.mplan'), 'utf8'));
  expect(saved.brief).toEqual({
    paper: 'A4',
    classification: 'CONFIDENTIAL — PLANNING CELL ONLY',
    distribution: ['Head of planning', 'Political affairs division', 'Office of the Special Adviser'],
    sections: BRIEF_SECTIONS.filter((s) => s !== 'contents'),
    draftWatermark: false,
  });
});

test('a large plan exported from the Brief area with the full register has the very bytes the CLI writes', async ({ page, app }) => {
  test.setTimeout(240_000);
  const plan = planWithRisks(600);
  await writeFile(app.path('long.mplan'), serializePlan(plan));
  app.dialogs.nextOpen = app.path('long.mplan');
  await page.keyboard.press('Control+O');
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Brief' }).click();
  const full = page.getByRole('checkbox', { name: 'Full register' });
  await expect(page.getByText(/at most 50: here 50, leaving out 550/)).toBeVisible();
  await full.check();
  await expect(page.getByText(/Every risk, closed ones too, in the register and Annex A \(600 risks\)/)).toBeVisible();

  const target = app.path('app.pdf');
  app.dialogs.nextSave = target;
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('group', { name: 'Exported “app.pdf”' })).toBeVisible({ timeout: 180_000 });

  // The app dates the brief today; the plan file does not hold the option, the flag gives it.
  const cli = app.path('cli.pdf');
  await run(process.execPath, ['bin/mandate-planner.js', 'export', app.path('long.mplan'), '-o', cli, '--date', localDay(new Date()), '--full-register']);
  const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
  expect(await sha(target)).toBe(await sha(cli));
  const { stdout } = await run('pdftotext', [target, '-']);
  expect(stdout).toContain('R-0600');
});

test('closing the export dialog writes nothing and reports no error', async ({ page, app }) => {
  await openBrief(page);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect.poll(() => app.dialogs.shown.length).toBe(1);
  await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeEnabled();
  await expect(page.getByRole('group', { name: /^Exported/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the Brief area has no serious accessibility problems, with the preview drawn and after an export', async ({ page, app }) => {
  await openBrief(page);
  await expect(previewStatus(page)).toHaveText(/^\d+ pages$/, { timeout: 30_000 });
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = (result: Awaited<ReturnType<typeof axe>>) =>
    result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious(await axe())).toEqual([]);

  app.dialogs.nextSave = app.path('brief.pdf');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('group', { name: 'Exported “brief.pdf”' })).toBeVisible({ timeout: 30_000 });
  expect(serious(await axe())).toEqual([]);
});

test('names the fields whose characters no font of the brief has, after exporting it anyway', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('textbox', { name: 'Plan title' }).fill('Flood 🌊 response — خطة حلب');
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Brief' }).click();
  app.dialogs.nextSave = app.path('boxes.pdf');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const notice = page.getByRole('group', { name: 'Exported “boxes.pdf”' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const boxes = notice.getByRole('note');
  await expect(boxes).toContainText('print as empty boxes');
  // The emoji is named; the Arabic, which the brief prints, is not.
  await expect(boxes.getByRole('listitem')).toHaveText(['cover, title: “🌊” (U+1F30A)']);
});
