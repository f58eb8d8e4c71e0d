/**
 * Saves PNG screenshots of the main screens into test-results/screens/ for a human to look at:
 * `npm run build && npx tsx test/e2e/browser/screenshot.ts`. Uses the same host as the tests.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createSamplePlan } from '../../../shared/plan/sample';
import {
  bindPlanner,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  createHostedPlanner,
  createHostFolders,
  emitEvent,
  removeHostFolders,
  startRendererServer,
} from './host-core';

const OUT = resolve(import.meta.dirname, '../../../test-results/screens');

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startRendererServer();
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // A recent list with one plan that exists and one that was deleted.
    const hosted = createHostedPlanner(folders);
    const existing = join(folders.docs, 'Karst Basin mandate.mplan');
    await writeFile(existing, `${JSON.stringify(createSamplePlan(), null, 2)}\n`);
    const gone = join(folders.docs, 'Old draft.mplan');
    await writeFile(gone, `${JSON.stringify(createSamplePlan(), null, 2)}\n`);
    hosted.dialogs.nextOpen = gone;
    await hosted.handlers.openWithDialog({});
    hosted.dialogs.nextOpen = existing;
    await hosted.handlers.openWithDialog({});
    await rm(gone);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindPlanner(page, () => hosted.handlers);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Recent plans' }).waitFor();
    await page.getByText('Karst Basin mandate.mplan').first().waitFor();
    await page.screenshot({ path: join(OUT, 'welcome.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: join(OUT, 'welcome-keyboard-focus.png'), clip: { x: 0, y: 0, width: 1280, height: 400 } });

    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    await page.getByRole('textbox', { name: 'Plan title' }).waitFor();
    await page.getByRole('textbox', { name: 'Author', exact: true }).fill('Amara Okafor (draft 2)');
    await page.getByRole('textbox', { name: 'Author', exact: true }).blur();
    await page.screenshot({ path: join(OUT, 'cover.png') });

    await page.getByRole('button', { name: 'Risks' }).click();
    await page.screenshot({ path: join(OUT, 'placeholder.png') });

    await page.getByRole('button', { name: 'Cover' }).click();
    await emitEvent(page, 'onCommand', { command: 'new' });
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: join(OUT, 'unsaved-prompt.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();

    const corrupt = join(folders.docs, 'broken.mplan');
    await writeFile(corrupt, '{"format": "mandate-planner/plan", "version": 1, "cover": {"title": "Half');
    hosted.dialogs.nextOpen = corrupt;
    await page.getByRole('button', { name: 'Close plan' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByRole('alert').waitFor();
    await page.screenshot({ path: join(OUT, 'open-error.png') });

    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}

await main();
