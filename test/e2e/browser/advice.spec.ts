import { writeFile } from 'node:fs/promises';
import { serializePlan } from '../../../shared/plan/validate';
import { SCENARIOS } from '../../fixtures/scenarios';
import { expect, test } from './host';
import type { Page } from './host';

const advicePanel = (page: Page) => page.getByRole('complementary', { name: /Advice/ });
const card = (page: Page, title: string | RegExp) => advicePanel(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
const tab = (page: Page, label: string) => page.getByRole('tab', { name: new RegExp(label) });

async function openWizard(page: Page) {
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
  await expect(page.getByRole('tablist', { name: 'Wizard steps' })).toBeVisible();
}

test('an advice card takes the planner to the control that resolves it, on another step if need be, and clears once resolved', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await openWizard(page);

  // From the risk factors, the crime picture leads to the clause library on the Clauses step.
  await tab(page, 'Risk factors').click();
  const crimes = card(page, 'What the risk factors point to');
  await crimes.getByRole('button', { name: /resolves: What the risk factors point to/ }).click();
  await expect(tab(page, 'Clauses')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toBeFocused();

  // A proposed clause: the link lands on its Add button in the library, and adding it clears the card.
  const tech = card(page, 'New technology for a small force');
  await expect(tech).toContainText('Modern surveillance technology');
  await tech.getByRole('button', { name: /resolves: New technology/ }).click();
  await expect(page.getByRole('button', { name: 'Add “Modern surveillance technology”', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page, 'New technology for a small force')).toHaveCount(0);

  // A missing end state: the link focuses the field on Mission design; typing one clears the warning.
  await tab(page, 'Mission design').click();
  const endState = page.getByRole('textbox', { name: 'End state' });
  await endState.fill('');
  await page.getByRole('textbox', { name: 'Exit criteria' }).fill('');
  const warning = card(page, 'No end state or exit criteria');
  await expect(warning).toContainText('the end state and the exit criteria');
  await tab(page, 'Situation').click();
  await tab(page, 'Mission design').click();
  await warning.getByRole('button', { name: /resolves: No end state/ }).click();
  await expect(endState).toBeFocused();
  await page.keyboard.type('No threat of mass violence against the Sarvan community');
  await expect(warning).toContainText('Still to set: the exit criteria');
  await warning.getByRole('button', { name: /resolves: No end state/ }).click();
  await expect(page.getByRole('textbox', { name: 'Exit criteria' })).toBeFocused();
  await page.keyboard.type('Six months without attacks on Sarvan villages');
  await expect(card(page, 'No end state or exit criteria')).toHaveCount(0);
});

test('a risk suggested by several cards and by the catalogue is added once and shown everywhere as already in the register', async ({ page, app }) => {
  await writeFile(app.path('ardal.mplan'), serializePlan(SCENARIOS.regime()));
  app.dialogs.nextOpen = app.path('ardal.mplan');
  await page.keyboard.press('Control+O');
  await openWizard(page);
  await tab(page, 'Situation').click();

  // The buy-time risk is suggested on the Situation step and again on the Clauses step.
  const regime = card(page, 'Host regime among potential perpetrators');
  await regime.getByRole('button', { name: /^Add to risk register: If the host regime welcomes the mission only to buy time/ }).click();
  await expect(page.getByRole('status')).toContainText('Added R-001 to the risk register');
  await expect(regime.getByRole('button', { name: /^In register as R-001/ })).toBeVisible();

  await tab(page, 'Clauses').click();
  const partner = card(page, 'Host treated as a partner while a potential perpetrator');
  await expect(partner.getByRole('button', { name: /^In register as R-001/ })).toBeVisible();
  await expect(partner.getByRole('button', { name: /^Add to risk register/ })).toHaveCount(0);

  // The card of seed risks offers each risk once; adding one leaves the others.
  await tab(page, 'Mission design').click();
  const seed = card(page, 'Risks this design carries');
  await expect(seed.getByRole('listitem')).toHaveCount(0);
  await expect(seed).toContainText('If UN entities in the field pursue separate agendas');
  await seed.getByRole('button', { name: /^Add to risk register: If UN entities/ }).click();
  await expect(page.getByRole('status')).toContainText('Added R-002');
  await expect(card(page, 'Risks this design carries')).toHaveCount(0);

  // The catalogue marks both as already in the register and does not offer a plain Add.
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Risks' }).click();
  await page.getByRole('button', { name: /catalogue/i }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add risks from the catalogue' });
  await dialog.getByRole('searchbox', { name: 'Search the catalogue' }).fill('buy time');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('listitem')).toContainText('Already in the register as R-001.');
  await expect(dialog.getByRole('button', { name: /again$/ })).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search the catalogue' }).fill('separate agendas');
  await expect(dialog.getByRole('listitem')).toContainText('Already in the register as R-002.');
});
