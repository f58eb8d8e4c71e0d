import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import { dirtyMarker, field, typeInto } from './screens';

const sample = createSamplePlan();

test.beforeEach(async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(field(page, 'Author')).toHaveValue(sample.cover.author);
});

test('undo takes back a whole typing run in one step and leaves the plan clean', async ({ page }) => {
  await typeInto(page, 'Author', 'Jonas Weber');
  await expect(dirtyMarker(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo edit author' })).toBeEnabled();

  await page.keyboard.press('Control+Z');
  await expect(field(page, 'Author')).toHaveValue(sample.cover.author);
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redo edit author' })).toBeEnabled();
});

test('redo with Ctrl+Y and Ctrl+Shift+Z brings typing back in order', async ({ page }) => {
  await typeInto(page, 'Plan title', 'Veloria plan');
  await typeInto(page, 'Author', 'Jonas Weber');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(field(page, 'Plan title')).toHaveValue(sample.cover.title);
  await expect(field(page, 'Author')).toHaveValue(sample.cover.author);

  await page.keyboard.press('Control+Y');
  await expect(field(page, 'Plan title')).toHaveValue('Veloria plan');
  await expect(field(page, 'Author')).toHaveValue(sample.cover.author);
  await page.keyboard.press('Control+Shift+Z');
  await expect(field(page, 'Author')).toHaveValue('Jonas Weber');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await expect(dirtyMarker(page)).toBeVisible();
});

test('Ctrl+Z inside a text field undoes the document, not just the field', async ({ page }) => {
  await typeInto(page, 'Plan title', 'First');
  const author = field(page, 'Author');
  await author.click();
  await author.press('Control+A');
  await author.pressSequentially('Typed here');
  await author.press('Control+Z');
  await expect(author).toHaveValue(sample.cover.author);
  await author.press('Control+Z');
  await expect(field(page, 'Plan title')).toHaveValue(sample.cover.title);
  await expect(dirtyMarker(page)).toHaveCount(0);
});

test('leaving a field and coming back starts a new undo step', async ({ page }) => {
  await typeInto(page, 'Organisation', 'DPPA');
  await typeInto(page, 'Organisation', ' planning cell', { replace: false });
  await expect(field(page, 'Organisation')).toHaveValue('DPPA planning cell');
  await page.getByRole('button', { name: 'Undo edit organisation' }).click();
  await expect(field(page, 'Organisation')).toHaveValue('DPPA');
});

test('the undo and redo menu commands work like the keys', async ({ page, app }) => {
  await page.getByRole('combobox', { name: 'Classification marking' }).selectOption('UNCLASSIFIED');
  await app.command('undo');
  await expect(page.getByRole('combobox', { name: 'Classification marking' })).toHaveValue(sample.cover.classification);
  await app.command('redo');
  await expect(page.getByRole('combobox', { name: 'Classification marking' })).toHaveValue('UNCLASSIFIED');
});
