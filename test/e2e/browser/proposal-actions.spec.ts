/**
 * How much input a complete proposal takes: a new plan for a situation of our own (Ostmark, a
 * preventive deployment held over the horizon) through all five wizard steps, the capability
 * checklists rated, at least ten risks in the register, saved, and the brief exported — with the
 * fewest actions the UI allows. Every action goes through one counter:
 *   click  — a press on a button, tab, link or checkbox;
 *   choice — picking a value in a select or a radio group;
 *   key    — a key press (shortcuts, Space on a row);
 *   typed  — one text field filled (however long the text).
 * The spec runs on any version of the UI: where a one-move control exists (add all suggested
 * risks, rate selected items) it takes it, otherwise it does the same work item by item, so the
 * counts of two versions describe the same content. docs/benchmarks.md keeps the figures.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locator } from '@playwright/test';
import { mandateToPlainText } from '../../../shared/mandate/assemble';
import { planSchema } from '../../../shared/plan/schema';
import { expect, test } from './host';
import type { Page } from './host';

interface Counts {
  clicks: number;
  choices: number;
  keys: number;
  typed: number;
}

function counter(page: Page) {
  const n: Counts = { clicks: 0, choices: 0, keys: 0, typed: 0 };
  const phases: { phase: string; actions: number }[] = [];
  const total = () => n.clicks + n.choices + n.keys + n.typed;
  let start = 0;
  return {
    n,
    phases,
    /** Closes the part of the work done since the last phase, for the table in docs/benchmarks.md. */
    phase: (phase: string) => {
      phases.push({ phase, actions: total() - start });
      start = total();
    },
    click: async (target: Locator, options?: Parameters<Locator['click']>[0]) => {
      n.clicks++;
      await target.click(options);
    },
    choose: async (select: Locator, value: string | { label: string }) => {
      n.choices++;
      await select.selectOption(value);
    },
    pick: async (radio: Locator) => {
      n.choices++;
      await radio.check();
    },
    key: async (key: string) => {
      n.keys++;
      await page.keyboard.press(key);
    },
    type: async (field: Locator, text: string) => {
      n.typed++;
      // Held by its element: a filled value may move the field out of what the locator matches.
      const element = await field.elementHandle();
      await element!.fill(text);
      await element!.evaluate((el) => (el as HTMLElement).blur());
    },
  };
}

test.use({ actionTimeout: 8_000 });

/** What this spec measured on the issue-20 branch, and the slack a small UI change may take. */
const MEASURED = { clicks: 32, choices: 13, keys: 1, typed: 23, total: 69 } as const;
const MARGIN = { clicks: 2, choices: 1, keys: 0, typed: 1, total: 3 } as const;
/** The same proposal at commit 2a798c7, before the issue-20 work (docs/benchmarks.md). */
const BASELINE_TOTAL = 158;

const STATUS_BY_AREA = { Surveillance: 'In place', Training: 'Partial', Coordination: 'Missing' } as const;

