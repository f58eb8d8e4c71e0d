import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './host';
import type { Page } from './host';
import { dirtyMarker } from './screens';
import { writePlanFile } from '../../../electron/services/plan-file';
import { createRecentFiles } from '../../../electron/services/recent-files';
import { createConfSettings } from '../../../electron/services/settings-store';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planWithRisks } from '../../bench/_large-plan';
import { emitEvent } from './host-core';

/** The sample plan's due dates are fixed, so "due soon" is judged on a fixed day. */
const TODAY = new Date('2026-11-25T09:00:00');

async function openCapabilities(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overall readiness' })).toBeVisible();
}

// Checklists are named after their area in full (“Surveillance and early warning checklist”); the start of it will do.
const grid = (page: Page, area: string) => page.getByRole('grid', { name: new RegExp(`^${area}( .*)? checklist$`) });
const row = (page: Page, area: string, title: RegExp) => grid(page, area).getByRole('row', { name: title });
const readiness = (page: Page, which: string) => page.getByTestId(`readiness-${which}`);

async function setStatus(page: Page, area: string, title: RegExp, status: string) {
  await row(page, area, title).getByRole('gridcell').nth(2).click();
  await page.getByRole('combobox', { name: /^Status of/ }).selectOption({ label: status });
}

const seriousAxeProblems = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

test('setting checklist statuses changes the readiness figures and bars, and undo puts them back', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  await expect(readiness(page, 'overall')).toHaveText('42%');
  await expect(readiness(page, 'training')).toHaveText('13%');
  await expect(page.getByRole('meter', { name: 'Training and doctrine readiness' })).toHaveAttribute('aria-valuenow', '13');

  await setStatus(page, 'Training and doctrine', /Rules of engagement/, 'In place');
  await expect(row(page, 'Training and doctrine', /Rules of engagement/).getByRole('gridcell').nth(2)).toHaveText('In place');
  await expect(readiness(page, 'training')).toHaveText('38%');
  await expect(readiness(page, 'overall')).toHaveText('50%');
  await expect(page.getByRole('meter', { name: 'Training and doctrine readiness' })).toHaveAttribute('aria-valuenow', '38');
  await expect(dirtyMarker(page)).toBeVisible();

  // Not applicable leaves the item out of the measure altogether.
  await setStatus(page, 'Training and doctrine', /Evacuation planning/, 'Not applicable');
  await expect(readiness(page, 'training')).toHaveText('50%');

  await page.keyboard.press('Control+Z');
  await expect(readiness(page, 'training')).toHaveText('38%');
  await page.keyboard.press('Control+Z');
  await expect(readiness(page, 'training')).toHaveText('13%');
  await expect(readiness(page, 'overall')).toHaveText('42%');
});

test('missing items that fall due soon stand out, on the due list and in their row', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  const due = page.getByRole('region', { name: 'Due soon' });
  await expect(due.getByRole('listitem')).toHaveCount(3);
  // Missing items come first, soonest first.
  await expect(due.getByRole('listitem').first()).toContainText('Due in 6 days');
  await expect(due.getByRole('listitem').first()).toContainText('Analysts able to interpret atrocity indicators');
  await expect(row(page, 'Surveillance and early warning', /Analysts able to interpret/)).toHaveClass(/grid-row-alert/);
  await expect(row(page, 'Surveillance and early warning', /Analysts able to interpret/)).toContainText('Due in 6 days');

  await setStatus(page, 'Surveillance and early warning', /Analysts able to interpret/, 'In place');
  await expect(due.getByRole('listitem')).toHaveCount(2);
  await expect(row(page, 'Surveillance and early warning', /Analysts able to interpret/)).not.toHaveClass(/grid-row-alert/);
});

