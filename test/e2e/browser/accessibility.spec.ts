import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './host';
import type { Page } from './host';
import { field } from './screens';

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);

test('the welcome screen has no automatically detectable accessibility problems', async ({ page, app }) => {
  void app;
  const result = await axe(page).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the cover form, navigation and the unsaved-changes question are accessible', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(field(page, 'Plan title')).toBeVisible();
  expect((await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await expect(page.getByRole('navigation', { name: 'Plan areas' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cover' })).toHaveAttribute('aria-current', 'page');

  await field(page, 'Author').fill('Someone else');
  await app.command('new');
  const dialog = page.getByRole('alertdialog', { name: /Save changes/ });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect((await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('keyboard focus moves from the navigation into the form in reading order', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('button', { name: 'Brief' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close plan' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Merge a copy…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, 'Plan title')).toBeFocused();
});
