/**
 * Screenshots of the Capabilities and Risks areas with the sample plan, for a human to look at:
 * `npm run build && npx tsx test/e2e/browser/risks-screenshots.ts` → test-results/screens/risks-*.png
 * and checklists-*.png, at 1280 × 800 and again in a small window (1024 × 700, `-small` names).
 * The clock is fixed so due dates and overdue reviews look the same each run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from './host-core';

type HostFolders = Awaited<ReturnType<typeof createHostFolders>>;

const OUT = resolve(import.meta.dirname, '../../../test-results/screens');
const scrollMain = (page: Page, y: number) => page.getByRole('main').evaluate((main, top) => main.scrollTo(0, top), y);

const WINDOWS = [
  { width: 1280, height: 800, suffix: '' },
  { width: 1024, height: 700, suffix: '-small' },
];

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startRendererServer();
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const size of WINDOWS) await shoot(browser, server.url, folders, size);
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}

async function shoot(browser: Browser, url: string, folders: HostFolders, size: (typeof WINDOWS)[number]) {
  const hosted = createHostedPlanner(folders);
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  try {
    await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
    await bindPlanner(page, () => hosted.handlers);
    await page.goto(url);
    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}${size.suffix}.png`) });

    await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
    await page.getByRole('heading', { name: 'Overall readiness' }).waitFor();
    await shot('checklists');
    await page.getByRole('grid', { name: 'Surveillance and early warning checklist' }).scrollIntoViewIfNeeded();
    await shot('checklists-table');
    await page.locator('tr:has-text("Rules of engagement") td[data-column="status"]').click();
    await shot('checklists-editing');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Edit the details of “Sarvan-language/ }).click();
    await shot('checklists-edit-details');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^R-003/ }).click();
    await page.getByRole('complementary').waitFor();
    await shot('risks-from-checklist');
    await page.getByRole('button', { name: 'Close the risk details' }).click();

    await page.getByRole('button', { name: 'Risks', exact: true }).click();
    await scrollMain(page, 0);
    await shot('risks');
    await page.getByRole('button', { name: 'Likelihood 3, impact 4: 3 risks' }).click();
    await page.getByRole('checkbox', { name: 'Select R-006' }).check();
    await scrollMain(page, 520);
    await page.locator('tr:has-text("R-008") td[data-column="likelihood"]').click();
    await page.getByRole('textbox', { name: 'Likelihood of R-008' }).fill('7');
    await page.keyboard.press('Enter');
    await shot('risks-register');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open R-008' }).click();
    await shot('risks-detail');
    // A status message while the panel is open: both must stay readable.
    await page.getByRole('complementary').getByRole('combobox', { name: 'Status' }).selectOption('monitoring');
    hosted.dialogs.nextSave = join(folders.docs, `register${size.suffix}.csv`);
    // The panel covers the toolbar; the export is started as a menu command would.
    await page.getByRole('button', { name: 'Export CSV…' }).dispatchEvent('click');
    await page.getByText(/^Exported /).waitFor();
    await shot('risks-detail-status');

    await page.getByRole('button', { name: 'Close the risk details' }).click();
    const csv = join(folders.docs, 'field-office.csv');
    await writeFile(
      csv,
      [
        'Ref,Title,Category,Likelihood,Impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Treatment,Owner,Status,Next review',
        'R-101,"If the river ferries stop, then monitors cannot reach Dravny",operational,3,3,2,3,2,2,mitigate,Logistics,open,2027-01-10',
        'R-102,"If the curfew is extended, then night patrols stop",security,9,4,2,3,2,2,mitigate,Force commander,open,2027-02-30',
      ].join('\r\n'),
    );
    hosted.dialogs.nextOpen = csv;
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await page.getByRole('dialog').waitFor();
    await shot('risks-import');
  } finally {
    await page.close();
  }
}

await main();
