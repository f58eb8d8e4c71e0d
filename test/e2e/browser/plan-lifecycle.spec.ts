import { readFile } from 'node:fs/promises';
import { buildPlannerApi, IPC_CHANNELS } from '../../../shared/ipc-channels';
import { planSchema } from '../../../shared/plan/schema';
import { expect, test } from './host';
import { dirtyMarker, field, planHeading, recentList, typeInto, welcomeHeading } from './screens';

test('window.planner offers exactly the methods the preload builds from the contract', async ({ page, app }) => {
  void app;
  const expected = Object.keys(buildPlannerApi(IPC_CHANNELS, async () => undefined, () => () => undefined)).sort();
  const actual = await page.evaluate(() => Object.keys((window as unknown as { planner?: object }).planner ?? {}).sort());
  expect(actual).toEqual(expected);
});

test('a new plan is typed, saved with Ctrl+S, closed and reopened from recent files with its cover intact', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(planHeading(page)).toHaveText('Untitled plan');
  await expect(dirtyMarker(page)).toHaveCount(0);

  await typeInto(page, 'Plan title', 'Karst Basin early-warning mission');
  await typeInto(page, 'Mission name', 'UN Observer Mission in Veloria');
  await typeInto(page, 'Country or region', 'Veloria — Dravny district');
  await typeInto(page, 'Author', 'Lena Marić');
  await typeInto(page, 'Organisation', 'Planning cell');
  await page.getByRole('combobox', { name: 'Classification marking' }).selectOption('CONFIDENTIAL');
  await expect(planHeading(page)).toContainText('Karst Basin early-warning mission');
  await expect(dirtyMarker(page)).toBeVisible();
  await expect(page).toHaveTitle('• Karst Basin early-warning mission — Mandate Planner');

  const target = app.path('karst.mplan');
  app.dialogs.nextSave = target;
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(target);
  await expect(page.getByRole('status')).toHaveText('Saved “karst.mplan”.');
  expect(app.dialogs.shown.map((d) => d.kind)).toEqual(['save']);
  expect(app.documentStates.at(-1)).toEqual({ title: 'Karst Basin early-warning mission', dirty: false });

  const onDisk = JSON.parse(await readFile(target, 'utf8'));
  const parsed = planSchema.safeParse(onDisk);
  expect(parsed.success).toBe(true);
  expect(onDisk.cover).toMatchObject({
    title: 'Karst Basin early-warning mission',
    missionName: 'UN Observer Mission in Veloria',
    countryRegion: 'Veloria — Dravny district',
    author: 'Lena Marić',
    organisation: 'Planning cell',
    classification: 'CONFIDENTIAL',
  });

  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(welcomeHeading(page)).toBeVisible();
  await recentList(page).getByRole('button', { name: /karst\.mplan/ }).click();

  await expect(field(page, 'Plan title')).toHaveValue('Karst Basin early-warning mission');
  await expect(field(page, 'Mission name')).toHaveValue('UN Observer Mission in Veloria');
  await expect(field(page, 'Country or region')).toHaveValue('Veloria — Dravny district');
  await expect(field(page, 'Author')).toHaveValue('Lena Marić');
  await expect(field(page, 'Organisation')).toHaveValue('Planning cell');
  await expect(page.getByRole('combobox', { name: 'Classification marking' })).toHaveValue('CONFIDENTIAL');
  await expect(dirtyMarker(page)).toHaveCount(0);
});

test('saving again writes to the same file without asking, and Save As picks a new one', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = app.path('first.mplan');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText(app.path('first.mplan'));

  await typeInto(page, 'Author', 'Second author');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  expect(app.dialogs.shown).toHaveLength(1);
  expect(JSON.parse(await readFile(app.path('first.mplan'), 'utf8')).cover.author).toBe('Second author');

  app.dialogs.nextSave = app.path('second.mplan');
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('banner')).toContainText(app.path('second.mplan'));
  expect(app.dialogs.shown).toHaveLength(2);
  expect(JSON.parse(await readFile(app.path('second.mplan'), 'utf8')).cover.author).toBe('Second author');
});

test('cancelling the save dialog keeps the plan open and unsaved', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New plan' }).click();
  await typeInto(page, 'Plan title', 'Not yet saved');
  await page.keyboard.press('Control+S');
  await expect.poll(() => app.dialogs.shown.length).toBe(1);
  await expect(dirtyMarker(page)).toBeVisible();
  await expect(field(page, 'Plan title')).toHaveValue('Not yet saved');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a plan without changes lets the window close without asking', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await app.command('close-requested');
  await expect.poll(() => app.closeConfirmations()).toBe(1);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
