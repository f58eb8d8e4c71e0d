import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan, Risk } from '../../../shared/plan/schema';
import { expect, test } from './host';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, recentList } from './screens';

/** Review dates in the sample are fixed, so overdue flags are judged on a fixed day. */
const TODAY = new Date('2026-11-25T09:00:00');

async function openRisks(page: Page, start: 'sample' | 'new' = 'sample') {
  await page.clock.setFixedTime(TODAY);
  await page.getByRole('button', { name: start === 'sample' ? 'Open the sample plan' : 'New plan' }).click();
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Risk register' })).toBeVisible();
}

const register = (page: Page) => page.getByRole('grid', { name: 'Risk register' });
const bodyRows = (page: Page) => register(page).locator('tbody tr');
const riskRow = (page: Page, ref: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: `Open ${ref}`, exact: true }) });
/** A cell of a register row, by the id of its column. */
const cell = (page: Page, ref: string, column: string) => riskRow(page, ref).locator(`td[data-column="${column}"]`);
const count = (page: Page) => page.getByRole('search', { name: 'Filter the register' }).locator('.register-count');
// Text content, not innerText: rows below the fold are not rendered until they come into view
// (content-visibility), and innerText is empty for text that is not rendered.
const shownRefs = async (page: Page) => (await bodyRows(page).getByRole('button', { name: /^Open R-/ }).allTextContents()).map((t) => t.trim());

const seriousAxeProblems = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

