/**
 * Every advice card links to the control that settles it: for three situations, each card's "Go to"
 * is followed and the place it lands on is checked against the card's target.
 */
import { expect, test } from './host';
import type { Page } from './host';
import { typeInto } from './screens';

const STEPS = ['Situation', 'Risk factors', 'Mission design', 'Clauses', 'Review'];
const area = (page: Page, name: string) => page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name, exact: true });
const tab = (page: Page, label: string) => page.getByRole('tab', { name: new RegExp(`^\\d ${label} ,`) });
const goButtons = (page: Page) => page.getByRole('complementary', { name: /Advice/ }).locator('.wz-advice-list .wz-advice-go');

/** Where the focus is after following a link: the target id of the control around it, or the area shown. */
async function landing(page: Page): Promise<{ target: string | null; area: string | null; focused: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const holder = active?.closest<HTMLElement>('[data-target-id]');
    const current = document.querySelector('[aria-current="page"]')?.textContent?.trim() ?? null;
    return { target: holder?.dataset.targetId ?? null, area: current, focused: active ? `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.slice(0, 40) ?? ''}` : 'nothing' };
  });
}

async function checkEveryCard(page: Page, situation: string): Promise<number> {
  const broken: string[] = [];
  let checked = 0;
  for (const step of STEPS) {
    await area(page, 'Situation & mandate').click();
    await tab(page, step).click();
    const count = await goButtons(page).count();
    for (let i = 0; i < count; i++) {
      await area(page, 'Situation & mandate').click();
      await tab(page, step).click();
      const button = goButtons(page).nth(i);
      const id = (await button.getAttribute('data-goes-to')) ?? '';
      const kind = (await button.getAttribute('data-goes-kind')) ?? '';
      const title = (await button.getAttribute('aria-label')) ?? '';
      await button.click();
      // Give the jump its frame (the library opens a render later).
      await page.waitForTimeout(50);
      const at = await landing(page);
      checked++;
      const ok =
        kind === 'capability'
          ? /Capabilities/.test(at.area ?? '')
          : kind === 'field' && id === 'risks'
            ? /Risks/.test(at.area ?? '')
            : at.target === id || (kind === 'library' && at.target === 'library');
      if (!ok) broken.push(`${situation} · ${step} · ${title} → wanted ${kind}:${id}, focus on ${at.focused} in ${at.target ?? 'no target'} (${at.area})`);
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
  test.info().annotations.push({ type: 'advice cards followed', description: `${situation}: ${checked}` });
  return checked;
}

test('every advice card of the sample plan leads to the control that settles it', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  expect(await checkEveryCard(page, 'sample')).toBeGreaterThan(3);
});

test('every advice card of a new, empty plan leads to the control that settles it', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'New plan' }).click();
  expect(await checkEveryCard(page, 'new plan')).toBeGreaterThan(3);
});

test('every advice card of a preventive deployment held over the horizon leads to the control that settles it', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'New plan' }).click();
  await typeInto(page, 'Mission name', 'UN Preventive Force in Ostmark (UNPFO)');
  await area(page, 'Situation & mandate').click();
  await tab(page, 'Mission design').click();
  await page.getByRole('group', { name: 'Mission type' }).getByRole('radio', { name: /^Preventive deployment/ }).check();
  await page.getByRole('group', { name: 'Posture of the deployment' }).getByRole('radio', { name: /^Over-the-horizon/i }).check();
  await tab(page, 'Situation').click();
  await page.getByRole('group', { name: 'Host-state consent' }).getByRole('radio', { name: /^Ambivalent/i }).check();
  expect(await checkEveryCard(page, 'over the horizon')).toBeGreaterThan(5);
});
