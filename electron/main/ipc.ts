/**
 * Binds every contract channel to ipcMain through dispatch. The only place ipcMain.handle is
 * called; requests from anything but our window's main frame are refused.
 */
import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { eventChannelOf, events } from '../../shared/ipc';
import type { EventName, EventPayload } from '../../shared/ipc';
import { fail } from '../../shared/result';
import { channelToMethod, dispatch } from '../services/dispatch';
import type { Handlers } from '../services/handler-types';
import { isOurWindow } from './sender-check';

/** Registers a handler for every channel of the contract. Returns a function that removes them. */
export function registerIpc(handlers: Handlers, getContents: () => WebContents | null, isAppPage: (url: string) => boolean, checkResponses = false): () => void {
  const channels = Object.keys(channelToMethod);
  for (const channel of channels) {
    const method = channelToMethod[channel]!;
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isOurWindow(event, getContents(), isAppPage)) return fail('NOT_ALLOWED', 'This request did not come from the Mandate Planner window and was ignored.');
      return dispatch(handlers, method, request, { checkResponses });
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Pushes an event to the renderer, checked against the contract's payload schema first. */
export function sendEvent<E extends EventName>(contents: WebContents | null, name: E, payload: EventPayload<E>): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(eventChannelOf(name), events[name].payload.parse(payload));
}
