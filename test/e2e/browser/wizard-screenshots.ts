/**
 * Screenshots of every wizard step with the sample plan, for a human to look at:
 * `npm run build && npx tsx test/e2e/browser/wizard-screenshots.ts` → test-results/screens/wizard-*.png.
 * Each step is shot at the window size the tests use, and once more at full height.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from './host-core';

const OUT = resolve(import.meta.dirname, '../../../test-results/screens');
const STEPS = [
  ['situation', 'Situation'],
  ['risk-factors', 'Risk factors'],
  ['mission', 'Mission design'],
  ['clauses', 'Clauses'],
  ['review', 'Review'],
] as const;

/** Grows the window to the height of the scrolled content, so one image shows the whole step. */
async function fullHeight(page: Page, name: string) {
  const height = await page.evaluate(() => {
    const content = document.querySelector('.content');
    return content ? content.scrollHeight + (content.getBoundingClientRect().top || 0) : document.body.scrollHeight;
  });
  await page.setViewportSize({ width: 1280, height: Math.min(Math.ceil(height) + 20, 6000) });
  await page.screenshot({ path: join(OUT, `${name}-full.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startRendererServer();
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const hosted = createHostedPlanner(folders);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindPlanner(page, () => hosted.handlers);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
    for (const [id, label] of STEPS) {
      await page.getByRole('tab', { name: new RegExp(label) }).click();
      await page.getByRole('heading', { level: 3, name: label }).waitFor();
      if (id === 'risk-factors') await page.getByRole('button', { name: /Triggering factors/ }).click();
      if (id === 'clauses') await page.getByRole('button', { name: 'Edit OP 3' }).click();
      await page.screenshot({ path: join(OUT, `wizard-${id}.png`) });
      await fullHeight(page, `wizard-${id}`);
    }
    await page.getByRole('tab', { name: /Clauses/ }).click();
    await page.getByRole('button', { name: 'Clause library' }).click();
    await page.screenshot({ path: join(OUT, 'wizard-clause-library.png') });

    // A new plan: what a planner meets before answering anything.
    await page.getByRole('button', { name: 'Close plan' }).click();
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
    for (const [id, label] of [STEPS[0], STEPS[3], STEPS[4]]) {
      await page.getByRole('tab', { name: new RegExp(label) }).click();
      await page.getByRole('heading', { level: 3, name: label }).waitFor();
      await page.screenshot({ path: join(OUT, `wizard-new-${id}.png`) });
    }
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}

await main();
