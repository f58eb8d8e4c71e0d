/**
 * In a 1024 × 700 window (a small laptop, or a window beside a reference document) every screen
 * still works: no label is cut off, the advice sits beside the step instead of after its Next
 * button, the brief's options stand beside the preview, and a long owner name can be read in full.
 * The last checks run at 1280 × 800 too: every screen without a cut-off label, button, tab or
 * search box, and the long owner name.
 */
import { writePlanFile } from '../../../electron/services/plan-file';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';
import type { Locator } from '@playwright/test';
import type { Page, PlannerApp } from './host';

test.use({ viewport: { width: 1024, height: 700 } });

const TODAY = new Date('2026-11-25T09:00:00');
const LONG_OWNER = 'Head of the Joint Mission Analysis Centre (Dr Amara Okafor-Lindqvist, acting)';
const STEPS = ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review'];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Plan areas' });
const scrollToTop = (page: Page) => page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));

/** Text boxes inside `root` whose content is wider or taller than the box shows, and no title gives it in full. */
function clippedText(root: Locator, selector: string) {
  return root.evaluate((el, sel) => {
    return [...el.querySelectorAll<HTMLElement>(sel)]
      .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
      .filter((box) => (box.closest('[title]')?.getAttribute('title') ?? '') !== box.textContent)
      .map((box) => box.textContent ?? '');
  }, selector);
}

/** Opens the sample with one risk and one capability owned by someone with a long title. */
async function openSampleWithLongOwners(page: Page, app: PlannerApp, path: string) {
  await page.clock.setFixedTime(TODAY);
  const plan = createSamplePlan();
  plan.risks.items[0]!.owner = LONG_OWNER;
  plan.capabilities.items[0]!.owner = LONG_OWNER;
  await writePlanFile(path, plan);
  app.dialogs.nextOpen = path;
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('textbox', { name: 'Plan title' })).toBeVisible();
}

test('every wizard step label fits on its tab, and the advice is in view beside the step, above its Next button', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await nav(page).getByRole('button', { name: 'Situation & mandate' }).click();
  const tabs = page.getByRole('tablist', { name: 'Wizard steps' });
  expect(await clippedText(tabs, '.wz-step-label')).toEqual([]);
  for (const label of STEPS) {
    await tabs.getByRole('tab', { name: new RegExp(label) }).click();
    await scrollToTop(page);
    const advice = page.getByRole('complementary', { name: /Advice/ });
    const heading = advice.getByRole('heading', { name: /Advice/ });
    await expect(heading).toBeInViewport();
    const next = page.getByRole('navigation', { name: 'Step navigation' });
    expect((await heading.boundingBox())!.y, `advice on ${label} starts above the step's navigation`).toBeLessThan((await next.boundingBox())!.y);
    // Beside the step, not under it: the advice starts level with the step's heading.
    const stepHeading = page.getByRole('heading', { level: 3, name: label });
    expect(Math.abs((await heading.boundingBox())!.y - (await stepHeading.boundingBox())!.y)).toBeLessThan(40);
  }
});

test('the brief’s options start beside the preview, not under it', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await nav(page).getByRole('button', { name: 'Brief', exact: true }).click();
  await scrollToTop(page);
  const options = page.getByRole('form', { name: 'Brief options' });
  await expect(options).toBeInViewport();
  const preview = page.getByRole('heading', { name: 'Preview' });
  expect((await options.boundingBox())!.y).toBeLessThan(700);
  expect((await options.boundingBox())!.x + (await options.boundingBox())!.width).toBeLessThanOrEqual((await preview.boundingBox())!.x);
});

test('the rail folds to its icons, so the register shows its ratings and status without scrolling sideways', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  const risks = nav(page).getByRole('button', { name: 'Risks', exact: true });
  // Still named for screen readers and in its tooltip, though only the icon shows.
  await expect(risks).toHaveAttribute('title', 'Risks');
  expect((await nav(page).boundingBox())!.width).toBeLessThan(80);
  await risks.click();
  const grid = page.getByRole('grid', { name: 'Risk register' });
  const visibleRight = await grid.evaluate((el) => {
    let box: Element | null = el;
    while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    return (box ?? el).getBoundingClientRect().right;
  });
  for (const name of ['Residual', 'Status']) {
    const header = grid.getByRole('columnheader', { name: new RegExp(`^${name}`) }).first();
    const box = (await header.boundingBox())!;
    expect(box.x + box.width, `${name} column in view`).toBeLessThanOrEqual(visibleRight + 1);
  }
});

