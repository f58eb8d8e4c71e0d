/**
 * The preload: exposes the channel table's named functions as `window.planner`, nothing else.
 * ipcRenderer itself never crosses the bridge, and only table channels can be invoked. It bundles
 * the zod-free table only: requests are validated in the main process, not here.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildPlannerApi, IPC_CHANNELS } from '../../shared/ipc-channels';

const api = buildPlannerApi(
  IPC_CHANNELS,
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    // The renderer's listener must not receive the IpcRendererEvent (it exposes ipcRenderer.sender).
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
);

contextBridge.exposeInMainWorld('planner', api);
