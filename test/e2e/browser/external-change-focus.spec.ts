import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, field, prompt } from './screens';

const CHANGED = 'This file was changed by someone else since you opened it';

/** The sample saved as shared.mplan and left open, unchanged. */
async function openShared(page: Page, app: PlannerApp): Promise<string> {
  const path = app.path('shared.mplan');
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = path;
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(path);
  return path;
}

/** A colleague saves the shared file with another author while the planner is in another window. */
async function colleagueChanges(path: string) {
  const theirs = JSON.parse(await readFile(path, 'utf8'));
  theirs.cover.author = 'A colleague';
  await writeFile(path, `${JSON.stringify(theirs, null, 2)}\n`);
  const later = new Date((await stat(path)).mtimeMs + 5000);
  await utimes(path, later, later);
}

/** The planner switches back to Mandate Planner. */
const returnToWindow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test('coming back to the window after a colleague saved the file offers their version', async ({ page, app }) => {
  const path = await openShared(page, app);
  await colleagueChanges(path);
  await returnToWindow(page);
  await expect(prompt(page)).toContainText(CHANGED);
  await prompt(page).getByRole('button', { name: 'Reload from disk' }).click();
  await expect(field(page, 'Author')).toHaveValue('A colleague');
  await expect(dirtyMarker(page)).toHaveCount(0);
});

test('nothing is asked when the file was not changed', async ({ page, app }) => {
  await openShared(page, app);
  await returnToWindow(page);
  await field(page, 'Author').fill('Still mine');
  await expect(prompt(page)).toHaveCount(0);
  await expect(field(page, 'Author')).toHaveValue('Still mine');
});

test('after Cancel the planner is not asked again on every return, but saving still warns', async ({ page, app }) => {
  const path = await openShared(page, app);
  await field(page, 'Plan title').fill('My version');
  await colleagueChanges(path);
  await returnToWindow(page);
  await prompt(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt(page)).toHaveCount(0);
  await returnToWindow(page);
  await page.waitForTimeout(300);
  await expect(prompt(page)).toHaveCount(0);
  await expect(field(page, 'Plan title')).toHaveValue('My version');

  await page.keyboard.press('Control+S');
  await expect(prompt(page)).toContainText(CHANGED);
  await prompt(page).getByRole('button', { name: 'Overwrite' }).click();
  await expect(dirtyMarker(page)).toHaveCount(0);
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  expect(onDisk.cover.title).toBe('My version');
  expect(onDisk.cover.author).toBe(createSamplePlan().cover.author);
});