async function saveAs(page: Page, app: PlannerApp, name: string): Promise<Plan> {
  app.dialogs.nextSave = app.path(name);
  await page.keyboard.press('Control+Shift+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  return planSchema.parse(JSON.parse(await readFile(app.path(name), 'utf8')));
}

const comparable = (r: Risk) => ({
  ref: r.ref,
  title: r.title,
  category: r.category,
  cause: r.cause,
  consequence: r.consequence,
  scores: [r.likelihood, r.impact, r.residualLikelihood, r.residualImpact, r.targetLikelihood, r.targetImpact],
  owner: r.owner,
  treatment: r.treatment,
  mitigation: r.mitigation,
  actions: r.actions.map((a) => [a.text, a.owner, a.dueDate, a.done]),
  status: r.status,
  reviewDate: r.reviewDate,
  acceptance: r.acceptance,
});

test('a risk added from the catalogue is edited in place; an impossible likelihood is refused with the reason', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await page.getByRole('button', { name: 'Add from catalogue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add risks from the catalogue' });
  await dialog.getByRole('searchbox', { name: 'Search the catalogue' }).fill('enforcement');
  await dialog.getByRole('button', { name: /^Add “If the mission has no means of enforcement/ }).click();
  await expect(dialog.getByText('Added as R-012')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(count(page)).toHaveText('12 risks');

  await page.getByRole('searchbox', { name: 'Search' }).fill('R-012');
  await expect(bodyRows(page)).toHaveCount(1);
  const likelihood = cell(page, 'R-012', 'likelihood');
  const before = (await likelihood.textContent()) ?? '';

  await likelihood.click();
  const input = page.getByRole('textbox', { name: 'Likelihood of R-012' });
  await input.fill('7');
  await input.press('Enter');
  await expect(register(page).getByRole('alert')).toHaveText('Likelihood must be a whole number from 1 (rare) to 5 (almost certain).');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.press('Escape');
  await expect(likelihood).toHaveText(before);
  await expect(likelihood).toBeFocused();

  // Enter edits the focused cell; Enter again saves and the scores follow.
  await page.keyboard.press('Enter');
  await input.fill('5');
  await input.press('Enter');
  await expect(likelihood).toHaveText('5');
  await expect(cell(page, 'R-012', 'inherent')).toContainText(String(5 * Number(await cell(page, 'R-012', 'impact').textContent())));

  const owner = cell(page, 'R-012', 'owner');
  await owner.click();
  await page.getByRole('textbox', { name: 'Owner of R-012' }).fill('  ');
  await page.keyboard.press('Enter');
  await expect(register(page).getByRole('alert')).toHaveText('Name the person or post who owns this risk.');
  await page.getByRole('textbox', { name: 'Owner of R-012' }).fill('Head of planning');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveText('Head of planning');

  await riskRow(page, 'R-012').getByRole('button', { name: 'Open R-012' }).click();
  const history = page.getByRole('complementary').getByRole('region', { name: 'History' });
  await expect(history).toContainText(`Likelihood: ${before} → 5`);
  await expect(history).toContainText('Owner: (empty) → Head of planning');
  // How it was added, in words: the catalogue's internal id is not shown.
  await expect(history).toContainText('Added from the risk catalogue');
  await expect(history).not.toContainText('rsk-');
});

test('a risk written from scratch opens at its title, and keeps its required fields filled', async ({ page, app }) => {
  void app;
  await openRisks(page, 'new');
  await expect(page.getByText('The register is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'New risk' }).click();
  const detail = page.getByRole('complementary');
  const title = detail.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await title.fill('');
  await title.press('Enter');
  await expect(detail.getByRole('alert')).toHaveText('Give the risk a title, phrased "If …, then …".');
  await title.fill('If the border crossings close, then supplies to Dravny stop');
  await title.press('Enter');
  await expect(detail.getByRole('heading', { level: 3 })).toHaveText('If the border crossings close, then supplies to Dravny stop');
  await detail.getByRole('textbox', { name: 'Owner' }).fill('Logistics officer');
  await detail.getByRole('textbox', { name: 'Owner' }).press('Enter');
  await expect(cell(page, 'R-001', 'owner')).toHaveText('Logistics officer');
  await expect(cell(page, 'R-001', 'reviewDate')).toHaveText('Dec 25, 2026');
});

test('the register sorts by a column and filters by search, column filters and band', async ({ page, app }) => {
  void app;
  await openRisks(page);
  const inherent = register(page).getByRole('columnheader', { name: 'Inherent' });
  await inherent.getByRole('button').click();
  await expect(inherent).toHaveAttribute('aria-sort', 'descending');
  expect((await shownRefs(page))[0]).toBe('R-001');
  await inherent.getByRole('button').click();
  await expect(inherent).toHaveAttribute('aria-sort', 'ascending');
  expect((await shownRefs(page)).slice(0, 2).sort()).toEqual(['R-005', 'R-011']);

  await page.getByRole('combobox', { name: 'Status' }).selectOption('monitoring');
  await expect(count(page)).toHaveText('Showing 1 of 11 risks');
  expect(await shownRefs(page)).toEqual(['R-007']);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');

  await page.getByRole('textbox', { name: 'Owner' }).fill('deputy');
  expect((await shownRefs(page)).sort()).toEqual(['R-006', 'R-007']);
  await page.getByRole('textbox', { name: 'Owner' }).fill('');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Östmark');
  await expect(count(page)).toHaveText('Showing 1 of 11 risks');
  expect(await shownRefs(page)).toEqual(['R-008']);

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(count(page)).toHaveText('11 risks');
  await page.getByRole('combobox', { name: 'Inherent band' }).selectOption('critical');
  expect((await shownRefs(page)).sort()).toEqual(['R-001', 'R-002', 'R-010']);
  await page.getByRole('combobox', { name: 'Review' }).selectOption('overdue');
  await expect(count(page)).toHaveText('Showing 0 of 11 risks');
  await expect(page.getByText('No risk matches the filters.')).toBeVisible();
});

test('the column menu shows and hides columns', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await expect(register(page).getByRole('columnheader', { name: 'Treatment' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Treatment' }).check();
  await page.getByRole('checkbox', { name: 'Owner' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
  await expect(register(page).getByRole('columnheader', { name: 'Treatment' })).toBeVisible();
  await expect(register(page).getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
  await expect(cell(page, 'R-005', 'treatment')).toHaveText('Accept');
});

test('a heat-map cell filters the register until its chip is removed; residual ratings bin differently', async ({ page, app }) => {
  void app;
  await openRisks(page);
  const cellButton = page.getByRole('button', { name: 'Likelihood 4, impact 4: 2 risks' });
  await cellButton.click();
  await expect(cellButton).toHaveAttribute('aria-pressed', 'true');
  expect((await shownRefs(page)).sort()).toEqual(['R-002', 'R-010']);
  const chip = page.getByText('Filtered by heat-map cell: likelihood 4 (likely) × impact 4 (major), inherent');
  await expect(chip).toBeVisible();
  await page.getByRole('button', { name: 'Remove the heat-map cell filter' }).click();
  await expect(chip).toHaveCount(0);
  await expect(count(page)).toHaveText('11 risks');

  // The grid is one tab stop; arrows move between cells and Enter applies one.
  await cellButton.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Likelihood 4, impact 5: 1 risk' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await shownRefs(page)).toEqual(['R-001']);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('11 risks');

  await page.getByRole('group', { name: 'Rating shown' }).getByRole('button', { name: 'Residual' }).click();
  await page.getByRole('button', { name: 'Likelihood 3, impact 4: 3 risks' }).click();
  expect((await shownRefs(page)).sort()).toEqual(['R-001', 'R-002', 'R-010']);
  // Closed risks are left off the heat map, and out of the cell's rows.
  await page.getByRole('button', { name: 'Likelihood 1, impact 3: 0 risks' }).click();
  await expect(count(page)).toHaveText('Showing 0 of 11 risks');
});

test('the register comes back as the planner left it, sort, filters, heat-map cell and columns; a new plan starts afresh', async ({ page, app }) => {
  void app;
  await openRisks(page);
  const inherent = register(page).getByRole('columnheader', { name: 'Inherent' });
  await inherent.getByRole('button').click();
  await expect(inherent).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('group', { name: 'Rating shown' }).getByRole('button', { name: 'Residual' }).click();
  await page.getByRole('button', { name: 'Likelihood 3, impact 4: 3 risks' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Brigades');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('open');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Treatment' }).check();
  await page.getByRole('checkbox', { name: 'Owner' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('Showing 1 of 11 risks');
  expect(await shownRefs(page)).toEqual(['R-001']);

  await page.getByRole('button', { name: 'Cover', exact: true }).click();
  await expect(register(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(inherent).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Brigades');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('open');
  await expect(page.getByText('Filtered by heat-map cell: likelihood 3 (possible) × impact 4 (major), residual')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Likelihood 3, impact 4: 3 risks' })).toHaveAttribute('aria-pressed', 'true');
  await expect(register(page).getByRole('columnheader', { name: 'Treatment' })).toBeVisible();
  await expect(register(page).getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
  await expect(count(page)).toHaveText('Showing 1 of 11 risks');
  expect(await shownRefs(page)).toEqual(['R-001']);

  // Another plan is another register: nothing of the sample's view carries over.
  await page.keyboard.press('Control+N');
  await expect(count(page)).toHaveText('0 risks');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await expect(page.getByText(/^Filtered by heat-map cell/)).toHaveCount(0);
  await expect(register(page).getByRole('columnheader', { name: 'Inherent' })).toHaveAttribute('aria-sort', 'none');
  await expect(register(page).getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(register(page).getByRole('columnheader', { name: 'Treatment' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Rating shown' }).getByRole('button', { name: 'Inherent' })).toHaveAttribute('aria-pressed', 'true');
});

test('in a small window both areas fit the page, and a status message shows beside an open risk’s details', async ({ page, app }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openRisks(page);
  const main = page.getByRole('main');
  const fitsSideways = () => main.evaluate((m) => m.scrollWidth <= m.clientWidth);
  expect(await fitsSideways()).toBe(true);

  await page.getByRole('button', { name: 'Open R-003' }).click();
  const panel = page.getByRole('complementary');
  await expect(panel).toBeVisible();
  app.dialogs.nextSave = app.path('small-window.mplan');
  await page.keyboard.press('Control+S');
  const status = page.getByRole('status').filter({ hasText: 'Saved “small-window.mplan”.' });
  await expect(status).toBeVisible();
  // Left of the panel and right of the navigation rail, inside the window: nothing covers it.
  const [message, details, rail] = await Promise.all([status.boundingBox(), panel.boundingBox(), page.getByRole('navigation').boundingBox()]);
  expect(message!.x + message!.width).toBeLessThanOrEqual(details!.x);
  expect(message!.x).toBeGreaterThanOrEqual(rail!.x + rail!.width);
  expect(message!.y + message!.height).toBeLessThanOrEqual(700);

  await page.getByRole('button', { name: 'Close the risk details' }).click();
  await page.getByRole('button', { name: 'Capabilities', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Surveillance and early warning checklist' })).toBeVisible();
  expect(await fitsSideways()).toBe(true);
});

test('several selected risks get a new status and owner at once', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await page.getByRole('checkbox', { name: 'Select R-003' }).check();
  await page.getByRole('checkbox', { name: 'Select R-004' }).check();
  const bulk = page.getByRole('region', { name: 'Edit the selected risks' });
  await expect(bulk).toContainText('2 risks selected');
  await bulk.getByRole('combobox', { name: 'Status' }).selectOption('monitoring');
  await bulk.getByRole('button', { name: 'Set status' }).click();
  await bulk.getByRole('textbox', { name: 'Owner' }).fill('Planning cell');
  await bulk.getByRole('button', { name: 'Set owner' }).click();
  for (const ref of ['R-003', 'R-004']) {
    await expect(cell(page, ref, 'status')).toHaveText('Monitoring');
    await expect(cell(page, ref, 'owner')).toHaveText('Planning cell');
  }
  await expect(cell(page, 'R-005', 'status')).toHaveText('Open');
  await bulk.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bulk).toHaveCount(0);
});

test('the register is usable from the keyboard: arrows, Enter to open, Escape back, Space to select', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await page.getByRole('button', { name: 'Score bands…' }).focus();
  // Tab passes the filters and the sortable headers, then lands once in the grid.
  const firstCell = bodyRows(page).first().getByRole('gridcell').first();
  for (let i = 0; i < 60 && !(await firstCell.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstCell).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(riskRow(page, 'R-002').getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary');
  await expect(detail.getByRole('heading', { level: 3 })).toContainText('If authorization and funding are slow');
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(riskRow(page, 'R-002').getByRole('gridcell').nth(1)).toBeFocused();

  await page.keyboard.press(' ');
  await expect(page.getByRole('checkbox', { name: 'Select R-002' })).toBeChecked();
  await expect(riskRow(page, 'R-002')).toHaveAttribute('aria-selected', 'true');

  // Status is edited with a select: Enter opens the editor, the choice saves, focus returns.
  const status = cell(page, 'R-002', 'status');
  await status.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Status of R-002' }).selectOption('closed');
  await expect(status).toHaveText('Closed');
  await expect(status).toBeFocused();
});

test('the detail panel edits ratings, treatment, actions and acceptance, and flags an overdue review', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await page.getByRole('button', { name: 'Open R-006' }).click();
  const detail = page.getByRole('complementary');
  await expect(detail.getByText('The review is overdue.')).toBeVisible();
  await detail.getByRole('textbox', { name: 'Next review date' }).fill('2026-12-20');
  await detail.getByRole('textbox', { name: 'Next review date' }).blur();
  await expect(detail.getByText('The review is overdue.')).toHaveCount(0);

  const residual = detail.getByRole('group', { name: /^Residual/ });
  await residual.getByRole('combobox', { name: 'Likelihood' }).selectOption('1');
  await expect(residual).toContainText('3Low');

  await detail.getByRole('combobox', { name: 'Treatment' }).selectOption('accept');
  await expect(detail.getByText('no one has been recorded as approving it')).toBeVisible();
  await detail.getByRole('textbox', { name: 'Expires on' }).fill('2027-03-01');
  await detail.getByRole('textbox', { name: 'Expires on' }).blur();
  await expect(detail.getByRole('alert')).toHaveText('Record who approved accepting this risk.');
  await detail.getByRole('textbox', { name: 'Approved by' }).fill('SRSG');
  await detail.getByRole('textbox', { name: 'Approved by' }).blur();
  await expect(detail.getByText('no one has been recorded as approving it')).toHaveCount(0);

  await detail.getByRole('textbox', { name: 'New action' }).fill('Agree a protection trigger with the mediators');
  await detail.getByRole('button', { name: 'Add action' }).click();
  await expect(detail.getByRole('textbox', { name: 'Action 1', exact: true })).toHaveValue('Agree a protection trigger with the mediators');

  const saved = await saveAs(page, app, 'detail.mplan');
  const risk = saved.risks.items.find((r) => r.ref === 'R-006')!;
  expect(risk).toMatchObject({ reviewDate: '2026-12-20', residualLikelihood: 1, treatment: 'accept' });
  expect(risk.acceptance).toMatchObject({ approvedBy: 'SRSG', expiresOn: '2027-03-01' });
  expect(risk.actions.map((a) => a.text)).toEqual(['Agree a protection trigger with the mediators']);
  expect(risk.history.map((h) => h.field)).toEqual(expect.arrayContaining(['reviewDate', 'residualLikelihood', 'treatment', 'acceptance', 'actions']));
});

test('score bands are edited with validation and recolour the register', async ({ page, app }) => {
  void app;
  await openRisks(page);
  await page.getByRole('button', { name: 'Score bands…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Score bands' });
  await dialog.getByRole('textbox', { name: 'Highest score of the high band' }).fill('11');
  await expect(dialog.getByRole('alert')).toContainText('Scores 12–15 fall between the high and critical bands.');
  await expect(dialog.getByRole('button', { name: 'Save bands' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Lowest score of the critical band' }).fill('12');
  await expect(dialog.getByText('The bands cover every score from 1 to 25.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save bands' }).click();
  await expect(dialog).toHaveCount(0);
  // R-003 scores 12: high under the default bands, critical now.
  await expect(cell(page, 'R-003', 'inherent').locator('.score-badge')).toHaveClass(/band-critical/);
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'R-003', 'inherent').locator('.score-badge')).toHaveClass(/band-high/);
});

test('the register exported as CSV imports into a new plan with the same rows, which survive saving and reopening', async ({ page, app }) => {
  await openRisks(page);
  const csv = app.path('veloria-risks.csv');
  app.dialogs.nextSave = csv;
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status')).toHaveText(`Exported 11 risks to ${csv}.`);
  expect((await readFile(csv, 'utf8')).startsWith('\uFEFF')).toBe(true);

  await page.getByRole('button', { name: 'Close plan' }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(page.getByText('The register is empty.')).toBeVisible();

  app.dialogs.nextOpen = csv;
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import risks from “veloria-risks.csv”' });
  await expect(dialog).toContainText('11 rows read: 11 ready to import.');
  await expect(dialog).toContainText('Importing adds 11 new risks.');
  // The new plan has none of the sample's capability items, so their links are left out.
  await expect(dialog).toContainText('links to capability items not in this plan were left out');
  await dialog.getByRole('button', { name: 'Import 11 risks' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(count(page)).toHaveText('11 risks');

  const saved = await saveAs(page, app, 'imported.mplan');
  expect(saved.risks.items.map(comparable)).toEqual(createSamplePlan().risks.items.map(comparable));

  await page.getByRole('button', { name: 'Close plan' }).click();
  await recentList(page).getByRole('button', { name: /imported\.mplan/ }).click();
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(count(page)).toHaveText('11 risks');
  await expect(cell(page, 'R-009', 'owner')).toHaveText('Head of planning');
});

test('an import with bad rows lists each problem by row and column, and imports nothing until told to skip them', async ({ page, app }) => {
  await openRisks(page);
  const csv = app.path('partly-bad.csv');
  await writeFile(
    csv,
    [
      'Ref,Title,Category,Likelihood,Impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Treatment,Owner,Status,Next review',
      'R-101,"If the river ferries stop, then monitors cannot reach Dravny",operational,3,3,2,3,2,2,mitigate,Logistics,open,2027-01-10',
      'R-102,"If the curfew is extended, then night patrols stop",security,9,4,2,3,2,2,mitigate,Force commander,open,2027-01-10',
    ].join('\r\n'),
  );
  app.dialogs.nextOpen = csv;
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import risks from “partly-bad.csv”' });
  await expect(dialog).toContainText('2 rows read: 1 ready to import, 1 with problems.');
  const problem = dialog.getByRole('table', { name: 'Problems found' }).getByRole('row').nth(1);
  await expect(problem.getByRole('cell').nth(0)).toHaveText('3');
  await expect(problem.getByRole('cell').nth(1)).toHaveText('Likelihood');
  const importButton = dialog.getByRole('button', { name: 'Import 1 risk' });
  await expect(importButton).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Skip the 1 row with problems/ }).check();
  await importButton.click();
  await expect(count(page)).toHaveText('12 risks');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ferries');
  expect(await shownRefs(page)).toEqual(['R-101']);
  await page.getByRole('searchbox', { name: 'Search' }).fill('curfew');
  await expect(count(page)).toHaveText('Showing 0 of 12 risks');
});

test('the risks screen, its detail panel and its dialogs have no serious accessibility problems', async ({ page, app }) => {
  void app;
  await openRisks(page);
  expect(await seriousAxeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Likelihood 4, impact 4: 2 risks' }).click();
  await page.getByRole('checkbox', { name: 'Select R-002' }).check();
  await page.getByRole('button', { name: 'Open R-002' }).click();
  expect(await seriousAxeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close the risk details' }).click();
  await page.getByRole('button', { name: 'Add from catalogue' }).click();
  expect(await seriousAxeProblems(page)).toEqual([]);
});
