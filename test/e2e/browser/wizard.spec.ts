import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { mandateToPlainText } from '../../../shared/mandate/assemble';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { expect, test } from './host';
import type { Locator } from '@playwright/test';
import type { Page } from './host';
import { dirtyMarker, recentList, typeInto, welcomeHeading } from './screens';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Locators for the wizard, named as the planner sees them. */
const wz = (page: Page) => ({
  stepper: page.getByRole('tablist', { name: 'Wizard steps' }),
  tab: (label: string) => page.getByRole('tab', { name: new RegExp(label) }),
  stepHeading: (label: string) => page.getByRole('heading', { level: 3, name: label }),
  advice: page.getByRole('complementary', { name: /Advice/ }),
  adviceCard: (title: string | RegExp) => page.getByRole('complementary', { name: /Advice/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) }),
  radio: (group: string, choice: string | RegExp) => page.getByRole('group', { name: group }).getByRole('radio', { name: choice, exact: true }),
  factorLevel: (n: number) => page.getByRole('combobox', { name: new RegExp(`^Level of factor ${n}\\. `) }),
  library: page.getByRole('list', { name: 'Library clauses' }),
  operative: page.getByRole('list', { name: /Operative paragraphs/ }),
  document: page.getByRole('article', { name: /./ }),
});

const axeProblems = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

async function openWizard(page: Page) {
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
  await expect(wz(page).stepper).toBeVisible();
}

/**
 * Drags a handle onto the top edge of another item with real mouse steps: Chromium starts an HTML
 * drag only after the pointer has moved a few pixels, which a single jump does not do.
 */
async function dragOnto(page: Page, handle: Locator, target: Locator) {
  await page.setViewportSize({ width: 1280, height: 1600 });
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 6, { steps: 10 });
  await page.mouse.up();
}

