import { expect, test } from './host';
import type { Page } from './host';
import { dirtyMarker } from './screens';

/** The sample plan's due dates are fixed, so "due soon" is judged on a fixed day. */
const TODAY = new Date('2026-11-25T09:00:00');

async function openSample(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
}
const area = (page: Page, name: string) => page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name, exact: true });
// Checklists are named after their area in full: “Training and doctrine checklist”.
const grid = (page: Page, name: string) => page.getByRole('grid', { name: new RegExp(`^${name}( .*)? checklist$`) });
const riskRows = (page: Page) => page.getByRole('grid', { name: /risk register/i }).getByRole('row');

test('several checklist items are rated at once by click, Shift+click or the keyboard, and one undo puts them all back', async ({ page, app }) => {
  void app;
  await openSample(page);
  await area(page, 'Capabilities').click();
  const training = grid(page, 'Training and doctrine');
  const rows = training.getByRole('row');
  const titles = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.getAttribute('aria-label') ?? ''));
  expect(titles.length).toBeGreaterThan(3);
  const before = await Promise.all(titles.map((_, i) => rows.nth(i + 1).getByRole('gridcell').nth(2).innerText()));

  // Click the first box, Shift+click the third: three rows are selected.
  await rows.nth(1).getByRole('checkbox').click();
  await rows.nth(3).getByRole('checkbox').click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Rate the selected items' });
  await expect(bar).toContainText('3 items selected');
  await bar.getByRole('button', { name: 'Not applicable' }).click();
  for (const i of [1, 2, 3]) await expect(rows.nth(i).getByRole('gridcell').nth(2)).toHaveText('Not applicable');
  await expect(rows.nth(4).getByRole('gridcell').nth(2)).toHaveText(before[3]!);
  await expect(bar).toBeHidden();
  await expect(dirtyMarker(page)).toBeVisible();

  await page.keyboard.press('Control+Z');
  for (const i of [1, 2, 3]) await expect(rows.nth(i).getByRole('gridcell').nth(2)).toHaveText(before[i - 1]!);

  // From the keyboard: Space selects a row, Shift+Space extends the run to the row the planner moved to.
  await rows.nth(1).getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(bar).toContainText('2 items selected');
  await bar.getByRole('button', { name: 'In place' }).click();
  await expect(rows.nth(1).getByRole('gridcell').nth(2)).toHaveText('In place');
  await expect(rows.nth(2).getByRole('gridcell').nth(2)).toHaveText('In place');
  await expect(page.getByRole('status')).toContainText(/set to in place/);
});

test('every capability-gap risk goes into the register in one move, after a preview the planner can untick', async ({ page, app }) => {
  void app;
  await openSample(page);
  await area(page, 'Capabilities').click();
  // Make three more critical items gaps, so there are several to take at once.
  const training = grid(page, 'Training and doctrine');
  await training.getByRole('checkbox', { name: 'Select every item of this checklist' }).check();
  await page.getByRole('region', { name: 'Rate the selected items' }).getByRole('button', { name: 'Missing' }).click();
  const panel = page.getByRole('region', { name: 'Gaps that belong in the risk register' });
  const suggestions = panel.getByRole('listitem');
  const count = await suggestions.count();
  expect(count).toBeGreaterThan(1);
  await panel.getByRole('button', { name: `Add all ${count} to the register…` }).click();
  const dialog = page.getByRole('dialog', { name: 'Add the suggested risks' });
  const boxes = dialog.getByRole('checkbox');
  await expect(boxes).toHaveCount(count);
  const skipped = (await dialog.locator('.pick-title').first().innerText()).trim();
  await boxes.first().uncheck();
  await dialog.getByRole('button', { name: `Add ${count - 1 === 1 ? '1 risk' : `${count - 1} risks`} to the register` }).click();
  await expect(dialog).toBeHidden();
  // The unticked one is still suggested; the rest are linked risks now.
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toContainText(skipped);

  await area(page, 'Risks').click();
  const added = await riskRows(page).count();
  // Its history on screen names the checklist item by its title, not by its internal id.
  await page.getByRole('button', { name: 'Open R-012' }).click();
  const history = page.getByRole('complementary').getByRole('region', { name: 'History' });
  await expect(history).toContainText(/Added for the capability gap “[^”]+”/);
  await expect(history).not.toContainText(/cap-/);
  await page.getByRole('complementary').getByRole('button', { name: /^Close/ }).click();
  await page.keyboard.press('Control+Z');
  await expect(riskRows(page)).toHaveCount(added - (count - 1));
});

test('the advice panel offers all its suggested risks at once, and what is in the register is not offered again', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'New plan' }).click();
  await area(page, 'Situation & mandate').click();
  await page.getByRole('tab', { name: /Mission design/ }).click();
  await page.getByRole('group', { name: 'Mission type' }).getByRole('radio', { name: /^Preventive deployment/ }).check();
  const advice = page.getByRole('complementary', { name: /Advice/ });
  const addAll = advice.getByRole('button', { name: /^Add all \d+ suggested risks…$/ });
  await expect(addAll).toBeVisible();
  const offered = Number(/\d+/.exec((await addAll.innerText()) ?? '')![0]);
  await addAll.click();
  const dialog = page.getByRole('dialog', { name: 'Add the suggested risks' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(offered);
  const titles = await dialog.locator('.pick-title').allInnerTexts();
  expect(new Set(titles).size).toBe(titles.length);
  await dialog.getByRole('button', { name: `Add ${offered} risks to the register` }).click();
  await expect(page.getByRole('status')).toContainText(`Added ${offered} risks to the register`);
  await expect(addAll).toBeHidden();
  // Every single-risk card now says where its risk is instead of offering it.
  await expect(advice.getByRole('button', { name: /^Add to risk register/ })).toHaveCount(0);

  await area(page, 'Risks').click();
  await expect(riskRows(page)).toHaveCount(offered + 1);
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('The register is empty.')).toBeVisible();
});

test('clause search finds what a planner types, and says how many clauses that do not fit also match', async ({ page, app }) => {
  void app;
  await openSample(page);
  await area(page, 'Situation & mandate').click();
  await page.getByRole('tab', { name: /Mission design/ }).click();
  await page.getByRole('group', { name: 'Mission type' }).getByRole('radio', { name: /^Preventive deployment/ }).check();
  await page.getByRole('tab', { name: /Clauses/ }).click();
  await page.getByRole('button', { name: 'Clause library' }).click();
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  const library = page.getByRole('list', { name: 'Library clauses' });

  await search.fill('IDP camps');
  await expect(library.getByRole('listitem', { name: 'Protecting villages and camps' })).toBeVisible();
  await search.fill('backing');
  await expect(library.getByRole('listitem', { name: 'Firm commitments to back the force' })).toBeVisible();

  // Mediation is a political mission's clause: hidden for a deployment, but not lost.
  await search.fill('mediation');
  await expect(library).toBeHidden();
  const hidden = page.getByText(/No clause that fits this plan matches, but \d+ clauses? that do(es)? not fit this plan match/);
  await expect(hidden).toBeVisible();
  await hidden.getByRole('button', { name: /^Show (it|them)$/ }).click();
  await expect(library.getByRole('listitem', { name: 'Good offices and mediation' })).toBeVisible();
  await expect(library.getByRole('listitem', { name: 'Good offices and mediation' })).toContainText('Does not fit');
});
