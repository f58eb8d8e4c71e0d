/**
 * Typing latency in Chromium with a big plan open: the built renderer under the browser test host
 * (real handlers over a temp folder), the plan opened through the scripted open dialog, then the
 * cover title typed key by key. Each keystroke is timed in the page from keydown to the end of the
 * task that handled it (React's update included), with a forced layout; the Event Timing API
 * reports, as a cross-check, every key whose whole handling until the next paint exceeded 16 ms.
 * On a shared machine those wall-clock figures include waiting for a core, so a trace also gives
 * the renderer main thread's CPU time from each keydown to the next: everything that keystroke
 * cost, paint included (and a recovery copy, when one fell in that interval).
 */
import { chromium } from '@playwright/test';
import { writePlanFile } from '../../electron/services/plan-file';
import type { Plan } from '../../shared/plan/schema';
import { bindPlanner, CHROMIUM_ARGS, CHROMIUM_PATH, createHostedPlanner, createHostFolders, removeHostFolders, startRendererServer } from '../e2e/browser/host-core';

export interface TypingResult {
  keys: number;
  openMs: number;
  p50: number;
  p95: number;
  max: number;
  /** Keys whose Event Timing duration (until the next paint, 8 ms resolution) was over 16 ms. */
  slowFrames: number;
  /** Recovery copies of the big plan written while typing (each one crosses the bridge). */
  recoveryCopies: number;
  /** Renderer main-thread CPU per keystroke interval (from the trace): median, 95th percentile, most. */
  cpu: { p50: number; p95: number; max: number };
  /** How long handing one recovery copy of the plan to the main process holds the page up. */
  recoveryCopyBlockMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Main-thread CPU milliseconds of the renderer from each keydown to the next (the last key: to the end). */
function cpuPerKeystroke(traceJson: Buffer): number[] {
  const events = (JSON.parse(traceJson.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const keydowns = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts).sort((a, b) => a - b);
  // The renderer's main thread names its top-level tasks ThreadControllerImpl::RunTask (other threads: RunTask).
  const taskName = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = onMain.filter((e) => e.name === taskName && e.ph === 'X' && typeof e.tdur === 'number').sort((a, b) => a.ts - b.ts);
  // Each keystroke's interval starts with the task that dispatched its keydown (ts and tdur are in µs).
  const starts = keydowns.map((ts) => tasks.filter((t) => t.ts <= ts).at(-1)?.ts ?? ts);
  return starts.map((from, i) => {
    const end = starts[i + 1] ?? Infinity;
    return tasks.filter((t) => t.ts >= from && t.ts < end).reduce((sum, t) => sum + t.tdur! / 1000, 0);
  });
}

/** Runs in the page before the app: records per-keystroke handling time. */
function installKeyTimer(): void {
  const w = window as unknown as { __keyMs: number[]; __slowKeys: number };
  w.__keyMs = [];
  w.__slowKeys = 0;
  let started: number | null = null;
  document.addEventListener('keydown', () => void (started = performance.now()), true);
  document.addEventListener(
    'input',
    () => {
      const start = started;
      if (start === null) return;
      started = null;
      // A message runs after the current task and its microtasks, where React commits discrete updates.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        void document.body.offsetHeight;
        w.__keyMs.push(performance.now() - start);
      };
      channel.port2.postMessage(0);
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.duration > 16) w.__slowKeys++;
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** Opens `plan` in Chromium and types `text` into the cover title, `delayMs` between keys. */
export async function measureTyping(plan: Plan, text: string, delayMs = 30): Promise<TypingResult> {
  const server = await startRendererServer();
  const folders = await createHostFolders();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const hosted = createHostedPlanner(folders);
    const path = `${folders.docs}/scale.mplan`;
    await writePlanFile(path, plan);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let recoveryCopies = 0;
    const handlers = { ...hosted.handlers, writeRecovery: (request: Parameters<typeof hosted.handlers.writeRecovery>[0]) => (recoveryCopies++, hosted.handlers.writeRecovery(request)) };
    await bindPlanner(page, () => handlers);
    await page.addInitScript({ content: `(${installKeyTimer.toString()})();` });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Mandate Planner', level: 1 }).waitFor();

    hosted.dialogs.nextOpen = path;
    const opening = performance.now();
    await page.keyboard.press('Control+O');
    const title = page.getByRole('textbox', { name: 'Plan title', exact: true });
    await title.waitFor({ timeout: 60_000 });
    const openMs = performance.now() - opening;

    await title.click();
    await title.press('End');
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await title.pressSequentially(text, { delay: delayMs, timeout: 300_000 });
    await page.waitForTimeout(200);
    const cpu = cpuPerKeystroke(await browser.stopTracing()).sort((a, b) => a - b);
    const { keyMs, slowKeys } = await page.evaluate(() => {
      const w = window as unknown as { __keyMs: number[]; __slowKeys: number };
      return { keyMs: w.__keyMs, slowKeys: w.__slowKeys };
    });
    // A copy on blur is written at once; the page is busy while the plan is handed over.
    const recoveryCopyBlockMs = await page.evaluate(() => {
      const start = performance.now();
      window.dispatchEvent(new Event('blur'));
      return performance.now() - start;
    });
    const sorted = [...keyMs].sort((a, b) => a - b);
    return {
      keys: keyMs.length,
      openMs,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? NaN,
      slowFrames: slowKeys,
      recoveryCopies,
      cpu: { p50: percentile(cpu, 50), p95: percentile(cpu, 95), max: cpu.at(-1) ?? NaN },
      recoveryCopyBlockMs,
    };
  } finally {
    await browser.close();
    await server.close();
    await removeHostFolders(folders);
  }
}
