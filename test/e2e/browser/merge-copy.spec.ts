/**
 * File › Merge a copy…: a colleague's copy of the saved plan, edited on their machine, merged in
 * with the keyboard only; the one value both changed is decided in the conflict view, the result
 * is one undoable step, and nothing reaches the disk before Save.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFile, readFile } from 'node:fs/promises';
import { writePlanFile } from '../../../electron/services/plan-file';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { createHostedPlanner } from './host-core';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, errorPanel, field, typeInto } from './screens';

const sample = createSamplePlan();

const seriousAxeProblems = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/** A colleague's app over the same folders: opens the copy, edits it, saves it (their machine, their history). */
async function editOnAnotherMachine(app: PlannerApp, path: string, change: (plan: Plan) => Plan) {
  const colleague = createHostedPlanner(app.folders);
  colleague.dialogs.nextOpen = path;
  const opened = await colleague.handlers.openWithDialog({});
  await colleague.handlers.save({ docId: opened.docId, plan: change(opened.plan) });
}

/** Tabs forward until the named button has focus (the keyboard way to reach it), at most `limit` times. */
async function tabTo(page: Page, name: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`No focusable "${name}" within ${limit} tabs`);
}

async function openAndSaveSample(page: Page, app: PlannerApp) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(field(page, 'Plan title')).toHaveValue(sample.cover.title);
  app.dialogs.nextSave = app.path('mine.mplan');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect(page.getByText(app.path('mine.mplan'))).toBeVisible();
}

test('merges a colleague’s copy with the keyboard, deciding the one conflict, as one undoable step', async ({ page, app }) => {
  await openAndSaveSample(page, app);
  const theirs = app.path('theirs.mplan');
  await copyFile(app.path('mine.mplan'), theirs);
  await editOnAnotherMachine(app, theirs, (plan) => ({ ...plan, cover: { ...plan.cover, title: 'Veloria: the field team’s title', author: 'Field team, Karst office' } }));

  // Here the title changes too: the one value both copies changed differently.
  await typeInto(page, 'Plan title', 'Veloria: the capital’s title');
  const mine = await readFile(app.path('mine.mplan'));

  app.dialogs.nextOpen = theirs;
  await page.getByRole('button', { name: 'Merge a copy…' }).focus();
  await page.keyboard.press('Enter');

  const view = page.getByRole('dialog', { name: 'Merge “theirs.mplan”: 1 conflict to decide' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('region', { name: 'Changed in “theirs.mplan”' })).toContainText('Changed Cover: author, title');
  await expect(view.getByRole('region', { name: 'Changed in this copy' })).toContainText('Changed Cover: title');
  const conflict = view.getByRole('listitem').filter({ hasText: 'Cover › title' });
  await expect(conflict).toContainText('Veloria: the capital’s title');
  await expect(conflict).toContainText('Veloria: the field team’s title');
  await expect(conflict.getByText(/^Changed .*, in Mandate Planner\.$/)).toHaveCount(2);
  expect(await seriousAxeProblems(page)).toEqual([]);

  // Applying with nothing decided is refused in words, and focus goes to the open conflict.
  await tabTo(page, 'Apply merge');
  await page.keyboard.press('Enter');
  await expect(view.getByRole('alert')).toHaveText('Decide every conflict first: one is still open.');
  await expect(view.getByRole('radio', { name: 'Keep this copy’s' })).toBeFocused();

  // Arrow keys move along the choices: the other copy's, then writing it myself.
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('radio', { name: 'Keep the other copy’s' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('radio', { name: 'Write it myself' })).toBeChecked();
  await page.keyboard.press('Tab');
  const written = view.getByRole('textbox', { name: 'Your text for Cover › title' });
  await expect(written).toBeFocused();
  await expect(written).toHaveValue('Veloria: the capital’s title');
  await expect(view.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Veloria: agreed title');
  await tabTo(page, 'Apply merge');
  await page.keyboard.press('Enter');
  await expect(view).toHaveCount(0);

  await expect(field(page, 'Plan title')).toHaveValue('Veloria: agreed title');
  await expect(field(page, 'Author')).toHaveValue('Field team, Karst office');
  await expect(dirtyMarker(page)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Merged “theirs.mplan”');
  // Nothing is written before Save.
  expect(await readFile(app.path('mine.mplan'))).toEqual(mine);

  // One step back undoes the whole merge (the title typed before it stays), one forward brings it back.
  await expect(page.getByRole('button', { name: 'Undo merge “theirs.mplan”' })).toBeEnabled();
  await page.keyboard.press('Control+Z');
  await expect(field(page, 'Plan title')).toHaveValue('Veloria: the capital’s title');
  await expect(field(page, 'Author')).toHaveValue(sample.cover.author);
  await page.keyboard.press('Control+Y');
  await expect(field(page, 'Plan title')).toHaveValue('Veloria: agreed title');
  await expect(field(page, 'Author')).toHaveValue('Field team, Karst office');

  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  const saved = JSON.parse(await readFile(app.path('mine.mplan'), 'utf8')) as Plan;
  expect(saved.cover.title).toBe('Veloria: agreed title');
  expect(saved.cover.author).toBe('Field team, Karst office');
  expect(await seriousAxeProblems(page)).toEqual([]);
});

test('a copy without conflicts is merged at once and shows what each side changed', async ({ page, app }) => {
  await openAndSaveSample(page, app);
  const theirs = app.path('theirs.mplan');
  await copyFile(app.path('mine.mplan'), theirs);
  await editOnAnotherMachine(app, theirs, (plan) => ({ ...plan, cover: { ...plan.cover, author: 'Field team, Karst office' } }));

  app.dialogs.nextOpen = theirs;
  await app.command('merge-copy');
  const view = page.getByRole('dialog', { name: 'Merged “theirs.mplan”' });
  await expect(view.getByRole('region', { name: 'Changed in “theirs.mplan”' })).toContainText('Changed Cover: author');
  await expect(view.getByRole('region', { name: 'Changed in this copy' })).toContainText('Nothing changed on this side.');
  expect(await seriousAxeProblems(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(field(page, 'Author')).toHaveValue('Field team, Karst office');
  await expect(dirtyMarker(page)).toBeVisible();
});

test('refuses, in plain words and changing nothing, a plan created separately and a cancelled choice', async ({ page, app }) => {
  await openAndSaveSample(page, app);
  const stranger = app.path('stranger.mplan');
  await writePlanFile(stranger, { ...createEmptyPlan(new Date('2026-11-01T09:00:00Z')), cover: { ...createEmptyPlan(new Date('2026-11-01T09:00:00Z')).cover, title: 'Another plan' } });

  app.dialogs.nextOpen = stranger;
  await app.command('merge-copy');
  await expect(errorPanel(page)).toContainText('The copy was not merged');
  await expect(errorPanel(page)).toContainText('These two plans share no history');
  await expect(field(page, 'Plan title')).toHaveValue(sample.cover.title);
  await expect(dirtyMarker(page)).toHaveCount(0);

  // No answer scripted: the open dialog is cancelled.
  await app.command('merge-copy');
  await expect(page.getByRole('status')).toContainText('Merging was cancelled; nothing changed.');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
});
