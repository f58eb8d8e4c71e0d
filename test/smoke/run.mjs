// The smoke test of the BUILT main process (out/main) under a strict Electron stand-in. Each
// scenario runs in its own Node process. Usage: node test/smoke/run.mjs [main.js] (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const main = resolve(process.argv[2] ?? join(root, 'out/main/index.js'));
if (!existsSync(main)) {
  console.error(`The app is not built (${main} is missing). Run \`npm run build\` first.`);
  process.exit(2);
}
console.log('SMOKE TEST UNDER A STAND-IN FOR ELECTRON, NOT ELECTRON: the built main process runs in plain Node');
console.log(`with a strict fake 'electron' module (test/smoke/electron-stand-in.mjs). No Chromium, no real window.`);
console.log(`main: ${main}`);

const scratch = mkdtempSync(join(tmpdir(), 'mplan-smoke-'));
/** The built app copied under a folder named like a Windows short name, with spaces and brackets. */
function oddInstall() {
  const app = join(scratch, 'JOHNSM~1', 'Mandate Planner [test] 100%', 'resources', 'app');
  const appRoot = resolve(dirname(main), '../..');
  mkdirSync(app, { recursive: true });
  cpSync(join(appRoot, 'out'), join(app, 'out'), { recursive: true });
  cpSync(join(appRoot, 'package.json'), join(app, 'package.json'));
  if (existsSync(join(appRoot, 'node_modules'))) symlinkSync(join(appRoot, 'node_modules'), join(app, 'node_modules'), 'dir');
  return join(app, 'out/main/index.js');
}

const scenarios = [
  ['start', {}],
  ['launch-path', {}],
  ['launch-url', {}],
  ['odd-install-folder', { main: oddInstall() }],
  ['packaged', { env: { STAND_IN_PACKAGED: '1', ELECTRON_RENDERER_URL: 'https://attacker.example/', MANDATE_PLANNER_USER_DATA: join(scratch, 'not-used') } }],
  ['debugging-switch', { env: { STAND_IN_PACKAGED: '1', STAND_IN_SWITCHES: 'remote-debugging-port' } }],
  ['startup-failure', { env: { STAND_IN_FAIL: 'BrowserWindow' } }],
  ['crash', {}],
  ['restore-maximized', { env: { STAND_IN_SCREEN_WIDTH: '1366', STAND_IN_SCREEN_HEIGHT: '728' } }],
];
const only = process.env.SMOKE_ONLY?.split(',');
let failed = 0;
const started = Date.now();
for (const [name, { env = {}, main: mainJs = main }] of scenarios) {
  if (only && !only.includes(name)) continue;
  const home = join(scratch, name, 'home');
  const work = join(scratch, name, 'work');
  mkdirSync(work, { recursive: true });
  // Development runs get their own data folder, as the e2e tests do; the packaged scenarios ignore it.
  const dataEnv = env.STAND_IN_PACKAGED ? {} : { MANDATE_PLANNER_USER_DATA: join(scratch, name, 'userData') };
  const result = spawnSync(process.execPath, ['--import', join(here, 'register.mjs'), join(here, 'scenario.mjs')], {
    cwd: work,
    env: { ...process.env, ELECTRON_RENDERER_URL: '', ...dataEnv, ...env, SMOKE_SCENARIO: name, MAIN_JS: mainJs, SMOKE_WORK: work, STAND_IN_HOME: home },
    encoding: 'utf8',
    timeout: 120_000,
  });
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    failed++;
    process.stdout.write(result.stderr);
    if (result.status === null) console.log(`  ${name}: FAIL (killed: ${result.signal})`);
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`stand-in smoke test: ${failed === 0 ? 'all scenarios passed' : `${failed} scenario(s) FAILED`} in ${((Date.now() - started) / 1000).toFixed(1)} s (stand-in, not Electron)`);
process.exit(failed === 0 ? 0 : 1);
