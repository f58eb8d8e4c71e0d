/**
 * axe-core on every screen the app has, reached as a planner reaches it (through the navigation
 * rail and the wizard's step tabs), plus the app's own dialogs; and the keyboard-only path from the
 * welcome screen to an edited, saved cover. No serious or critical violation is allowed anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './host';
import type { Locator } from '@playwright/test';
import type { Page, PlannerApp } from './host';
import { dirtyMarker, errorPanel, field, prompt, typeInto } from './screens';

interface Finding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  nodes: number;
}

const findings: Finding[] = [];
const screensChecked: string[] = [];

/** Runs axe (WCAG 2.1 A and AA rules) on what the page shows now; returns the serious and critical findings. */
async function check(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  screensChecked.push(screen);
  for (const v of result.violations) findings.push({ screen, id: v.id, impact: v.impact ?? 'unknown', help: v.help, nodes: v.nodes.length });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

test.afterAll(() => {
  const minor = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
  console.log(`axe: ${screensChecked.length} screens checked; ${findings.length - minor.length} serious or critical, ${minor.length} moderate or minor findings`);
  for (const f of minor) console.log(`  ${f.impact}: ${f.screen}: ${f.id} (${f.nodes} elements) ${f.help}`);
});

const rail = (page: Page) => page.getByRole('navigation', { name: 'Plan areas' });
const areaHeading = (page: Page) => page.locator('#area-heading');

/** The names of the areas in the rail, in order (whatever areas exist when the test runs). */
async function areaNames(page: Page): Promise<string[]> {
  const names = await rail(page).getByRole('listitem').getByRole('button').allInnerTexts();
  return names.map((n) => n.trim()).filter(Boolean);
}

/** Unsaved work copied aside, then the app restarted: the welcome screen shows recent files and the recovery offer. */
async function welcomeWithRecentAndRecovery(page: Page, app: PlannerApp) {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  app.dialogs.nextSave = app.path('veloria.mplan');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  await typeInto(page, 'Author', 'Unsaved author');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await app.restart();
  await expect(page.getByRole('region', { name: 'Unsaved work was recovered' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recent plans' })).toBeVisible();
}

test('the welcome screen, with recent files and a recovery offer, has no serious accessibility problems', async ({ page, app }) => {
  const problems = await check(page, 'welcome (first start)');
  await welcomeWithRecentAndRecovery(page, app);
  problems.push(...(await check(page, 'welcome (recent files and recovery)')));
  expect(problems).toEqual([]);
});

test('every area of an open plan, and every step of the wizard, has no serious accessibility problems', async ({ page, app }) => {
  void app;
  // A dozen axe runs over big screens (the register, the brief preview) on a busy machine.
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  const names = await areaNames(page);
  expect(names).toEqual(expect.arrayContaining(['Cover', 'Situation & mandate', 'Capabilities', 'Risks', 'Brief']));
  const problems: string[] = [];
  for (const name of names) {
    await rail(page).getByRole('button', { name, exact: true }).click();
    await expect(areaHeading(page)).toHaveText(name);
    await expect(rail(page).getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    // Let the area settle (a brief preview renders pages after a moment).
    await page.waitForLoadState('networkidle').catch(() => undefined);
    problems.push(...(await check(page, name)));
    const tabs = page.getByRole('main').getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i);
      const label = (await tab.innerText()).split('\n').filter(Boolean).slice(0, 2).join(' ');
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      problems.push(...(await check(page, `${name} › ${label}`)));
    }
  }
  expect(problems).toEqual([]);
});

test('the questions and error messages of the shell have no serious accessibility problems', async ({ page, app }) => {
  const problems: string[] = [];
  // A file that is not a plan: the error panel.
  await writeFile(app.path('notes.mplan'), 'Meeting notes, not a plan.');
  app.dialogs.nextOpen = app.path('notes.mplan');
  await page.keyboard.press('Control+O');
  await expect(errorPanel(page)).toBeVisible();
  problems.push(...(await check(page, 'error panel (not a plan)')));

  // Unsaved changes: Save / Discard / Cancel.
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await typeInto(page, 'Author', 'Someone else');
  await app.command('new');
  await expect(prompt(page)).toBeVisible();
  problems.push(...(await check(page, 'unsaved-changes question')));
  await prompt(page).getByRole('button', { name: 'Cancel' }).click();

  // Changed on disk: Reload / Save as copy / Overwrite / Cancel.
  app.dialogs.nextSave = app.path('shared.mplan');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  const theirs = JSON.parse(await readFile(app.path('shared.mplan'), 'utf8'));
  theirs.cover.author = 'A colleague';
  await writeFile(app.path('shared.mplan'), JSON.stringify(theirs));
  await typeInto(page, 'Plan title', 'Mine');
  await page.keyboard.press('Control+S');
  await expect(prompt(page)).toContainText('changed by someone else');
  problems.push(...(await check(page, 'changed-on-disk question')));
  expect(problems).toEqual([]);
});

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} never got the keyboard focus`);
}

test('with the keyboard alone: open the sample, move through every area, edit the cover and save', async ({ page, app }) => {
  await tabTo(page, page.getByRole('button', { name: 'Open the sample plan' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Plan title')).toBeVisible();

  const names = await areaNames(page);
  for (const name of names.slice(1)) {
    await tabTo(page, rail(page).getByRole('button', { name, exact: true }));
    await page.keyboard.press('Enter');
    await expect(areaHeading(page)).toHaveText(name);
  }
  // Back up the rail with Shift+Tab, to the cover.
  await tabTo(page, rail(page).getByRole('button', { name: 'Cover', exact: true }), { back: true });
  await page.keyboard.press('Space');
  await expect(areaHeading(page)).toHaveText('Cover');

  await tabTo(page, field(page, 'Plan title'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Typed without a mouse');
  await tabTo(page, field(page, 'Author'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard planner');
  await tabTo(page, page.getByRole('combobox', { name: 'Classification marking' }));
  await page.keyboard.press('End');
  await expect(dirtyMarker(page)).toBeVisible();

  app.dialogs.nextSave = app.path('keyboard.mplan');
  await page.keyboard.press('Control+S');
  await expect(dirtyMarker(page)).toHaveCount(0);
  const saved = JSON.parse(await readFile(app.path('keyboard.mplan'), 'utf8'));
  expect(saved.cover).toMatchObject({ title: 'Typed without a mouse', author: 'Keyboard planner' });
  expect(saved.cover.classification).not.toBe('RESTRICTED');

  // Undo with the keyboard, too.
  await page.keyboard.press('Control+Z');
  await expect(dirtyMarker(page)).toBeVisible();
});
