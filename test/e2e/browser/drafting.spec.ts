import { expect, test } from './host';
import type { Page } from './host';

/** Council drafting in the wizard: instruments, facts that flow into clauses, clauses filled in the library. */
const wz = (page: Page) => ({
  tab: (label: string) => page.getByRole('tab', { name: new RegExp(label) }),
  document: page.getByRole('article', { name: /./ }),
  advice: page.getByRole('complementary', { name: /Advice/ }),
  instrument: page.getByRole('combobox', { name: 'Adopted as' }),
});

async function openSampleWizard(page: Page) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
  await expect(page.getByRole('tablist', { name: 'Wizard steps' })).toBeVisible();
}

test('switching the instrument redraws the text with its bodies and layout, and switching back gives the same text', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await openSampleWizard(page);
  await w.tab('Review').click();
  await expect(w.document).toContainText('Draft resolution');
  await expect(w.document).toContainText('The Security Council,');
  await expect(w.document).toContainText('Decides that the mandate of UNPMV shall include the following priority tasks:');
  await expect(w.document).toContainText('(a) Protection of civilians:');
  const resolution = await w.document.innerText();

  await w.instrument.selectOption({ label: 'African Union Peace and Security Council communiqué' });
  await expect(w.document).toContainText('Draft communiqué');
  await expect(w.document).toContainText('Council,');
  await expect(w.document).toContainText('Recalls United Nations Security Council resolutions on women and peace and security');
  await expect(w.document).toContainText('Requests the Chairperson of the Commission to take the necessary measures');
  await expect(w.document).not.toContainText('Secretary-General');
  await expect(page.getByRole('textbox', { name: 'Mandating body' })).toHaveValue('Peace and Security Council of the African Union');

  await w.instrument.selectOption({ label: 'Council Decision of the European Union (CFSP)' });
  await expect(w.document).toContainText('THE COUNCIL OF THE EUROPEAN UNION,');
  await expect(w.document).toContainText('HAS ADOPTED THIS DECISION:');
  await expect(w.document).toContainText('Article 1');
  await expect(w.document).toContainText('the EU Operation Commander');

  await w.instrument.selectOption({ label: 'Exchange of letters (UN special political mission)' });
  await expect(w.document).toContainText('Letter dated […] from the Secretary-General addressed to the President of the Security Council');
  await expect(w.document).toContainText('They take note of the intention expressed in your letter.');
  // A letter cannot authorize force: the force paragraph now blocks the final text.
  await expect(page.getByRole('list', { name: 'Open problems' })).toContainText('Force authorized without a legal basis');

  await w.instrument.selectOption({ label: 'UN Security Council resolution' });
  await expect(page.getByRole('textbox', { name: 'Mandating body' })).toHaveValue('Security Council');
  await expect.poll(() => w.document.innerText()).toBe(resolution);
  await expect(page.getByRole('button', { name: 'Mark as final' })).toBeEnabled();
});

test('a fact typed once flows into every clause that names it, an override stays, and a slower force than a tripwire expects is flagged', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await openSampleWizard(page);
  await w.tab('Mission design').click();
  const facts = page.getByRole('region', { name: 'Names and facts the mandate quotes' });
  await facts.getByRole('textbox', { name: 'Host state' }).fill('the Republic of Veloria');

  await w.tab('Review').click();
  await expect(w.document).toContainText('Reaffirming that the Government of the Republic of Veloria bears the primary responsibility');
  await expect(w.document).toContainText('could undermine confidence and stability in the Republic of Veloria');

  // One clause keeps a value of its own; the others go on following the plan.
  await w.tab('Clauses').click();
  await page.getByRole('button', { name: 'Edit PP 1' }).click();
  const pp1 = page.getByRole('listitem', { name: 'PP 1' });
  await expect(pp1.getByText('From the plan; changes with it.')).toBeVisible();
  await pp1.getByRole('textbox', { name: 'Host state' }).fill('Veloria');
  await expect(pp1.getByText(/This clause’s own value; the plan says “the Republic of Veloria”/)).toBeVisible();

  await w.tab('Mission design').click();
  await facts.getByRole('textbox', { name: 'Host state' }).fill('the Federal Republic of Veloria');
  await facts.getByRole('spinbutton', { name: /Time to deploy/ }).or(facts.getByRole('textbox', { name: /Time to deploy/ })).fill('48');
  await w.tab('Review').click();
  await expect(w.document).toContainText('Reaffirming that the Government of Veloria bears');
  await expect(w.document).toContainText('stability in the Federal Republic of Veloria');
  await expect(w.document).toContainText('ready to deploy to Lévèque and Dravny districts within 48 hours');
  await expect(page.getByRole('list', { name: 'Open problems' })).toContainText('the force needs 48 h to deploy, but the tripwire "Armed groups massing within 10 km of Corvane IDP camp" expects a response within 24 h');

  // Back to the plan's value with one button.
  await w.tab('Clauses').click();
  await page.getByRole('listitem', { name: 'PP 1' }).getByRole('button', { name: 'Use the plan’s value' }).click();
  await w.tab('Review').click();
  await expect(w.document).toContainText('Reaffirming that the Government of the Federal Republic of Veloria bears');
});

test('a clause added from the library is filled in place, and a value the app proposed waits for confirmation', async ({ page, app }) => {
  void app;
  const w = wz(page);
  await openSampleWizard(page);
  await w.tab('Clauses').click();
  await page.getByRole('button', { name: 'Clause library' }).click();
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Recalling previous resolutions');
  const entry = page.getByRole('listitem', { name: 'Recalling previous resolutions' });
  await entry.getByRole('button', { name: 'Add “Recalling previous resolutions”' }).click();
  const fill = entry.getByRole('group', { name: 'Fill in the clause just added' });
  await expect(fill.getByRole('textbox', { name: 'Previous resolutions' })).toBeFocused();
  await page.keyboard.type('2687 (2025)');
  await expect(fill).toContainText('Recalling its previous resolutions on the situation in Republic of Veloria');
  await expect(fill).toContainText('in particular resolutions 2687 (2025)');
  await fill.getByRole('button', { name: 'Done' }).click();
  await expect(fill).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Authorize Member States');
  const states = page.getByRole('listitem', { name: /Authorize Member States or a regional organization/ });
  await states.getByRole('button', { name: /^Add/ }).click();
  const fill2 = states.getByRole('group', { name: 'Fill in the clause just added' });
  await expect(fill2.getByText('Suggested by the app, not yet confirmed.')).toBeVisible();
  await expect(w.advice).toContainText('Values proposed by the app, not yet confirmed');
  await fill2.getByRole('button', { name: 'Confirm' }).click();
  await expect(fill2.getByText('Suggested by the app, not yet confirmed.')).toHaveCount(0);
  await expect(w.advice).not.toContainText('Values proposed by the app, not yet confirmed');
});
