/**
 * Every screen of the app with the sample plan, at 1280 × 800 and at 1024 × 700, for a human to
 * compare before and after a layout change:
 * `npm run build && npx tsx test/e2e/browser/layout-screenshots.ts [folder]` (default
 * test-results/screens/layout). The clock is fixed so dates look the same each run.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from './host-core';

type HostFolders = Awaited<ReturnType<typeof createHostFolders>>;

const OUT = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../test-results/screens/layout'));
const WINDOWS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];
const STEPS = ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review'] as const;

async function shoot(browser: Browser, url: string, folders: HostFolders, size: (typeof WINDOWS)[number]) {
  const hosted = createHostedPlanner(folders);
  const page: Page = await browser.newPage({ viewport: size });
  const shot = (name: string) => page.screenshot({ path: join(OUT, `${size.width}-${name}.png`) });
  const top = () => page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
  // A scrolled register draws the rows now in view on the next frames.
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  try {
    await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
    await bindPlanner(page, () => hosted.handlers);
    await page.goto(url);
    await page.getByRole('button', { name: 'Open the sample plan' }).waitFor();
    await shot('welcome');
    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    await page.getByRole('textbox', { name: 'Plan title' }).waitFor();
    await shot('cover');
    const nav = page.getByRole('navigation', { name: 'Plan areas' });
    await nav.getByRole('button', { name: 'Situation & mandate' }).click();
    for (const [i, label] of STEPS.entries()) {
      await page.getByRole('tab', { name: new RegExp(label) }).click();
      await page.getByRole('heading', { level: 3, name: label }).waitFor();
      await top();
      await shot(`wizard-${i + 1}-${label.toLowerCase().replace(/ /g, '-')}`);
    }
    await page.getByRole('tab', { name: /Clauses/ }).click();
    await page.getByRole('button', { name: 'Clause library' }).click();
    await shot('wizard-clause-library');
    await nav.getByRole('button', { name: 'Capabilities', exact: true }).click();
    await page.getByRole('heading', { name: 'Overall readiness' }).waitFor();
    await top();
    await shot('capabilities');
    await page.getByRole('grid').first().scrollIntoViewIfNeeded();
    await settle();
    await shot('capabilities-table');
    await nav.getByRole('button', { name: 'Risks', exact: true }).click();
    await page.getByRole('button', { name: 'Open R-008' }).waitFor();
    await top();
    await shot('risks');
    await page.getByRole('button', { name: 'Open R-008' }).scrollIntoViewIfNeeded();
    await settle();
    await shot('risks-register');
    await page.getByRole('button', { name: 'Open R-008' }).click();
    await page.getByRole('complementary').waitFor();
    await shot('risks-detail');
    await nav.getByRole('button', { name: 'Brief', exact: true }).click();
    await top();
    await page.getByText(/^\d+ pages?$/).first().waitFor({ timeout: 20_000 });
    await shot('brief');
  } finally {
    await page.close();
  }
}

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

await main();
