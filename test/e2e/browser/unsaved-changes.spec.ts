import { readFile } from 'node:fs/promises';
import { expect, test } from './host';
import { dirtyMarker, field, planHeading, prompt, typeInto, welcomeHeading } from './screens';

test.beforeEach(async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await typeInto(page, 'Plan title', 'Edited and unsaved');
  await expect(dirtyMarker(page)).toBeVisible();
});

test('Cancel on the unsaved-changes question keeps the edits', async ({ page }) => {
  await page.keyboard.press('Control+N');
  await expect(prompt(page)).toContainText('Save changes to “Edited and unsaved”?');
  await prompt(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt(page)).toHaveCount(0);
  await expect(field(page, 'Plan title')).toHaveValue('Edited and unsaved');
  await expect(dirtyMarker(page)).toBeVisible();
});

test('Escape answers Cancel and focus stays inside the question', async ({ page }) => {
  await page.keyboard.press('Control+N');
  const dialog = prompt(page);
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Discard changes' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(field(page, 'Plan title')).toHaveValue('Edited and unsaved');
});

test('Discard drops the edits and starts the new plan', async ({ page }) => {
  await page.keyboard.press('Control+N');
  await prompt(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(planHeading(page)).toHaveText('Untitled plan');
  await expect(dirtyMarker(page)).toHaveCount(0);
});

test('Save writes the plan first, then goes on to the new plan', async ({ page, app }) => {
  app.dialogs.nextSave = app.path('kept.mplan');
  await app.command('new');
  await prompt(page).getByRole('button', { name: 'Save' }).click();
  await expect(planHeading(page)).toHaveText('Untitled plan');
  expect(JSON.parse(await readFile(app.path('kept.mplan'), 'utf8')).cover.title).toBe('Edited and unsaved');
});

test('Save that is cancelled in the file dialog keeps the plan open', async ({ page, app }) => {
  await app.command('open-sample');
  await prompt(page).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => app.dialogs.shown.length).toBe(1);
  await expect(field(page, 'Plan title')).toHaveValue('Edited and unsaved');
  await expect(dirtyMarker(page)).toBeVisible();
});

test('closing the window asks first, and only lets it close once answered', async ({ page, app }) => {
  await app.command('close-requested');
  await prompt(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt(page)).toHaveCount(0);
  expect(app.closeConfirmations()).toBe(0);

  await app.command('close-requested');
  await prompt(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect.poll(() => app.closeConfirmations()).toBe(1);
});

test('closing the plan asks first and returns to the welcome screen', async ({ page }) => {
  await page.getByRole('button', { name: 'Close plan' }).click();
  await prompt(page).getByRole('button', { name: 'Discard changes' }).click();
  await expect(welcomeHeading(page)).toBeVisible();
});
