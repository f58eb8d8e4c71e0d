import { writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from '../test/e2e/browser/host-core';

const OUT = resolve(import.meta.dirname, 'shots');
await mkdir(OUT, { recursive: true });
const server = await startRendererServer();
const folders = await createHostFolders();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const hosted = createHostedPlanner(folders);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
await bindPlanner(page, () => hosted.handlers);
await page.goto(server.url);
await page.getByRole('button', { name: 'Open the sample plan' }).click();
await page.getByRole('button', { name: 'Risks', exact: true }).click();
const shot = (n: string) => page.screenshot({ path: join(OUT, `${n}.png`) });
// inline edit error
await page.getByRole('main').evaluate((m) => m.scrollTo(0, 520));
await page.locator('tr:has-text("R-003") td[data-column="likelihood"]').click();
await page.getByRole('textbox', { name: 'Likelihood of R-003' }).fill('7');
await page.keyboard.press('Enter');
await page.waitForTimeout(100);
await shot('edit-error');
await page.keyboard.press('Escape');
// bulk
await page.getByRole('checkbox', { name: 'Select R-003' }).check();
await page.getByRole('checkbox', { name: 'Select R-004' }).check();
await page.getByRole('button', { name: 'Likelihood 3, impact 4: 3 risks' }).click();
await page.getByRole('main').evaluate((m) => m.scrollTo(0, 520));
await page.waitForTimeout(100);
await shot('bulk-filter');
await page.getByRole('button', { name: 'Open R-008' }).click();
await page.waitForTimeout(150);
await shot('detail-top');
await page.getByRole('complementary').locator('.detail-body').evaluate((b) => b.scrollTo(0, 700));
await shot('detail-mid');
await page.getByRole('complementary').locator('.detail-body').evaluate((b) => b.scrollTo(0, 5000));
await shot('detail-end');
await page.getByRole('button', { name: 'Close the risk details' }).click();
await page.getByRole('main').evaluate((m) => m.scrollTo(0, 0));
await page.getByRole('button', { name: 'Add from catalogue' }).click();
await page.getByRole('button', { name: /^Add “If the mission has no means/ }).click();
await shot('catalogue');
await page.getByRole('button', { name: 'Done' }).click();
await page.getByRole('button', { name: 'Score bands…' }).click();
await page.getByRole('textbox', { name: 'Highest score of the high band' }).fill('11');
await shot('bands');
await page.getByRole('button', { name: 'Cancel' }).click();
const csv = join(folders.docs, 'bad.csv');
await writeFile(csv, ['Ref,Title,Category,Likelihood,Impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Treatment,Owner,Status,Next review',
  'R-101,"If the river ferries stop, then monitors cannot reach Dravny",operational,3,3,2,3,2,2,mitigate,Logistics,open,2027-01-10',
  'R-102,"If the curfew is extended, then night patrols stop",security,9,4,2,3,2,2,mitigate,Force commander,open,2027-02-30',
  'R-103,,security,3,4,2,3,2,2,defer,Force commander,open,2027-01-10'].join('\r\n'));
hosted.dialogs.nextOpen = csv;
await page.getByRole('button', { name: 'Import CSV…' }).click();
await page.getByRole('dialog').waitFor();
await shot('import');
await page.getByRole('button', { name: 'Cancel' }).click();
// empty register, new plan
await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
await page.getByRole('main').evaluate((m) => m.scrollTo(0, 1500));
await page.locator('tr:has-text("Evacuation planning") td[data-column="gapNote"]').click();
await page.waitForTimeout(100);
await shot('caps-longtext');
await page.keyboard.press('Escape');
await page.getByRole('region', { name: 'Training', exact: true }).getByRole('button', { name: 'Add from catalogue' }).click();
await shot('caps-catalogue');
await browser.close();
await server.close();
await removeHostFolders(folders);