test('a missing critical capability suggests a linked risk that one click puts in the register', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  const suggestions = page.getByRole('region', { name: 'Gaps that belong in the risk register' });
  const add = suggestions.getByRole('button', { name: /^Add to the risk register: If the rules of engagement/ });
  await expect(add).toBeVisible();
  await add.click();
  await expect(page.getByRole('status')).toContainText('to the risk register, linked to the capability');
  await expect(add).toHaveCount(0);

  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('rules of engagement');
  const register = page.getByRole('grid', { name: 'Risk register' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await register.getByRole('button', { name: 'Open R-012' }).click();
  const detail = page.getByRole('complementary');
  await expect(detail.getByRole('heading', { level: 3 })).toContainText('If the rules of engagement');
  // Listed among its links (with a way to unlink it), and named by its title in the risk's history.
  await expect(detail.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Unlink Rules of engagement covering protection of civilians' }) })).toBeVisible();
  await expect(detail.getByRole('region', { name: 'History' })).toContainText('Added for the capability gap “Rules of engagement covering protection of civilians”');
});

test('an empty checklist fills from the catalogue in one go, and a custom item joins its area', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await expect(readiness(page, 'overall')).toHaveText('—');
  await page.getByRole('button', { name: /^Add the \d+ catalogue items for this mission$/ }).click();
  await expect(readiness(page, 'overall')).toHaveText('0%');
  await expect(grid(page, 'Coordination').getByRole('row')).not.toHaveCount(1);
  const coordinationRows = await grid(page, 'Coordination').getByRole('row').count();

  await page.getByRole('region', { name: 'Coordination', exact: true }).getByRole('button', { name: 'Add custom item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a custom coordination item' });
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the capability a short title.');
  await dialog.getByRole('textbox', { name: 'Capability' }).fill('Liaison with the ferry operators on the Karst river');
  await dialog.getByRole('checkbox', { name: /Critical/ }).check();
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(grid(page, 'Coordination').getByRole('row')).toHaveCount(coordinationRows + 1);
  const custom = row(page, 'Coordination', /ferry operators/);
  await expect(custom).toContainText('Custom');
  await expect(custom).toContainText('Critical');

  // Everything in the catalogue for this area is on the checklist now.
  await expect(page.getByRole('region', { name: 'Coordination', exact: true }).getByRole('button', { name: 'Add from catalogue' })).toBeDisabled();
});

test('a custom item’s description and critical mark are reworded after adding it, as one undo step; catalogue items keep theirs', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  await expect(row(page, 'Surveillance and early warning', /Analysts able to interpret/).getByRole('button', { name: /^Edit the details/ })).toHaveCount(0);

  const custom = row(page, 'Training and doctrine', /Sarvan-language interpreters/);
  await expect(custom).not.toContainText('Critical');
  await custom.getByRole('button', { name: 'Edit the details of “Sarvan-language interpreters trained for patrol work”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the custom training and doctrine item' });
  await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue('Interpreters who can accompany patrols and take testimony safely.');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Interpreters vetted by both communities, able to take testimony from survivors.');
  await dialog.getByRole('checkbox', { name: /Critical/ }).check();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(custom).toContainText('Interpreters vetted by both communities');
  await expect(custom).toContainText('Critical');
  await expect(dirtyMarker(page)).toBeVisible();

  // Both changes are one step back, and one step forward again.
  await page.keyboard.press('Control+Z');
  await expect(custom).toContainText('Interpreters who can accompany patrols');
  await expect(custom).not.toContainText('Critical');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(custom).toContainText('Interpreters vetted by both communities');
  await expect(custom).toContainText('Critical');
});

test('an item lists the register risks linked to it, and one opens in the register, by mouse or keyboard', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  const analysts = row(page, 'Surveillance and early warning', /Analysts able to interpret/);
  const linked = analysts.getByRole('list', { name: 'Linked risks' });
  await expect(linked.getByRole('button')).toHaveText(['R-003If no analyst can interpret indicators, then early warning fails silently, residual medium']);
  // R-001 depends on two items and shows under both; an item nothing depends on shows no list.
  for (const item of [/indicator framework/, /Observation of both tripwires/]) {
    await expect(row(page, 'Surveillance and early warning', item).getByRole('list', { name: 'Linked risks' }).getByRole('button')).toHaveText([/^R-001If the Brigades read the deployment/]);
  }
  await expect(row(page, 'Surveillance and early warning', /Monitoring of incitement/).getByRole('list', { name: 'Linked risks' })).toHaveCount(0);

  await linked.getByRole('button', { name: /^R-003/ }).click();
  const detail = page.getByRole('complementary');
  await expect(detail.getByRole('heading', { level: 3 })).toHaveText('If no analyst can interpret indicators, then early warning fails silently');
  await expect(page.getByRole('heading', { name: 'Risks', level: 2 })).toBeVisible();

  // From the keyboard: Tab goes from the active title cell to its links, Enter follows one.
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await analysts.getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('Tab');
  await expect(linked.getByRole('button', { name: /^R-003/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 3 })).toHaveText('If no analyst can interpret indicators, then early warning fails silently');
});

