/**
 * The real Electron app under Playwright's `_electron`. Where the Electron binary is not installed
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on CI and offline machines) the spec skips and says why.
 * Build first: `npm run build`.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const mainScript = join(root, 'out/main/index.js');
const SKIP_REASON = 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1): the _electron spec did not run';

/** The Electron executable, or null when the package was installed without its binary. */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

let app: ElectronApplication | null = null;
let userData = '';

test.beforeEach(async () => {
  const binary = electronBinary();
  if (binary === null || !(await stat(binary).catch(() => null))) {
    console.log(`SKIPPED: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  if (!(await stat(mainScript).catch(() => null))) throw new Error(`The app is not built (${mainScript} is missing). Run \`npm run build\` first.`);
  userData = await mkdtemp(join(tmpdir(), 'mplan-electron-'));
  app = await electron.launch({
    executablePath: binary,
    // Chromium refuses to start as root with its OS sandbox (containers, CI): only then is it turned off.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainScript],
    env: { ...process.env, MANDATE_PLANNER_USER_DATA: userData },
  });
});

test.afterEach(async () => {
  await app?.close();
  app = null;
  if (userData) await rm(userData, { recursive: true, force: true });
});

test('starts on the welcome screen with the planner API and nothing more', async () => {
  const page = await app!.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Mandate Planner' })).toBeVisible();
  const exposed = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    plannerMethods: Object.keys((globalThis as unknown as { planner: object }).planner).sort(),
  }));
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  expect(exposed.plannerMethods).toContain('save');
  expect(exposed.plannerMethods).not.toContain('invoke');
});

test('refuses to navigate away from the app', async () => {
  const page = await app!.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Mandate Planner' })).toBeVisible();
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app!.windows()).toHaveLength(1);
});
