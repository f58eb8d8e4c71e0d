/**
 * Risk register benchmark in Chromium: a plan with 5,000 risks and 300 capability items opened in
 * the built renderer (the browser test host, real handlers), then the time from a click or a
 * keystroke to the register updated in the DOM and to the next frame, for the first screen, sorting
 * and filtering, with the main thread's CPU time for the same span. The first visit to the area is
 * measured in several fresh pages (each opens the plan and goes straight to the register, as a
 * planner's first click would); the rest is the median of several runs after a warm-up. The
 * target is printed beside each figure. Needs `npm run build` first (`npm run bench` does it).
 * `npx tsx test/bench/register-chromium.ts DIR` measures another build of the renderer (e.g. an
 * older commit's `out/renderer`) for a before/after comparison on the same machine.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { CapabilityItem, Plan } from '../../shared/plan/schema';
import {
  bindPlanner,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  createHostedPlanner,
  createHostFolders,
  removeHostFolders,
  startRendererServer,
} from '../e2e/browser/host-core';
import { planWithRisks } from './_large-plan';

const RISKS = 5_000;
const CAPABILITIES = 300;
const RUNS = 7;
/** Fresh pages for the first visit: each costs an open of the 6 MB plan (seconds in the host). */
const COLD_RUNS = 5;
const TARGET_MS = 100;

/** The large risk plan with its checklist grown to CAPABILITIES items (the sample's kept, so links hold). */
function benchPlan(): Plan {
  const plan = planWithRisks(RISKS);
  const sample = plan.capabilities.items;
  const items: CapabilityItem[] = [...sample];
  for (let i = items.length; i < CAPABILITIES; i++) {
    const t = sample[i % sample.length]!;
    items.push({ ...t, id: `cap-bench-${i}`, catalogueId: null, title: `${t.title} (${i})` });
  }
  return { ...plan, capabilities: { items } };
}

interface Measure {
  dom: number;
  frame: number;
  /** The page's main-thread CPU time over the same span (Chromium's ThreadTime metric). */
  cpu: number;
}

/**
 * Runs `action` in the page and waits until `done` holds: `dom` is the time until the DOM showed
 * the result, `frame` until the frame after it (what the planner sees). Both are in-page clocks,
 * so the test driver's round trips are not counted.
 */
async function measure(page: Page, action: string, done: string): Promise<Measure> {
  const cdp = await cdpOf(page);
  const before = await threadTime(cdp);
  const wall = await page.evaluate(
    ([actionSrc, doneSrc]) =>
      new Promise<Omit<Measure, 'cpu'>>((resolve, reject) => {
        const act = new Function(actionSrc) as () => void;
        const isDone = new Function(`return (${doneSrc});`) as () => boolean;
        const t0 = performance.now();
        let settled = false;
        const finish = () => {
          if (settled || !isDone()) return false;
          settled = true;
          const dom = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - t0 }), 0));
          return true;
        };
        act();
        if (finish()) return;
        const observer = new MutationObserver(() => finish() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          if (!settled) reject(new Error(`Timed out waiting for: ${doneSrc}`));
        }, 30_000);
      }),
    [action, done] as const,
  );
  return { ...wall, cpu: (await threadTime(cdp)) - before };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => (await cdp.send('Performance.enable'), cdp));
    sessions.set(page, session);
  }
  return session;
}

/** Milliseconds of CPU the page's main thread has used so far. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The filter bar's control with the given visible label. */
const filterControl = (label: string) =>
  `document.getElementById([...document.querySelectorAll('.register-filters label')].find((l) => l.textContent === ${JSON.stringify(label)}).htmlFor)`;
