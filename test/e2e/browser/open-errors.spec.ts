import { readFile, writeFile } from 'node:fs/promises';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { errorPanel, field, typeInto, welcomeHeading } from './screens';

async function openThroughDialog(page: Page, app: PlannerApp, path: string) {
  app.dialogs.nextOpen = path;
  await page.keyboard.press('Control+O');
}

test('refuses a truncated plan with a message naming the file, leaves it untouched, and stays usable', async ({ page, app }) => {
  const path = app.path('half-copied.mplan');
  const full = JSON.stringify(createSamplePlan(), null, 2);
  const truncated = full.slice(0, Math.floor(full.length / 2));
  await writeFile(path, truncated);

  await openThroughDialog(page, app, path);
  await expect(errorPanel(page)).toContainText('The plan could not be opened');
  await expect(errorPanel(page)).toContainText('half-copied.mplan');
  await expect(welcomeHeading(page)).toBeVisible();
  expect(await readFile(path, 'utf8')).toBe(truncated);

  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(field(page, 'Plan title')).toHaveValue(createSamplePlan().cover.title);
  await expect(errorPanel(page)).toHaveCount(0);
});

test('refuses a file that is not a plan at all', async ({ page, app }) => {
  const path = app.path('holiday-photo.mplan');
  const garbage = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xfe, 0xfe]);
  await writeFile(path, garbage);

  await openThroughDialog(page, app, path);
  await expect(errorPanel(page)).toContainText('holiday-photo.mplan');
  expect((await readFile(path)).equals(garbage)).toBe(true);
});

test('lists the problems found in a structurally invalid plan', async ({ page, app }) => {
  const plan = createSamplePlan() as unknown as { risks: { items: { likelihood: number }[] } };
  plan.risks.items[0]!.likelihood = 9;
  const path = app.path('impossible-score.mplan');
  await writeFile(path, JSON.stringify(plan, null, 2));

  await openThroughDialog(page, app, path);
  await expect(errorPanel(page)).toContainText('impossible-score.mplan');
  const details = errorPanel(page).getByRole('list', { name: 'Problems found' }).getByRole('listitem');
  await expect(details.first()).toContainText(/likelihood/i);
});

test('a failed open keeps the plan that was already open, edits included', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await typeInto(page, 'Author', 'Still here');
  const path = app.path('broken.mplan');
  await writeFile(path, '{"format": "mandate-planner/plan", "version": 1, "cover": ');

  await openThroughDialog(page, app, path);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(errorPanel(page)).toContainText('broken.mplan');
  await expect(field(page, 'Author')).toHaveValue('Still here');

  await errorPanel(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(errorPanel(page)).toHaveCount(0);
});
