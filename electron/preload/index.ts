/**
 * The preload: exposes the contract's named functions as `window.planner`, nothing else.
 * ipcRenderer itself never crosses the bridge, and only contract channels can be invoked.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPlannerApi } from '../../shared/ipc';

const api = createPlannerApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    // The renderer's listener must not receive the IpcRendererEvent (it exposes ipcRenderer.sender).
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
);

contextBridge.exposeInMainWorld('planner', api);
