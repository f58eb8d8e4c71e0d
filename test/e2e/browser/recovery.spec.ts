import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, field, typeInto } from './screens';

const recoveryFiles = (app: PlannerApp) => readdir(join(app.folders.data, 'recovery')).catch(() => [] as string[]);

/** Unsaved typing in a saved plan, copied aside when the window loses focus. */
async function unsavedWorkCopiedAside(page: Page, app: PlannerApp) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = app.path('veloria.mplan');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('banner')).toContainText(app.path('veloria.mplan'));
  await typeInto(page, 'Author', 'Written before the crash');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect.poll(() => recoveryFiles(app)).toHaveLength(1);
}

test('unsaved work is offered back after a crash and restored as unsaved', async ({ page, app }) => {
  await unsavedWorkCopiedAside(page, app);
  await app.restart();

  const offer = page.getByRole('region', { name: 'Unsaved work was recovered' });
  await expect(offer).toContainText('Preventive mandate proposal for the Karst Basin');
  await offer.getByRole('button', { name: /^Restore/ }).click();
  await expect(field(page, 'Author')).toHaveValue('Written before the crash');
  await expect(dirtyMarker(page)).toBeVisible();

  app.dialogs.nextSave = null;
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect.poll(() => recoveryFiles(app)).toHaveLength(0);
});

test('a recovery copy can be discarded', async ({ page, app }) => {
  await unsavedWorkCopiedAside(page, app);
  await app.restart();
  const offer = page.getByRole('region', { name: 'Unsaved work was recovered' });
  await offer.getByRole('button', { name: /^Discard/ }).click();
  await expect(offer).toHaveCount(0);
  await expect.poll(() => recoveryFiles(app)).toHaveLength(0);
});

test('saving removes the recovery copy', async ({ page, app }) => {
  await unsavedWorkCopiedAside(page, app);
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect.poll(() => recoveryFiles(app)).toHaveLength(0);
});
