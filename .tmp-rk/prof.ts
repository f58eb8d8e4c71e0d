import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from '../test/e2e/browser/host-core';
import { planWithRisks } from '../test/bench/_large-plan';

const server = await startRendererServer();
const folders = await createHostFolders();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const hosted = createHostedPlanner(folders);
const file = join(folders.docs, 'bench.mplan');
await writeFile(file, JSON.stringify(planWithRisks(5000)));
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await bindPlanner(page, () => hosted.handlers);
await page.goto(server.url);
hosted.dialogs.nextOpen = file;
await page.getByRole('button', { name: 'Open…' }).click();
await page.getByRole('textbox', { name: 'Plan title' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (let i = 0; i < 1; i++) {
  await page.evaluate(() => [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === 'Risks')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForTimeout(30);
}
const { profile } = await cdp.send('Profiler.stop');
// total (inclusive) time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const selfT = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  const t = (dt[i] ?? 0) / 1000;
  const seen = new Set<string>();
  let cur: number | undefined = id;
  let first = true;
  while (cur !== undefined) {
    const n = byId.get(cur)!;
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    if (first) selfT.set(key, (selfT.get(key) ?? 0) + t);
    first = false;
    if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + t); seen.add(key); }
    cur = parent.get(cur);
  }
});
console.log('INCLUSIVE');
console.log([...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
console.log('SELF');
console.log([...selfT.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await browser.close();
await server.close();
await removeHostFolders(folders);