// Unfinished at the session's deadline: step 3 assumes a tripwire suggestion that only appears once a
// factor-8 indicator is ticked in step 2. Fix that step, run it on the base commit and on this branch,
// and record both counts in docs/benchmarks.md before taking the fixme off.
test('a complete proposal for Ostmark, counted action by action', async ({ page, app }) => {
  test.setTimeout(150_000);
  const act = counter(page);
  const nav = (name: string) => page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name, exact: true });
  const tab = (label: string) => page.getByRole('tab', { name: new RegExp(`^\\d ${label} ,`) });
  const radio = (group: string, choice: RegExp | string) => page.getByRole('group', { name: group }).getByRole('radio', { name: choice, exact: typeof choice === 'string' });
  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  const advice = page.getByRole('complementary', { name: /Advice/ });

  // Cover.
  await act.click(page.getByRole('button', { name: 'New plan' }));
  await act.type(textbox('Plan title'), 'Ostmark: preventive deployment');
  await act.type(textbox('Mission name'), 'UN Preventive Force in Ostmark (UNPFO)');
  await act.type(textbox('Country or region'), 'Ostmark, Lower Vistra valley');
  await act.type(textbox('Author'), 'Ines Halvorsen');

  act.phase('cover');
  // Step 1: situation.
  await act.click(nav('Situation & mandate'));
  await act.pick(radio('R2P pillar', /^Pillar III/));
  await act.pick(radio('How close are atrocity crimes?', 'Imminent'));
  await act.pick(radio('Conflict context', 'Armed conflict'));
  await act.pick(radio('Host-state consent', 'Consents'));
  await act.click(page.getByRole('checkbox', { name: /The host regime or its forces/ }));

  act.phase('step 1, situation');
  // Step 2: risk factors, one piece of evidence, the expected escalation.
  await act.click(page.getByRole('button', { name: 'Next: Risk factors' }));
  for (const [factor, level] of [[1, 'high'], [2, 'moderate'], [7, 'high'], [8, 'high'], [9, 'moderate'], [11, 'high']] as const) {
    await act.choose(page.getByRole('combobox', { name: new RegExp(`^Level of factor ${factor}\\. `) }), level);
  }
  await act.click(page.getByRole('button', { name: /Triggering factors/ }));
  // The census indicator is what suggests the tripwire of step 3.
  await act.click(page.getByRole('checkbox', { name: /^8\.8 A census or elections/ }));
  await act.click(page.getByRole('button', { name: 'Add evidence' }));
  const evidence = page.getByRole('list', { name: /Evidence for 8\. Triggering factors/ }).getByRole('listitem');
  await act.type(evidence.getByRole('textbox', { name: 'What was observed' }), 'Militia parades in Vistra town after the census results were withheld.');
  await act.type(evidence.getByLabel('Date'), '2026-11-02');
  await act.type(evidence.getByRole('textbox', { name: 'Source' }), 'Field office report');
  await act.type(textbox('Expected escalation response'), 'Militias may strike before the force is in place; announce the tripwires early.');

  act.phase('step 2, risk factors');
  // Step 3: mission design, a tripwire, authorization outlook, personnel.
  await act.click(page.getByRole('button', { name: 'Next: Mission design' }));
  await act.pick(radio('Mission type', /^Preventive deployment/));
  await act.pick(radio('Posture of the deployment', /^Over.the.horizon/));
  await act.click(page.getByRole('button', { name: /Announcement of contested election or census results/ }));
  await act.type(textbox('Tripwire 1: observed by'), 'Electoral observers in Vistra');
  await act.type(textbox('Tripwire 1: response it triggers'), 'Deploy two companies to Vistra town within 48 hours');
  await act.pick(page.getByRole('group', { name: 'International support' }).getByRole('radio', { name: 'Medium' }));
  await act.type(page.getByRole('textbox', { name: 'Military', exact: true }), '800');

  act.phase('step 3, mission design');
  // Step 4: clauses from the library, every required value filled.
  await act.click(page.getByRole('button', { name: 'Next: Clauses' }));
  const library = page.getByRole('list', { name: 'Library clauses' });
  if (!(await library.isVisible())) await act.click(page.getByRole('button', { name: 'Clause library' }));
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  for (const [words, title] of [
    // Called “… with tripwires” before the issue-20 work, “…: who is authorized and who decides” after.
    ['contingency force', /^Over-the-horizon contingency force/],
    ['warning signs', 'Concern at warning signs'],
    ['camps', 'Protecting villages and camps'],
    ['commitments', 'Firm commitments to back the force'],
    ['seized', 'Remaining seized of the matter'],
  ] as const) {
    await act.type(search, words);
    await act.click(library.getByRole('listitem', { name: title }).getByRole('button', { name: /^Add/ }));
  }
  const values: Record<string, string> = {};
  const empty = page.locator('.wz-clause .wz-param[data-empty]:has(.wz-needed)').locator('input, textarea');
  // Whatever the plan's facts have not filled in yet, the planner types.
  for (let guard = 0; guard < 30 && (await empty.count()) > 0; guard++) {
    const field = empty.first();
    const label = (await field.getAttribute('aria-label')) ?? (await field.evaluate((el) => el.closest('.wz-param')?.querySelector('label')?.textContent?.replace(/\s*needed$/, '') ?? ''));
    values[label] = label.match(/date/i) ? '2027-01-15' : `the Lower Vistra valley (${guard + 1})`;
    await act.type(field, values[label]);
  }

  act.phase('step 4, clauses');
  // Step 5: the mandate's dates, then final.
  await act.click(page.getByRole('button', { name: 'Next: Review' }));
  await act.type(page.getByRole('textbox', { name: 'Start date', exact: true }), '2027-01-01');
  await act.type(page.getByRole('textbox', { name: 'Review date', exact: true }), '2027-06-30');
  // Since issue 20 a paragraph that authorizes force needs a legal basis: here, the host's consent
  // and self-defence (one tick; the older UI had no such rule and no such control).
  const consentBasis = page.getByRole('checkbox', { name: /^The force acts with the host state’s consent/ });
  if ((await consentBasis.count()) > 0) await act.click(consentBasis);

  act.phase('step 5, terms');
  // The risks the advice suggests, on every step.
  const addAll = advice.getByRole('button', { name: /^Add all \d+ suggested risks/ });
  if (await addAll.isVisible()) {
    await act.click(addAll);
    await act.click(page.getByRole('dialog', { name: 'Add the suggested risks' }).getByRole('button', { name: /^Add \d+ risks? to the register$/ }));
  } else {
    for (const step of ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review']) {
      await act.click(tab(step));
      const one = advice.getByRole('button', { name: /^Add to risk register/ });
      while ((await one.count()) > 0) await act.click(one.first());
    }
    await act.click(tab('Review'));
  }
  await expect(page.getByRole('region', { name: 'Ready to be marked final' })).toBeVisible();
  await act.click(page.getByRole('button', { name: 'Mark as final' }));
  await expect(page.getByRole('region', { name: 'The mandate is final' })).toBeVisible();

  act.phase('advice risks, mark final');
  // Capabilities: the catalogue items for this mission, each rated.
  await act.click(nav('Capabilities'));
  await act.click(page.getByRole('button', { name: /^Add the \d+ catalogue items for this mission$/ }));
  for (const [area, status] of Object.entries(STATUS_BY_AREA)) {
    // “Surveillance checklist” before issue 20, “Surveillance and early warning checklist” after.
    const grid = page.getByRole('grid', { name: new RegExp(`^${area}( .*)? checklist$`) });
    await expect(grid).toBeVisible();
    const selectAll = grid.getByRole('checkbox', { name: 'Select every item of this checklist' });
    if ((await selectAll.count()) > 0) {
      await act.click(selectAll);
      await act.click(page.getByRole('region', { name: 'Rate the selected items' }).getByRole('button', { name: status, exact: true }));
      continue;
    }
    const rows = grid.getByRole('row');
    const count = (await rows.count()) - 1;
    for (let i = 1; i <= count; i++) {
      const cell = rows.nth(i).getByRole('gridcell').nth(1);
      if ((await cell.innerText()).trim() === status) continue;
      await act.click(cell);
      await act.choose(page.getByRole('combobox', { name: /^Status of/ }), { label: status });
    }
  }
  act.phase('capabilities rated');
  // The critical gaps go into the register too.
  const gaps = page.getByRole('region', { name: 'Gaps that belong in the risk register' });
  const allGaps = gaps.getByRole('button', { name: /^Add all \d+ to the register/ });
  if (await allGaps.isVisible()) {
    await act.click(allGaps);
    await act.click(page.getByRole('dialog', { name: 'Add the suggested risks' }).getByRole('button', { name: /^Add \d+ risks? to the register$/ }));
  } else {
    const one = gaps.getByRole('button', { name: /^Add to the risk register/ });
    while ((await one.count()) > 0) await act.click(one.first());
  }

  act.phase('capability-gap risks');
  // Save, and export the brief.
  const file = app.path('ostmark.mplan');
  app.dialogs.nextSave = file;
  await act.key('Control+S');
  await expect.poll(async () => (await readFile(file, 'utf8').catch(() => '')).length).toBeGreaterThan(0);
  await act.click(nav('Brief'));
  app.dialogs.nextSave = app.path('ostmark-brief.pdf');
  await act.click(page.getByRole('button', { name: 'Export PDF…' }));
  await expect(page.getByRole('group', { name: /^Exported/ })).toBeVisible({ timeout: 60_000 });

  act.phase('save, export');

  // The content is complete: final mandate, rated checklists, ten risks or more.
  const saved = planSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  expect(saved.mandate.status).toBe('final');
  expect(saved.mandate.clauses.length).toBeGreaterThanOrEqual(5);
  expect(saved.capabilities.items.length).toBeGreaterThan(15);
  expect(saved.capabilities.items.filter((i) => i.status === 'unassessed').map((i) => i.title)).toEqual([]);
  expect(saved.risks.items.length).toBeGreaterThanOrEqual(10);
  const refs = saved.risks.items.map((r) => r.title);
  expect(new Set(refs).size).toBe(refs.length);

  // The title's colon reads as " - " in the names the save dialogs suggested.
  const suggested = app.dialogs.shown.filter((d) => d.kind === 'save').map((d) => basename(d.defaultPath ?? ''));
  expect(suggested).toEqual(['Ostmark - preventive deployment.mplan', 'Ostmark - preventive deployment - brief.pdf']);

  // Numbered operative paragraphs in the final text, and a PDF on disk.
  const text = mandateToPlainText(saved);
  for (const n of [1, 2, 3]) expect(text).toMatch(new RegExp(`^${n}\\. \\S`, 'm'));
  const pdf = await readFile(app.path('ostmark-brief.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  const result = { ...act.n, total: act.n.clicks + act.n.choices + act.n.keys + act.n.typed, risks: saved.risks.items.length, capabilities: saved.capabilities.items.length, clauses: saved.mandate.clauses.length, clauseValuesTyped: Object.keys(values), riskTitles: refs.toSorted(), phases: act.phases };
  test.info().annotations.push({ type: 'action counts', description: JSON.stringify(result) });
  if (process.env.ACTION_COUNTS_FILE) await writeFile(process.env.ACTION_COUNTS_FILE, `${JSON.stringify(result, null, 2)}\n`);

  // The risks are in the register on screen, not only in the file (checked, not counted).
  await nav('Risks').click();
  const register = page.getByRole('grid', { name: 'Risk register' });
  await expect(page.getByText(`${saved.risks.items.length} risks`, { exact: true })).toBeVisible();
  // The register draws the rows in view; the first ten are there.
  await expect.poll(() => register.getByRole('button', { name: /^Open R-\d+$/ }).count()).toBeGreaterThanOrEqual(10);

  // No more input than measured (docs/benchmarks.md), and at most half of the baseline's.
  // ACTION_COUNTS_MEASURE_ONLY is for measuring a copy of this spec on the baseline commit.
  if (process.env.ACTION_COUNTS_MEASURE_ONLY) return;
  for (const [kind, measured] of Object.entries(MEASURED)) {
    expect(result[kind as keyof typeof MEASURED], `${kind}: measured ${measured}`).toBeLessThanOrEqual(measured + MARGIN[kind as keyof typeof MEASURED]);
  }
  expect(result.total).toBeLessThanOrEqual(BASELINE_TOTAL / 2);
});