async function readPlan(path: string): Promise<Plan> {
  return planSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

test('a planner drafts a new mandate through all five steps, marks it final, and finds the same text after reopening it', async ({ page, app }) => {
  const w = wz(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  await typeInto(page, 'Plan title', 'Dravny preventive mandate');
  await typeInto(page, 'Mission name', 'UN Preventive Force in Dravny (UNPFD)');
  await typeInto(page, 'Author', 'Lena Marić');
  await openWizard(page);

  // Every step starts with something open, and the planner starts on Situation.
  await expect(w.tab('Situation')).toHaveAttribute('aria-selected', 'true');
  await expect(w.tab('Mission design')).toContainText('blocking');
  await expect(w.adviceCard('Situation not yet assessed')).toBeVisible();

  // Step 1 with the keyboard only: radio groups take arrow keys, checkboxes take Space.
  await w.tab('Situation').focus();
  await page.keyboard.press('Tab');
  await expect(w.radio('R2P pillar', /^Not yet assessed/)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(w.radio('R2P pillar', /^Pillar III/)).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(w.radio('How close are atrocity crimes?', 'Imminent')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(w.radio('Conflict context', 'Armed conflict')).toBeChecked();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(w.radio('Host-state consent', 'Consents')).toBeChecked();
  await expect(w.adviceCard('Host regime among potential perpetrators')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /The host regime or its forces/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /The host regime or its forces/ })).toBeChecked();

  // Marking the host regime as perpetrator brings advice with a risk to add in one click.
  const regime = w.adviceCard('Host regime among potential perpetrators');
  await expect(regime).toContainText('complementary measures');
  await expect(regime).toContainText('USIP Peace Brief');
  await regime.getByRole('button', { name: 'Add to risk register' }).click();
  await expect(regime.getByRole('button', { name: /^In register/ })).toBeVisible();
  await expect(regime.getByRole('button', { name: 'Add to risk register' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Added R-001 to the risk register');
  await expect(w.tab('Situation')).toContainText('open problem');
  // "In register" leads to the register, which shows the new risk; coming back returns to the same step.
  await regime.getByRole('button', { name: /^In register/ }).click();
  await expect(page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Risks' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main')).toContainText('If the host regime welcomes the mission only to buy time');
  await openWizard(page);
  await expect(w.tab('Situation')).toHaveAttribute('aria-selected', 'true');

  // Step 2: rate factors, tick an indicator, record evidence, describe the escalation risk.
  await w.tab('Risk factors').click();
  await expect(w.stepHeading('Risk factors')).toBeVisible();
  await w.factorLevel(8).selectOption('high');
  await w.factorLevel(7).selectOption('moderate');
  await w.factorLevel(9).selectOption('high');
  await w.factorLevel(11).selectOption('moderate');
  await page.getByRole('button', { name: /Triggering factors/ }).click();
  await page.getByRole('checkbox', { name: /A census or elections/ }).check();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const evidence = page.getByRole('list', { name: /Evidence for 8\. Triggering factors/ }).getByRole('listitem');
  await expect(evidence.getByRole('textbox', { name: 'What was observed' })).toBeFocused();
  await page.keyboard.type('The electoral commission postponed the Dravny census results twice.');
  await evidence.getByLabel('Date').fill('2026-10-12');
  await evidence.getByRole('textbox', { name: 'Source' }).fill('Field office report');
  await expect(page.getByRole('button', { name: /Triggering factors/ })).toContainText('1 of 12 indicators · 1 evidence entry');
  await expect(page.getByRole('region', { name: 'What the pattern points to' })).toContainText('the pattern points to genocide (high, with factor 10 not yet rated), crimes against humanity (high, with factor 12 not yet rated).');
  await page.getByRole('textbox', { name: 'Expected escalation response' }).fill('Militias may strike before the force is in place; announce tripwires early.');

  // Step 3: a deployment held over the horizon is blocked until a tripwire is defined.
  await page.getByRole('button', { name: 'Next: Mission design' }).click();
  await expect(w.stepHeading('Mission design')).toBeFocused();
  await w.radio('Mission type', /^Preventive deployment/).check();
  await w.radio('Posture of the deployment', /^Over-the-horizon/).check();
  await expect(w.adviceCard('Over-the-horizon force without tripwires')).toContainText('Define at least one tripwire');
  await expect(w.tab('Mission design')).toContainText('blocking');
  await page.getByRole('button', { name: /Announcement of contested election or census results/ }).click();
  await expect(page.getByRole('textbox', { name: 'Tripwire 1: observable event' })).toHaveValue('Announcement of contested election or census results');
  await expect(page.getByRole('combobox', { name: 'Tripwire 1: risk factor it watches' })).toHaveValue('8');
  await expect(w.adviceCard('Tripwire not fully defined')).toBeVisible();
  await page.getByRole('textbox', { name: 'Tripwire 1: observed by' }).fill('Electoral observers in Dravny');
  await page.getByRole('textbox', { name: 'Tripwire 1: response it triggers' }).fill('Deploy two companies to the district capital within 48 hours');
  await expect(w.adviceCard(/without tripwires|not fully defined/)).toHaveCount(0);
  await page.getByRole('group', { name: 'International support' }).getByRole('radio', { name: 'Medium' }).check();
  await page.getByRole('textbox', { name: 'Military', exact: true }).fill('600');

  // Step 4: pick clauses from the filtered library, fill them, write one, reorder with the keyboard.
  await w.tab('Clauses').click();
  await expect(w.library).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('contingency force');
  await w.library.getByRole('listitem', { name: 'Over-the-horizon contingency force: who is authorized and who decides' }).getByRole('button', { name: /^Add/ }).click();
  await search.fill('warning signs');
  await w.library.getByRole('listitem', { name: 'Concern at warning signs' }).getByRole('button', { name: /^Add/ }).click();
  // The force takes all necessary measures, so the text needs its legal basis (issue 14).
  await search.fill('Threat to international peace');
  await w.library.getByRole('listitem', { name: 'Threat to international peace and security' }).getByRole('button', { name: /^Add/ }).click();
  await search.fill('Acting under Chapter VII');
  await w.library.getByRole('listitem', { name: 'Acting under Chapter VII' }).getByRole('button', { name: /^Add/ }).click();
  await search.fill('seized');
  await w.library.getByRole('listitem', { name: 'Remaining seized of the matter' }).getByRole('button', { name: /^Add/ }).click();
  await expect(w.library.getByRole('listitem', { name: 'Remaining seized of the matter' })).toContainText('In the mandate');

  const force = w.operative.getByRole('listitem').filter({ hasText: 'contingency force' });
  await expect(force).toContainText('up to 600 military personnel');
  // The tripwires stay in the plan (restricted by default); the text names who is authorized instead.
  await expect(force).not.toContainText('announcement of contested election or census results');
  await expect(force.locator('mark')).toHaveText(['[authorized_actor?]', '[staging_area?]', '[region?]', '[authorized_actor?]']);
  await force.getByRole('textbox', { name: /Who is authorized/ }).fill('the Economic Community of the Karst Basin');
  await force.getByRole('textbox', { name: /Where the force is held/ }).fill('a staging base in Port Selin');
  await force.getByRole('textbox', { name: /Area or region/ }).fill('Dravny district');
  await expect(force.locator('mark')).toHaveCount(0);
  const concern = page.getByRole('list', { name: /Preambular paragraphs/ }).getByRole('listitem').first();
  await concern.getByRole('textbox', { name: /Warning signs observed/ }).fill('the postponement of census results and militia parades in Dravny');
  await concern.getByRole('textbox', { name: /Group at risk/ }).fill('the Sarvan community');
  const threat = page.getByRole('list', { name: /Preambular paragraphs/ }).getByRole('listitem').filter({ hasText: 'threat to international peace' });
  await threat.getByRole('textbox', { name: /Area or region/ }).fill('Dravny district');

  await page.getByRole('button', { name: 'Write your own' }).click();
  const own = page.getByRole('form', { name: 'Write a clause' });
  await own.getByRole('textbox', { name: 'Opening verb' }).fill('Requests');
  await own.getByRole('textbox', { name: 'Text of the paragraph' }).fill('the Secretary-General to brief the Council on {briefing_topic} within 30 days');
  await own.getByRole('checkbox', { name: 'Authorises a task' }).check();
  await own.getByRole('button', { name: 'Add to the mandate' }).click();
  const mine = w.operative.getByRole('listitem').filter({ hasText: 'brief the Council' });
  await expect(mine).toContainText('[briefing_topic?]');
  await mine.getByRole('textbox', { name: 'briefing topic' }).fill('the conduct of the census');
  await expect(mine).toContainText('brief the Council on the conduct of the census within 30 days');

  // Own paragraphs go before "remains seized"; Alt+ArrowUp moves it above the force paragraph.
  await expect(w.operative.getByRole('listitem')).toHaveText([/contingency force/, /brief the Council/, /remain actively seized/]);
  await mine.getByRole('button', { name: /^Reorder OP/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(w.operative.getByRole('listitem')).toHaveText([/brief the Council/, /contingency force/, /remain actively seized/]);
  await expect(page.getByRole('button', { name: 'Reorder OP 1' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(w.operative.getByRole('listitem').first()).toContainText('brief the Council');
  await expect(w.tab('Clauses')).not.toContainText('blocking');

  // Step 5: set the dates, see the mandate ready, mark it final and copy it.
  await w.tab('Review').click();
  await page.getByRole('textbox', { name: 'Start date', exact: true }).fill('2027-01-01');
  await page.getByRole('textbox', { name: 'Review date', exact: true }).fill('2027-06-30');
  await expect(page.getByRole('region', { name: 'Ready to be marked final' })).toBeVisible();
  await expect(w.document).toContainText('The Security Council,');
  await expect(w.document.getByRole('listitem')).toHaveText([
    /^Requests the Secretary-General to brief the Council on the conduct of the census within 30 days;/,
    /^Authorizes the Economic Community of the Karst Basin to maintain a contingency force of up to 600 military personnel/,
    /^Decides that the mandate of UNPFD shall run for a period of 12 months, from 1 January 2027 until 31 December 2027;/,
    /^Decides to review the mandate of UNPFD no later than 30 June 2027;/,
    /^Requests the Secretary-General to report to the Council on the implementation of this mandate every 90 days;/,
    /^Decides to remain actively seized of the matter\.$/,
  ]);
  await expect(page.getByRole('table')).toContainText('30 June 2027 (mandate review)');
  await page.getByRole('button', { name: 'Mark as final' }).click();
  await expect(page.getByRole('region', { name: 'The mandate is final' })).toBeVisible();
  await expect(w.tab('Review')).toContainText('Final');
  const shownText = await w.document.innerText();

  // Save, then check the file: final status, the guidance risk, and the same mandate text.
  const target = app.path('dravny.mplan');
  app.dialogs.nextSave = target;
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  const saved = await readPlan(target);
  expect(saved.mandate.status).toBe('final');
  expect(saved.situation.perpetrators).toEqual(['host-regime']);
  expect(saved.situation.riskFactors[7]).toMatchObject({ level: 'high', indicators: ['rf8-elections'], evidence: [{ date: '2026-10-12', source: 'Field office report' }] });
  expect(saved.mission.tripwires).toMatchObject([{ observer: 'Electoral observers in Dravny', factor: 8 }]);
  expect(saved.risks.items).toMatchObject([{ ref: 'R-001', source: 'guidance', sourceRef: 'rsk-regime-buys-time', history: [{ by: 'Lena Marić' }] }]);
  const expectedText = mandateToPlainText(saved, { includeProblems: false });
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(page.getByRole('status')).toContainText('copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedText);
  expect(expectedText).toContain('1. Requests the Secretary-General to brief the Council on the conduct of the census within 30 days;');

  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(welcomeHeading(page)).toBeVisible();
  await recentList(page).getByRole('button', { name: /dravny\.mplan/ }).click();
  await openWizard(page);
  await w.tab('Review').click();
  await expect(page.getByRole('region', { name: 'The mandate is final' })).toBeVisible();
  expect(await w.document.innerText()).toBe(shownText);
});

test('wizard edits are undone and redone like any other edit, and typing in a field is one step', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  await openWizard(page);
  await w.radio('R2P pillar', /^Pillar II\s/).check();
  await typeInto(page, 'Other notes on the situation', 'Census dispute unresolved');
  await expect(page.getByRole('button', { name: 'Undo edit situation notes' })).toBeEnabled();
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('textbox', { name: 'Other notes on the situation' })).toHaveValue('');
  await expect(w.radio('R2P pillar', /^Pillar II\s/)).toBeChecked();
  await page.keyboard.press('Control+Z');
  await expect(w.radio('R2P pillar', /^Not yet assessed/)).toBeChecked();
  await expect(dirtyMarker(page)).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(w.radio('R2P pillar', /^Pillar II\s/)).toBeChecked();
  await expect(dirtyMarker(page)).toBeVisible();
});

test('the steps move with arrow keys, Home and End, and the wizard remembers the step when the planner comes back', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  await w.tab('Situation').focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.tab('Risk factors')).toBeFocused();
  await expect(w.tab('Risk factors')).toHaveAttribute('aria-selected', 'true');
  await expect(w.stepHeading('Risk factors')).toBeVisible();
  await page.keyboard.press('End');
  await expect(w.tab('Review')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(w.tab('Situation')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(w.tab('Clauses')).toHaveAttribute('aria-selected', 'true');
  await expect(w.tab('Mission design')).toContainText('1 open problem');
  await expect(w.tab('Situation')).toContainText('complete');

  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Cover' }).click();
  await openWizard(page);
  await expect(w.tab('Clauses')).toHaveAttribute('aria-selected', 'true');
});

test('removing the tripwires of the sample force blocks the final mandate until one is defined again', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  await w.tab('Review').click();
  await expect(page.getByRole('button', { name: 'Mark as final' })).toBeEnabled();

  await w.tab('Mission design').click();
  await page.getByRole('button', { name: 'Remove tripwire 2' }).click();
  await page.getByRole('button', { name: 'Remove tripwire 1' }).click();
  await expect(page.getByText('No tripwires yet.')).toBeVisible();
  await expect(w.tab('Mission design')).toContainText('blocking');

  await w.tab('Review').click();
  await expect(page.getByRole('region', { name: /Not ready: 1 blocking problem/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as final' })).toBeDisabled();
  const problem = page.getByRole('list', { name: 'Open problems' }).getByRole('listitem').filter({ hasText: 'Over-the-horizon force without tripwires' });
  await problem.getByRole('button', { name: /Go to Mission design/ }).click();
  await expect(w.tab('Mission design')).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Add tripwire' }).click();
  await expect(page.getByRole('textbox', { name: 'Tripwire 1: observable event' })).toBeFocused();
  await page.keyboard.type('Militia convoy crossing the Marn bridge');
  await page.getByRole('textbox', { name: 'Tripwire 1: observed by' }).fill('Bridge observation post');
  await page.getByRole('textbox', { name: 'Tripwire 1: response it triggers' }).fill('Quick-reaction company to Marn within 12 hours');
  await expect(w.tab('Mission design')).not.toContainText('blocking');
  await w.tab('Review').click();
  await expect(page.getByRole('button', { name: 'Mark as final' })).toBeEnabled();
});

test('a paragraph dragged by its handle lands where it is dropped, and the review numbers follow', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  await w.tab('Clauses').click();
  const items = w.operative.getByRole('listitem');
  await expect(items.nth(5)).toContainText('graduated steps');
  await dragOnto(page, page.getByRole('button', { name: 'Reorder OP 6' }), page.getByRole('listitem', { name: 'OP 1', exact: true }));
  await expect(items.first()).toContainText('graduated steps');
  await expect(items.nth(1)).toContainText('expand the mandate of UNROKB');
  await page.getByRole('button', { name: 'Move OP 2 up' }).click();
  await expect(items.first()).toContainText('expand the mandate of UNROKB');
  await expect(page.getByRole('button', { name: 'Move OP 1 up' })).toBeDisabled();

  await w.tab('Review').click();
  // Now the first paragraph to name UNPMV, so it gives the full name with the acronym (issue 14).
  await expect(w.document.getByRole('listitem').nth(1)).toHaveText(/^Requests the Special Representative and the Force Commander of the United Nations Preventive Mission in Veloria \(UNPMV\) to answer continued preparations/);
});

test('editing a library clause shows new gaps, blocks the final text, and the library wording can be restored', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  await w.tab('Clauses').click();
  await page.getByRole('button', { name: 'Edit OP 9' }).click();
  const demand = page.getByRole('listitem', { name: 'OP 9' });
  await demand.getByRole('textbox', { name: 'Text of OP 9' }).fill('that all parties in {district} immediately cease all attacks against civilians');
  await expect(demand.locator('mark')).toHaveText('[district?]');
  await expect(w.adviceCard('Clause with unfilled parameters')).toContainText('district');
  await expect(w.adviceCard('Wording with stray braces or unknown parameters')).toBeVisible();
  await demand.getByRole('textbox', { name: 'district' }).fill('Lévèque');
  await expect(demand).toContainText('that all parties in Lévèque immediately cease');
  await demand.getByRole('button', { name: 'Back to library wording' }).click();
  await expect(demand).toContainText('refrain from any act or statement that incites violence against the Sarvan community');
  await expect(w.adviceCard(/unfilled parameters|stray braces/)).toHaveCount(0);
});

test('advice can be dismissed, shown again, and the dismissal is undone with Ctrl+Z', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  const doctrine = w.adviceCard('Non-state perpetrators need their own doctrine');
  await doctrine.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(doctrine).toHaveCount(0);
  await page.getByRole('button', { name: 'Show 1 dismissed note' }).click();
  await page.getByRole('button', { name: 'Show again: Non-state perpetrators need their own doctrine' }).click();
  await expect(w.adviceCard('Non-state perpetrators need their own doctrine')).toBeVisible();
  await w.adviceCard('Non-state perpetrators need their own doctrine').getByRole('button', { name: /^Dismiss/ }).click();
  await expect(w.adviceCard('Non-state perpetrators need their own doctrine')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(w.adviceCard('Non-state perpetrators need their own doctrine')).toBeVisible();
  // Blocking advice offers no Dismiss.
  await w.tab('Mission design').click();
  await w.radio('Posture of the deployment', /^Not yet decided/).check();
  await expect(w.adviceCard('Deployment posture not chosen').getByRole('button', { name: /Dismiss/ })).toHaveCount(0);
});

test('every wizard step of the sample plan passes the automatic accessibility checks, with panels opened', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);
  expect(await axeProblems(page)).toEqual([]);
  await w.tab('Risk factors').click();
  await page.getByRole('button', { name: /Enabling circumstances/ }).click();
  expect(await axeProblems(page)).toEqual([]);
  await w.tab('Mission design').click();
  expect(await axeProblems(page)).toEqual([]);
  await w.tab('Clauses').click();
  await page.getByRole('button', { name: 'Edit OP 3' }).click();
  await page.getByRole('button', { name: 'Clause library' }).click();
  await page.getByRole('checkbox', { name: 'Show clauses that do not fit' }).check();
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Write your own' }).click();
  expect(await axeProblems(page)).toEqual([]);
  await w.tab('Review').click();
  expect(await axeProblems(page)).toEqual([]);
});

test('a new, empty plan passes the automatic accessibility checks on every step', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  await openWizard(page);
  for (const step of ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review']) {
    await w.tab(step).click();
    expect(await axeProblems(page), step).toEqual([]);
  }
});
