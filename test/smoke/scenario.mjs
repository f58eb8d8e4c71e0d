// One smoke scenario (SMOKE_SCENARIO) against the built main process (MAIN_JS), under the
// Electron stand-in. Run by run.mjs, one process per scenario, because a main process starts once.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import electron from './electron-stand-in.mjs';
import { loadPreload } from './page.mjs';

const { app, BrowserWindow, ipcMain, dialog, Menu, log, popups, protocol, session } = electron;
const scenario = process.env.SMOKE_SCENARIO;
const MAIN = process.env.MAIN_JS;
const work = process.env.SMOKE_WORK;
const say = (...parts) => console.log(`  ${scenario}:`, ...parts);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const kinds = () => log.map((entry) => entry[0]);

async function until(condition, what, ms = 3000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function startApp() {
  await import(pathToFileURL(MAIN).href);
  const beforeReady = kinds();
  app.__ready();
  await until(() => BrowserWindow.getAllWindows().length > 0 || dialog.errorBoxes.length > 0, 'a window or an error box');
  const win = BrowserWindow.getAllWindows()[0];
  if (win) await until(() => kinds().includes('page loaded') || win.webContents.url.startsWith('http'), 'the page to load');
  await sleep(30);
  return { win, beforeReady };
}

function invoker(win) {
  const frame = () => ({ processId: 7, routingId: win.webContents.id, url: win.webContents.url });
  return async (channel, request, senderFrame = frame()) => {
    const handler = ipcMain.handlers.get(channel);
    assert.ok(handler, `no handler for ${channel}`);
    const result = await handler({ sender: win.webContents, senderFrame }, request);
    structuredClone(result); // what ipcMain.handle does to send it back
    return result;
  };
}

const opened = (win) => win.webContents.sent.filter(([channel]) => channel === 'event:open-file').map(([, payload]) => payload.path);

const scenarios = {
  async start() {
    const { win, beforeReady } = await startApp();
    say('before ready:', [...new Set(beforeReady)].join(', '));
    for (const early of ['protocol.registerSchemesAsPrivileged', 'app.enableSandbox', 'app.setPath', 'app.requestSingleInstanceLock']) assert.ok(beforeReady.includes(early), `${early} must precede ready`);
    assert.ok(beforeReady.indexOf('app.setPath') < beforeReady.indexOf('app.requestSingleInstanceLock'), 'userData is set before the single-instance lock');
    assert.ok(['second-instance', 'open-file', 'window-all-closed'].every((event) => app.listenerCount(event) === 1), 'launch events are registered at top level');
    const afterReady = kinds().slice(kinds().indexOf('ready'));
    for (const late of ['protocol.handle', 'session.setSpellCheckerEnabled', 'BrowserWindow']) assert.ok(afterReady.includes(late), `${late} must follow ready`);
    say('after ready:', [...new Set(afterReady)].filter((k) => !k.startsWith('app.getPath')).join(', '));
    const options = win.options;
    const wp = options.webPreferences;
    say(`window: ${options.width}x${options.height}, show=${options.show}, devTools=${wp.devTools}, spellcheck=${wp.spellcheck}, sandbox=${wp.sandbox}, contextIsolation=${wp.contextIsolation}`);
    assert.equal(options.show, false);
    assert.ok(wp.sandbox && wp.contextIsolation && !wp.nodeIntegration && wp.webSecurity);
    assert.ok(options.width <= 1920 && options.height <= 1040);
    say('preload:', wp.preload, existsSync(wp.preload) ? '(exists)' : '(MISSING)');
    assert.ok(wp.preload.endsWith(join('out', 'preload', 'index.cjs')) && existsSync(wp.preload));
    say('page:', win.webContents.url, '| CSP header:', win.pageHeaders.get('content-security-policy') ? 'yes' : 'no');
    assert.equal(win.webContents.url, 'app://mandate-planner/index.html');
    assert.deepEqual(protocol.privileges('app'), { standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    for (const outside of ['app://mandate-planner/..%2Fmain%2Findex.js', 'app://mandate-planner/%2E%2E%2Fpreload%2Findex.cjs', 'app://elsewhere/index.html']) {
      assert.equal((await protocol.request(outside)).status, 404, `${outside} must not be served`);
    }
    say('visible once its content is ready:', win.visible, '| shown before content:', kinds().includes('win.maximize showed the window before its content'));
    assert.equal(win.visible, true);
    assert.equal(session.defaultSession.spellCheckerEnabled, process.platform === 'darwin');
    assert.ok(!/^https?:/.test(session.defaultSession.dictionaryUrl), 'no dictionary download URL on the network');
    say('spell checker enabled:', session.defaultSession.spellCheckerEnabled, '| dictionary URL:', session.defaultSession.dictionaryUrl);
    const menu = Menu.current.items.map((item) => item.label ?? item.role);
    say('menu:', menu.join(' | '));

    // Every channel answers the page through the built preload (valid or not, the answer is a
    // result, never NOT_ALLOWED): the page's calls reach the handlers past the sender check.
    const invoke = invoker(win);
    const { exposed, required } = loadPreload(win, ipcMain);
    const planner = exposed.planner;
    say('preload: required', JSON.stringify(required), '| exposed', Object.keys(exposed).join(','), `with ${Object.keys(planner).length} functions`);
    assert.deepEqual(required, ['electron']);
    assert.deepEqual(Object.keys(exposed), ['planner']);
    const channels = [...ipcMain.handlers.keys()];
    const methods = Object.keys(planner).filter((name) => !/^on[A-Z]/.test(name) && name !== 'confirmClose');
    const refusedFromPage = [];
    for (const name of methods) {
      const result = await planner[name]({ nonsense: true });
      assert.equal(typeof result?.ok, 'boolean', `${name} answered with a result`);
      if (!result.ok && result.error.code === 'NOT_ALLOWED') refusedFromPage.push(name);
    }
    say(`ipc: ${channels.length} channels registered, ${methods.length + 1} page functions, ${methods.length - refusedFromPage.length} answered (confirmClose is called last)`);
    assert.deepEqual(refusedFromPage, []);
    assert.equal(methods.length + 1, channels.length, 'one page function per channel');
    const commands = [];
    const off = planner.onCommand((payload) => commands.push(payload.command));
    Menu.current.items.find((item) => item.label === '&File').submenu.find((item) => item.label === '&Save').click();
    off();
    Menu.current.items.find((item) => item.label === '&File').submenu.find((item) => item.label === '&Save').click();
    say('menu File › Save reaches the page:', JSON.stringify(commands), '(once: unsubscribed after)');
    assert.deepEqual(commands, ['save']);
    const info = await invoke('app:info', {});
    assert.equal(info.ok, true);
    say('app:info ->', JSON.stringify(info.value));
    const nullFrame = await invoke('app:info', {}, null);
    const otherPage = await invoke('app:info', {}, { processId: 7, routingId: win.webContents.id, url: 'https://attacker.example/' });
    say('refused: no frame ->', nullFrame.error?.code, '| another page ->', otherPage.error?.code);
    assert.equal(nullFrame.error?.code, 'NOT_ALLOWED');
    assert.equal(otherPage.error?.code, 'NOT_ALLOWED');

    // The right-click menu on a misspelled word in a text field.
    win.webContents.emit('context-menu', {}, {
      x: 10, y: 10, selectionText: 'mandat', isEditable: true, misspelledWord: 'mandat', dictionarySuggestions: ['mandate', 'mandated'],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }, linkURL: '', linkText: '', mediaType: 'none', srcURL: '', frame: null, menuSourceType: 'mouse',
    });
    const labels = popups.at(-1)?.items.filter((item) => item.type !== 'separator').map((item) => item.label.replace(/&/g, ''));
    say('context menu:', labels?.join(' | '));
    for (const label of ['mandate', 'mandated', 'Add to Dictionary', 'Cut', 'Copy', 'Paste', 'Select All']) assert.ok(labels?.includes(label), `context menu has ${label}`);
    assert.ok(!labels.some((label) => /google|search/i.test(label)), 'nothing in the menu sends text away');
    await popups.at(-1).items.find((item) => item.label === 'mandate').click({ label: 'mandate' });
    assert.ok(kinds().includes('webContents.replaceMisspelling'));

    // A save through the native dialog, then a brief preview through the built worker.
    const sample = await invoke('plan:open-sample', {});
    assert.equal(sample.ok, true);
    dialog.queue.push({ canceled: false, filePath: join(work, 'Sample plan') });
    const saved = await invoke('plan:save', { docId: sample.value.docId, plan: sample.value.plan });
    say('save ->', saved.ok ? saved.value.path : JSON.stringify(saved.error));
    assert.equal(saved.ok, true);
    assert.ok(JSON.parse(readFileSync(saved.value.path, 'utf8')).format === 'mandate-planner/plan');
    const t = Date.now();
    const preview = await invoke('brief:preview', { plan: sample.value.plan, options: {} });
    say('brief:preview ->', preview.ok ? `${preview.value.pageCount} pages in ${Date.now() - t} ms (built worker)` : JSON.stringify(preview.error));
    assert.equal(preview.ok, true);
    assert.ok(preview.value.pageCount > 1);
    assert.ok(Buffer.from(preview.value.pdfBase64, 'base64').subarray(0, 5).toString() === '%PDF-');

    // Closing with unsaved changes: prevented, the page is asked, the confirmation closes and quits.
    await invoke('plan:report-state', { docId: sample.value.docId, title: 'Sample', dirty: true });
    const n = win.webContents.sent.length;
    app.quit();
    const asked = win.webContents.sent.slice(n).map(([, payload]) => payload?.command);
    say('close with unsaved changes: window open =', !win.isDestroyed(), '| page asked:', asked.join(','));
    assert.equal(win.isDestroyed(), false);
    assert.deepEqual(asked, ['close-requested']);
    await planner.confirmClose({});
    say('after Save/Discard: window closed =', win.isDestroyed(), '| app quit =', kinds().filter((k) => k === 'app.quit').length >= 2);
    assert.equal(win.isDestroyed(), true);
    const settings = JSON.parse(readFileSync(join(app.getPath('userData'), 'settings.json'), 'utf8'));
    assert.ok(settings.windowBounds, 'bounds were saved on close');
  },

  async 'launch-path'() {
    const file = join(work, 'Launch plan.mplan');
    process.argv.push(file);
    const { win } = await startApp();
    say('argv path ->', opened(win).join(', '));
    assert.deepEqual(opened(win), [file]);
    const recent = await invoker(win)('recent:list', {});
    assert.ok(recent.ok && recent.value.some((entry) => entry.path === file), 'the file is on the recent list');
  },

  async 'launch-url'() {
    const file = join(work, 'Véloria mission [draft] 100%.mplan');
    process.argv.push(pathToFileURL(file).href);
    const { win } = await startApp();
    say('argv', pathToFileURL(file).href, '->', opened(win).join(', '));
    assert.deepEqual(opened(win), [file]);
    const second = join(work, 'Second ~ plan.mplan');
    app.emit('second-instance', {}, ['/opt/Mandate Planner/mandate-planner', pathToFileURL(second).href], '/');
    await sleep(20);
    say('second instance', pathToFileURL(second).href, '->', opened(win).at(-1));
    assert.equal(opened(win).at(-1), second);
    assert.ok(kinds().includes('win.focus'));
  },

  async 'odd-install-folder'() {
    const { win } = await startApp();
    say('installed at:', MAIN);
    assert.ok(MAIN.includes('~') && MAIN.includes(' '));
    const invoke = invoker(win);
    const info = await invoke('app:info', {});
    say('app:info ->', info.ok ? 'ok' : JSON.stringify(info.error));
    assert.equal(info.ok, true);
    const sample = await invoke('plan:open-sample', {});
    const preview = await invoke('brief:preview', { plan: sample.value.plan, options: {} });
    say('brief:preview ->', preview.ok ? `${preview.value.pageCount} pages` : JSON.stringify(preview.error));
    assert.equal(preview.ok, true);
  },

  async packaged() {
    const { win } = await startApp();
    say('ELECTRON_RENDERER_URL set to', process.env.ELECTRON_RENDERER_URL, '-> page', win.webContents.url);
    assert.equal(win.webContents.url, 'app://mandate-planner/index.html');
    const userData = app.getPath('userData');
    say('MANDATE_PLANNER_USER_DATA set to', process.env.MANDATE_PLANNER_USER_DATA, '-> userData', userData);
    assert.notEqual(userData, process.env.MANDATE_PLANNER_USER_DATA);
    assert.equal(userData, join(app.getPath('appData'), 'mandate-planner'));
    assert.equal(win.options.webPreferences.devTools, false);
    const roles = Menu.current.items.flatMap((item) => (item.submenu ?? []).map((sub) => sub.role));
    assert.ok(!roles.includes('toggleDevTools'));
    win.webContents.emit('context-menu', {}, { x: 1, y: 1, selectionText: 'x', isEditable: true, misspelledWord: '', dictionarySuggestions: [], editFlags: { canCut: true, canCopy: true, canPaste: true }, linkURL: '', linkText: '', mediaType: 'none', srcURL: '' });
    assert.ok(!popups.at(-1).items.some((item) => item.id === 'inspect'), 'no Inspect Element');
    say('devTools:', win.options.webPreferences.devTools, '| Toggle Developer Tools in menu:', roles.includes('toggleDevTools'), '| Inspect Element:', false);
  },

  async 'debugging-switch'() {
    await import(pathToFileURL(MAIN).href);
    say('--remote-debugging-port given -> error box:', JSON.stringify(dialog.errorBoxes[0]?.content), '| exit code', app.exitCode);
    assert.equal(app.exitCode, 1);
    assert.match(dialog.errorBoxes[0]?.content ?? '', /remote-debugging-port/);
    app.__ready();
    await sleep(30);
    assert.equal(BrowserWindow.getAllWindows().length, 0);
  },

  async 'startup-failure'() {
    await startApp();
    say('start-up failure -> error box:', JSON.stringify(dialog.errorBoxes[0]), '| exit code', app.exitCode);
    assert.equal(app.exitCode, 1);
    assert.match(dialog.errorBoxes[0]?.content ?? '', /GPU process could not start/);
  },

  async crash() {
    const { win } = await startApp();
    const invoke = invoker(win);
    const sample = await invoke('plan:open-sample', {});
    const plan = { ...sample.value.plan, cover: { ...sample.value.plan.cover, title: 'Unsaved crash test' } };
    assert.equal((await invoke('recovery:write', { docId: sample.value.docId, plan })).ok, true);
    await invoke('plan:report-state', { docId: sample.value.docId, title: plan.cover.title, dirty: true });
    dialog.messageAnswers.push(0);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => win.webContents.reloads > 0, 'the reload');
    const box = log.find((entry) => entry[0] === 'dialog.showMessageBox')[1];
    say('renderer crashed -> asked:', JSON.stringify(box.message), box.buttons.join('/'), '| reloaded:', win.webContents.reloads);
    const recovery = await invoke('recovery:list', {});
    say('recovery copies after reload:', recovery.ok ? recovery.value.length : JSON.stringify(recovery.error));
    assert.ok(recovery.ok && recovery.value.length === 1, 'the recovery copy is offered back');
    const restored = await invoke('recovery:restore', { id: recovery.value[0].id });
    say('restored:', restored.ok ? JSON.stringify(restored.value.plan.cover.title) : JSON.stringify(restored.error));
    assert.equal(restored.value.plan.cover.title, plan.cover.title);
    // The reloaded page is guarded again: a close with unsaved changes asks first.
    await invoke('plan:report-state', { docId: restored.value.docId, title: plan.cover.title, dirty: true });
    win.close();
    assert.equal(win.isDestroyed(), false);
  },

  async 'restore-maximized'() {
    const userData = process.env.MANDATE_PLANNER_USER_DATA;
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify({ windowBounds: { x: 0, y: 0, width: 2400, height: 1400, maximized: true } }));
    const { win } = await startApp();
    const order = kinds().filter((kind) => kind === 'win.maximize' || kind === 'win.show' || kind === 'win.maximize showed the window before its content');
    say(`screen 1366x728, saved 2400x1400 maximized -> window ${win.options.width}x${win.options.height}; order: ${order.join(' -> ')}`);
    assert.deepEqual(order, ['win.maximize', 'win.show']);
    assert.ok(win.options.width <= 1366 && win.options.height <= 728);
  },
};

try {
  await scenarios[scenario]();
  console.log(`  ${scenario}: PASS`);
  process.exit(0);
} catch (error) {
  console.log(`  ${scenario}: FAIL ${error?.stack ?? error}`);
  process.exit(1);
}
