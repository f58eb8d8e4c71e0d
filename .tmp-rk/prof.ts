import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from '../test/e2e/browser/host-core';
import { planWithRisks } from '../test/bench/_large-plan';

const server = await startRendererServer();
const folders = await createHostFolders();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const hosted = createHostedPlanner(folders);
const file = join(folders.docs, 'bench.mplan');
await writeFile(file, JSON.stringify(planWithRisks(5000)));
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await bindPlanner(page, () => hosted.handlers);
await page.goto(server.url);
hosted.dialogs.nextOpen = file;
await page.getByRole('button', { name: 'Open…' }).click();
await page.getByRole('textbox', { name: 'Plan title' }).waitFor();
await page.getByRole('button', { name: 'Risks', exact: true }).click();
await page.locator('tbody [data-column="ref"]').first().waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
const sortButton = page.locator('th', { hasText: 'Inherent' }).locator('button');
for (let i = 0; i < 12; i++) {
  await sortButton.click();
  await page.waitForTimeout(30);
}
const after = await metrics();
for (const k of ['LayoutCount', 'LayoutDuration', 'RecalcStyleCount', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration', 'Nodes']) console.log(k, ((after[k] ?? 0) - (before[k] ?? 0)).toFixed(3), 'total', after[k]);
await browser.close();
await server.close();
await removeHostFolders(folders);
