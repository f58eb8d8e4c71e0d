import { chmod, readFile } from 'node:fs/promises';
import { expect, test } from './host';
import { prompt, typeInto } from './screens';

test('a read-only plan is not saved over: the planner is told and offered Save as…, which keeps both', async ({ page, app }) => {
  const path = app.path('locked.mplan');
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = path;
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('banner')).toContainText(path);
  const locked = await readFile(path, 'utf8');
  await chmod(path, 0o444);

  await typeInto(page, 'Plan title', 'My version');
  await page.keyboard.press('Control+S');
  await expect(prompt(page)).toContainText('This plan is read-only');
  const copy = app.path('my-copy.mplan');
  app.dialogs.nextSave = copy;
  await prompt(page).getByRole('button', { name: 'Save as…' }).click();
  await expect(page.getByRole('banner')).toContainText(copy);
  expect(JSON.parse(await readFile(copy, 'utf8')).cover.title).toBe('My version');
  expect(await readFile(path, 'utf8')).toBe(locked);
});
