import { test } from './host';
test('drag debug', async ({ page, app }) => {
  void app;
  await page.setViewportSize({ width: 1280, height: 1600 });
  page.on('console', (m) => console.log(m.text()));
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
  await page.getByRole('tab', { name: /Clauses/ }).click();
  await page.evaluate(() => {
    for (const t of ['mousedown','dragstart','dragover','drop','dragend']) document.addEventListener(t, (e) => console.log('EV', t, (e.target as HTMLElement).className), true);
  });
  const src = page.getByRole('button', { name: 'Reorder OP 5' });
  await src.scrollIntoViewIfNeeded();
  const a = (await src.boundingBox())!;
  const dst = page.getByRole('listitem', { name: 'OP 1', exact: true });
  const b = (await dst.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + 20, { steps: 5 });
  await page.mouse.move(b.x + 200, b.y + 5, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(500);
  const items = page.getByRole('list', { name: /Operative paragraphs/ }).getByRole('listitem');
  console.log(await items.first().innerText());
});