test('following a link to a risk far down a long register scrolls the register to its row, even past a filter that hid it', async ({ page, app }) => {
  await page.clock.setFixedTime(TODAY);
  // 400 risks; only the last one is linked to the analysts item.
  const sample = createSamplePlan();
  const analystsItem = sample.risks.items.find((r) => r.ref === 'R-003')!.linkedCapabilityIds;
  const long = planWithRisks(400);
  const risks = long.risks.items.map((r, i) => ({ ...r, linkedCapabilityIds: i === 399 ? analystsItem : [] }));
  const path = app.path('long-register.mplan');
  await writePlanFile(path, { ...long, risks: { ...long.risks, items: risks } });
  createRecentFiles(createConfSettings(app.folders.data), () => new Date()).add(path);
  await emitEvent(page, 'onOpenFile', { path });

  // A filter kept from an earlier visit hides the linked risk.
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('R-0001');
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await row(page, 'Surveillance and early warning', /Analysts able to interpret/).getByRole('list', { name: 'Linked risks' }).getByRole('button', { name: /^R-0400/ }).click();

  await expect(page.getByRole('complementary').getByRole('heading', { level: 3 })).toContainText('(variant 400)');
  const register = page.getByRole('grid', { name: 'Risk register' });
  const target = register.getByRole('row', { name: /R-0400/ });
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  const scroller = (await register.locator('xpath=..').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(scroller.y);
  expect(box.y + box.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
});

test('each checklist keeps its sort order when the planner comes back', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  const status = grid(page, 'Training and doctrine').getByRole('columnheader', { name: 'Status' });
  await status.getByRole('button').click();
  await expect(status).toHaveAttribute('aria-sort', 'ascending');
  const titles = () => grid(page, 'Training and doctrine').locator('tbody tr td:first-child .cap-title-text').allInnerTexts();
  const sorted = await titles();
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await expect(status).toHaveAttribute('aria-sort', 'ascending');
  expect(await titles()).toEqual(sorted);
  await expect(grid(page, 'Surveillance and early warning').getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'none');
});

test('the checklist works from the keyboard: arrows move, Enter edits, Escape cancels, refused values say why', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  const surveillance = grid(page, 'Surveillance and early warning');
  // The first column selects rows; the title is the second.
  await surveillance.getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const owner = row(page, 'Surveillance and early warning', /Analysts able to interpret/).getByRole('gridcell').nth(3);
  await expect(owner).toBeFocused();

  await page.keyboard.press('Enter');
  const input = page.getByRole('textbox', { name: /^Owner of/ });
  await expect(input).toBeFocused();
  await input.fill('Someone else');
  await page.keyboard.press('Escape');
  await expect(owner).toHaveText('Head of mission support');
  await expect(owner).toBeFocused();

  await page.keyboard.press('Enter');
  await input.fill('Chief of staff');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveText('Chief of staff');
  await expect(owner).toBeFocused();

  // The title is required: an empty one never reaches the plan.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: /^Capability of/ }).fill('   ');
  await page.keyboard.press('Enter');
  await expect(surveillance.getByRole('alert')).toHaveText('Give the capability a short title.');
  await page.keyboard.press('Escape');
  await expect(row(page, 'Surveillance and early warning', /Analysts able to interpret atrocity indicators/)).toBeVisible();
});

test('the capabilities screen has no serious accessibility problems', async ({ page, app }) => {
  void app;
  await openCapabilities(page);
  expect(await seriousAxeProblems(page)).toEqual([]);
  await row(page, 'Training and doctrine', /Rules of engagement/).getByRole('gridcell').nth(3).click();
  await expect(page.getByRole('textbox', { name: /^Owner of/ })).toBeFocused();
  expect(await seriousAxeProblems(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Training and doctrine', exact: true }).getByRole('button', { name: 'Add from catalogue' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);
});
