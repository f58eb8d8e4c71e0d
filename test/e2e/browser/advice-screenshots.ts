/**
 * Screenshots of the advice panel for three invented situations (regime as perpetrator,
 * cross-border raids, election violence), for a planner to read:
 * `npm run build && npx tsx test/e2e/browser/advice-screenshots.ts` → test-results/screens/advice-*.png.
 * Each wizard step is shot at full height so the whole panel shows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serializePlan } from '../../../shared/plan/validate';
import { SCENARIOS } from '../../fixtures/scenarios';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from './host-core';

const OUT = resolve(import.meta.dirname, '../../../test-results/screens');
const STEPS = ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review'] as const;

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startRendererServer();
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [name, make] of Object.entries(SCENARIOS)) {
      const hosted = createHostedPlanner(folders);
      const file = join(folders.docs, `${name}.mplan`);
      await writeFile(file, serializePlan(make()));
      hosted.dialogs.nextOpen = file;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await bindPlanner(page, () => hosted.handlers);
      await page.goto(server.url);
      await page.getByRole('button', { name: 'New plan' }).waitFor();
      await page.keyboard.press('Control+O');
      await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
      await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
      for (const label of STEPS) {
        await page.getByRole('tab', { name: new RegExp(label) }).click();
        await page.getByRole('heading', { level: 3, name: label }).waitFor();
        // The content pane scrolls on its own: grow the window to the whole panel (or step).
        const height = await page.evaluate(() => {
          const content = document.querySelector('.content');
          const panel = document.querySelector('.wz-advice-panel');
          // The panel scrolls inside a window-high box: make the window as tall as its content too.
          return Math.max(content ? content.scrollHeight + content.getBoundingClientRect().top : 800, panel ? panel.scrollHeight + 240 : 0);
        });
        await page.setViewportSize({ width: 1280, height: Math.min(Math.ceil(height) + 40, 5000) });
        const shot = `advice-${name}-${label.toLowerCase().replace(/ /g, '-')}`;
        await page.screenshot({ path: join(OUT, `${shot}.png`) });
        // The panel alone, in readable pieces.
        const box = await page.locator('.wz-advice-panel').boundingBox();
        const bottom = Math.min(box ? box.y + box.height : 0, page.viewportSize()!.height);
        for (let y = box?.y ?? bottom, part = 1; box && y < bottom - 1; y += 900, part++) {
          await page.screenshot({ path: join(OUT, `${shot}-panel-${part}.png`), clip: { x: box.x, y, width: box.width, height: Math.min(900, bottom - y) } });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}

await main();
