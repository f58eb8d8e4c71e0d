import { rm } from 'node:fs/promises';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, field, recentList, typeInto, welcomeHeading } from './screens';

async function saveNewPlan(page: Page, app: PlannerApp, title: string, file: string) {
  await page.keyboard.press('Control+N');
  await typeInto(page, 'Plan title', title);
  app.dialogs.nextSave = app.path(file);
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
}

test('a recent plan whose file was deleted is greyed out and can be removed', async ({ page, app }) => {
  await saveNewPlan(page, app, 'Kept plan', 'kept.mplan');
  await saveNewPlan(page, app, 'Deleted plan', 'deleted.mplan');
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(welcomeHeading(page)).toBeVisible();
  await rm(app.path('deleted.mplan'));
  await app.restart();

  const list = recentList(page);
  const missing = list.getByRole('listitem').filter({ hasText: 'deleted.mplan' });
  await expect(missing).toContainText('File not found');
  await expect(missing).toHaveClass(/recent-item-missing/);
  // A missing file cannot be opened: its only button is Remove.
  await expect(missing.getByRole('button')).toHaveCount(1);

  await missing.getByRole('button', { name: 'Remove deleted.mplan from recent plans' }).click();
  await expect(list.getByText('deleted.mplan')).toHaveCount(0);

  await list.getByRole('button', { name: /kept\.mplan/ }).click();
  await expect(field(page, 'Plan title')).toHaveValue('Kept plan');
});