/** Sets a React-controlled field the way typing does: the native setter, then an input event. */
const setValue = (element: string, value: string, event = 'input') => `
  const el = ${element};
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
  el.dispatchEvent(new Event(${JSON.stringify(event)}, { bubbles: true }));
`;
const navButton = (label: string) => `[...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;
const countIs = (text: string) => `document.querySelector('.register-count')?.textContent === ${JSON.stringify(text)}`;
const inherentHeader = `[...document.querySelectorAll('th')].find((th) => th.textContent.startsWith('Inherent'))`;

/** A fresh page of the browser host with the bench plan open on its cover. */
async function openPlan(browser: Browser, url: string, hosted: ReturnType<typeof createHostedPlanner>, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
  // tsx may wrap the in-page helpers' inner functions in `__name`, which the page lacks.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await bindPlanner(page, () => hosted.handlers);
  await page.goto(url);
  hosted.dialogs.nextOpen = file;
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('textbox', { name: 'Plan title' }).waitFor();
  return page;
}

async function main() {
  const server = await startRendererServer(process.argv[2] ? resolve(process.argv[2]) : undefined);
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: { label: string; runs: Measure[] }[] = [];
  try {
    const hosted = createHostedPlanner(folders);
    const file = join(folders.docs, 'bench.mplan');
    await writeFile(file, `${JSON.stringify(benchPlan(), null, 2)}\n`);

    const openRisks = (page: Page) => measure(page, `${navButton('Risks')}.click();`, `document.querySelector('tbody [data-column="ref"]') !== null`);
    const leave = (page: Page) => measure(page, `${navButton('Cover')}.click();`, `document.querySelector('.risks-area') === null`);
    const cold: Measure[] = [];
    for (let i = 1; i < COLD_RUNS; i++) {
      const fresh = await openPlan(browser, server.url, hosted, file);
      cold.push(await openRisks(fresh));
      await fresh.close();
    }
    const page = await openPlan(browser, server.url, hosted, file);
    cold.push(await openRisks(page));
    rows.push({ label: `first screen, first time (cold, ${COLD_RUNS} pages)`, runs: cold });
    const warm: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      await leave(page);
      warm.push(await openRisks(page));
    }
    rows.push({ label: 'first screen (area opened again)', runs: warm });

    // The Inherent header cycles descending → ascending → unsorted.
    const sortRuns: Record<string, Measure[]> = { descending: [], ascending: [], none: [] };
    for (let i = 0; i <= RUNS; i++) {
      for (const state of ['descending', 'ascending', 'none'] as const) {
        const m = await measure(page, `${inherentHeader}.querySelector('button').click();`, `${inherentHeader}.getAttribute('aria-sort') === '${state}'`);
        if (i > 0) sortRuns[state]!.push(m);
      }
    }
    rows.push({ label: 'sort by inherent score, descending', runs: sortRuns.descending! });
    rows.push({ label: 'sort by inherent score, ascending', runs: sortRuns.ascending! });
    rows.push({ label: 'sort removed (register order)', runs: sortRuns.none! });

    const total = RISKS.toLocaleString('en');
    const search: Measure[] = [];
    const clear: Measure[] = [];
    const status: Measure[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const showing = `document.querySelector('.register-count')?.textContent.startsWith('Showing')`;
      const s = await measure(page, setValue(filterControl('Search'), 'variant 12'), showing);
      const c = await measure(page, setValue(filterControl('Search'), ''), countIs(`${total} risks`));
      const st = await measure(page, setValue(filterControl('Status'), 'monitoring', 'change'), showing);
      await measure(page, setValue(filterControl('Status'), '', 'change'), countIs(`${total} risks`));
      if (i > 0) {
        search.push(s);
        clear.push(c);
        status.push(st);
      }
    }
    rows.push({ label: 'filter: global search "variant 12"', runs: search });
    rows.push({ label: 'filter: search cleared', runs: clear });
    rows.push({ label: 'filter: status column = monitoring', runs: status });

    const shown = await page.locator('.register-count').textContent();
    console.log(`\nRisk register in Chromium: ${total} risks, ${CAPABILITIES} capability items (${shown}); median of ${RUNS} runs after a warm-up\n`);
    console.log(`Machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (other work slows every figure)\n`);
    console.log(`${'action'.padEnd(44)} ${'DOM updated'.padStart(12)} ${'next frame'.padStart(12)} ${'main CPU'.padStart(10)}   target`);
    for (const { label, runs } of rows) {
      const dom = median(runs.map((r) => r.dom));
      const frame = median(runs.map((r) => r.frame));
      const cpu = median(runs.map((r) => r.cpu));
      const verdict = frame < TARGET_MS ? 'ok' : dom < TARGET_MS ? 'ok in the DOM, frame over' : 'OVER TARGET';
      const ms = (n: number, width: number) => `${n.toFixed(1)} ms`.padStart(width);
      console.log(`${label.padEnd(44)} ${ms(dom, 12)} ${ms(frame, 12)} ${ms(cpu, 10)}   < ${TARGET_MS} ms ${verdict}`);
    }
    const each = (runs: Measure[]) => runs.map((r) => r.frame.toFixed(0)).join(', ');
    console.log(`\nFirst visits, next frame in each page: ${each(cold)} ms`);
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}

await main();
