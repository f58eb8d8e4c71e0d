import { mkdir, writeFile } from 'node:fs/promises';
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
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await bindPlanner(page, () => hosted.handlers);
await page.goto(server.url);
await page.getByRole('button', { name: 'Open the sample plan' }).click();
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'risks') {
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await page.getByRole('main').evaluate((m) => m.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'risks.png') });
  await page.screenshot({ path: join(OUT, 'risks-full.png'), fullPage: false });
  await page.getByRole('main').evaluate((m) => m.scrollTo(0, 10000));
  await page.screenshot({ path: join(OUT, 'risks-scrolled.png') });
  await page.getByRole('button', { name: 'Open R-001' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(OUT, 'risks-detail.png') });
}
if (which === 'all' || which === 'caps') {
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await page.getByRole('main').evaluate((m) => m.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'caps.png') });
  await page.getByRole('main').evaluate((m) => m.scrollTo(0, 700));
  await page.screenshot({ path: join(OUT, 'caps-2.png') });
}
await browser.close();
await server.close();
await removeHostFolders(folders);
void writeFile;
