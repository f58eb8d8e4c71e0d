import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, field, prompt, typeInto } from './screens';

const CHANGED = 'This file was changed by someone else since you opened it';

/** Saves the sample to shared.mplan, then a colleague rewrites the file with another author. */
async function savedThenChangedElsewhere(page: Page, app: PlannerApp): Promise<string> {
  const path = app.path('shared.mplan');
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = path;
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('banner')).toContainText(path);

  const theirs = JSON.parse(await readFile(path, 'utf8'));
  theirs.cover.author = 'A colleague';
  await writeFile(path, `${JSON.stringify(theirs, null, 2)}\n`);
  // Make sure the change is visible even on file systems with coarse timestamps.
  const later = new Date((await stat(path)).mtimeMs + 5000);
  await utimes(path, later, later);

  await typeInto(page, 'Plan title', 'My version');
  return path;
}

test('warns before saving over a file someone else changed, and Overwrite writes ours', async ({ page, app }) => {
  const path = await savedThenChangedElsewhere(page, app);
  await page.keyboard.press('Control+S');
  await expect(prompt(page)).toContainText(CHANGED);
  await prompt(page).getByRole('button', { name: 'Overwrite' }).click();
  await expect(dirtyMarker(page)).toHaveCount(0);

  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  expect(onDisk.cover.title).toBe('My version');
  expect(onDisk.cover.author).toBe(createSamplePlan().cover.author);
});

test('Cancel leaves the other person’s file as they wrote it', async ({ page, app }) => {
  const path = await savedThenChangedElsewhere(page, app);
  const before = await readFile(path, 'utf8');
  await page.keyboard.press('Control+S');
  await prompt(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dirtyMarker(page)).toBeVisible();
  expect(await readFile(path, 'utf8')).toBe(before);
});

test('Reload shows their version instead of ours', async ({ page, app }) => {
  await savedThenChangedElsewhere(page, app);
  await page.keyboard.press('Control+S');
  await prompt(page).getByRole('button', { name: 'Reload from disk' }).click();
  await expect(field(page, 'Author')).toHaveValue('A colleague');
  await expect(field(page, 'Plan title')).toHaveValue(createSamplePlan().cover.title);
  await expect(dirtyMarker(page)).toHaveCount(0);
});

test('Save as copy keeps both versions', async ({ page, app }) => {
  const path = await savedThenChangedElsewhere(page, app);
  const copy = app.path('my-copy.mplan');
  app.dialogs.nextSave = copy;
  await page.keyboard.press('Control+S');
  await prompt(page).getByRole('button', { name: 'Save as copy…' }).click();
  await expect(page.getByRole('banner')).toContainText(copy);
  expect(JSON.parse(await readFile(copy, 'utf8')).cover.title).toBe('My version');
  expect(JSON.parse(await readFile(path, 'utf8')).cover.author).toBe('A colleague');
});
