// The app's page side, as far as the main process can see it: the BUILT preload (out/preload/index.cjs)
// run the way Electron's sandboxed renderer runs it (a wrapper function with a restricted require,
// no Node globals, no string code generation), its ipcRenderer wired to the stand-in's ipcMain.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import timers from 'node:timers';
import urlModule from 'node:url';
import vm from 'node:vm';

/** Runs the window's preload and returns what it exposed in the main world (`window.planner`). */
export function loadPreload(win, ipcMain) {
  const file = win.options.webPreferences.preload;
  const exposed = {};
  const required = [];
  const contents = win.webContents;
  const ipcRenderer = {
    async invoke(channel, request) {
      const handler = ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`);
      // What crosses the bridge is structured-cloned both ways.
      return structuredClone(await handler({ sender: contents, senderFrame: contents.mainFrame }, structuredClone(request)));
    },
    on(channel, listener) { contents.page.on(channel, listener); return ipcRenderer; },
    removeListener(channel, listener) { contents.page.removeListener(channel, listener); return ipcRenderer; },
  };
  const electron = { contextBridge: { exposeInMainWorld(key, api) { exposed[key] = api; } }, ipcRenderer };
  const allowed = { electron, events: { EventEmitter }, timers, url: urlModule };
  const sandboxRequire = (name) => {
    required.push(name);
    if (!(name in allowed)) throw new Error(`module not found: ${name}`);
    return allowed[name];
  };
  const context = vm.createContext({ console, URL, TextEncoder, TextDecoder, queueMicrotask, setTimeout, clearTimeout }, { codeGeneration: { strings: false, wasm: false } });
  const source = readFileSync(file, 'utf8');
  const wrapper = vm.runInContext(`(function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {${source}\n})`, context, { filename: file });
  const module = { exports: {} };
  wrapper(sandboxRequire, { platform: process.platform, versions: {}, env: {} }, undefined, context, undefined, undefined, module.exports, module);
  return { exposed, required };
}
