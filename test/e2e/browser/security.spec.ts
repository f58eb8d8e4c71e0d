import { expect, test } from './host';

test('the renderer’s Content-Security-Policy refuses inline script', async ({ page, app, pageProblems }) => {
  void app;
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => pageProblems.some((problem) => problem.startsWith('CSP:'))).toBe(true);
  // The violation was the point of this test; the fixture must not fail it.
  pageProblems.length = 0;
});