/** A long owner name wraps in the register and the checklists, and reads in full on hover (title) and on focus. */
async function checkLongOwners(page: Page, app: PlannerApp) {
  await openSampleWithLongOwners(page, app, app.path('long-owners.mplan'));

  await nav(page).getByRole('button', { name: 'Risks', exact: true }).click();
  const register = page.getByRole('grid', { name: 'Risk register' });
  const owner = register.locator('td[data-column="owner"]').filter({ hasText: 'Joint Mission' });
  await expect(owner.locator('[title]')).toHaveAttribute('title', LONG_OWNER);
  expect(await clippedText(register, 'td bdi, td .grid-clamp')).toEqual([]);
  await owner.focus();
  const shown = owner.locator('.grid-clamp');
  await expect.poll(() => shown.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // Shown over the row below, not hidden behind it.
  const box = (await shown.boundingBox())!;
  const atBottom = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.dataset.column, { x: box.x + 8, y: box.y + box.height - 4 });
  expect(atBottom).toBe('owner');

  await nav(page).getByRole('button', { name: 'Capabilities', exact: true }).click();
  const checklist = page.getByRole('grid', { name: 'Surveillance and early warning checklist' });
  const capOwner = checklist.locator('td[data-column="owner"]').filter({ hasText: 'Joint Mission' });
  await expect(capOwner.locator('[title]')).toHaveAttribute('title', LONG_OWNER);
  expect(await clippedText(checklist, 'td bdi, td .grid-clamp')).toEqual([]);
}

/**
 * Controls in `root` whose words do not fit: a button, tab, label or heading wider than its box
 * (text cut off or hidden), or a search box narrower than its placeholder.
 */
function cutOffControls(root: Locator) {
  return root.evaluate((el) => {
    const cut: string[] = [];
    const visible = (box: HTMLElement) => box.getClientRects().length > 0 && getComputedStyle(box).visibility !== 'hidden';
    for (const box of el.querySelectorAll<HTMLElement>('button, [role="tab"], label > span, h2, h3, h4, .field-label')) {
      if (!visible(box) || box.closest('.visually-hidden, .wz-visually-hidden, [aria-hidden="true"]')) continue;
      if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') cut.push(`${box.tagName.toLowerCase()}: ${box.textContent?.trim().slice(0, 60)}`);
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const input of el.querySelectorAll<HTMLInputElement>('input[type="search"][placeholder]')) {
      if (!visible(input)) continue;
      const style = getComputedStyle(input);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(input.placeholder).width > room + 1) cut.push(`search box: ${input.placeholder}`);
    }
    // Nothing runs off the right edge of the page either.
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1) cut.push(`main scrolls sideways by ${main.scrollWidth - main.clientWidth}px`);
    return cut;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size, actionTimeout: 10_000 });

    test('a long owner name wraps in the register and the checklists, and reads in full on hover and on focus', async ({ page, app }) => {
      await checkLongOwners(page, app);
    });

    test('no label, button, tab or search box on any screen is cut off', async ({ page, app }) => {
      await openSampleWithLongOwners(page, app, app.path('screens.mplan'));
      const main = page.getByRole('main');
      const screens: [string, () => Promise<void>][] = [
        ['cover', async () => {}],
        ...STEPS.map((label): [string, () => Promise<void>] => [
          `wizard step ${label}`,
          async () => {
            await nav(page).getByRole('button', { name: 'Situation & mandate' }).click();
            await page.getByRole('tab', { name: new RegExp(label) }).click();
            await expect(page.getByRole('heading', { level: 3, name: label })).toBeVisible();
          },
        ]),
        ['clause library', async () => {
          await page.getByRole('tab', { name: /Clauses/ }).click();
          const library = page.getByRole('button', { name: 'Clause library' });
          if ((await library.getAttribute('aria-pressed')) !== 'true') await library.click();
          await expect(page.getByRole('searchbox', { name: 'Search the library' })).toBeVisible();
        }],
        ['capabilities', () => nav(page).getByRole('button', { name: 'Capabilities', exact: true }).click()],
        ['risks', () => nav(page).getByRole('button', { name: 'Risks', exact: true }).click()],
        ['risk detail', async () => {
          await page.getByRole('button', { name: 'Open R-008' }).click();
          await expect(page.getByRole('complementary')).toBeVisible();
        }],
        ['brief', async () => {
          await nav(page).getByRole('button', { name: 'Brief', exact: true }).click();
          await expect(page.getByText(/^\d+ pages?$/).first()).toBeVisible({ timeout: 20_000 });
        }],
      ];
      for (const [name, open] of screens) {
        await open();
        await scrollToTop(page);
        expect(await cutOffControls(main), `${name} at ${size.width} × ${size.height}`).toEqual([]);
        expect(await cutOffControls(page.getByRole('navigation', { name: 'Plan areas' })), `navigation on ${name}`).toEqual([]);
      }
    });
  });
}
