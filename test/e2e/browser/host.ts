/**
 * Playwright fixture for the browser end-to-end tests: the built renderer in Debian Chromium,
 * with `window.planner` bound to the real handlers over a temp folder (no mocks). Build first
 * with `npm run build`.
 *
 *   test('…', async ({ page, app }) => {
 *     app.dialogs.nextSave = app.path('plan.mplan');  // answer the next save dialog
 *     await app.command('close-requested');           // what the Electron menu/window would send
 *   });
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { EventPayload, MenuCommand } from '../../../shared/ipc';
import {
  bindPlanner,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  createHostedPlanner,
  createHostFolders,
  emitEvent,
  removeHostFolders,
  startRendererServer,
} from './host-core';
import type { HostedPlanner, RendererServer, ScriptedDialogs } from './host-core';

export interface PlannerApp {
  /** The temp folders: docs for plan files, data for settings and recovery copies. */
  folders: HostedPlanner['folders'];
  dialogs: ScriptedDialogs;
  /** Everything the renderer reported through reportDocumentState. */
  documentStates: HostedPlanner['documentStates'];
  /** What the renderer asked the desktop shell to open or show. */
  shellCalls: HostedPlanner['shellCalls'];
  /** How often the renderer allowed the window to close. */
  closeConfirmations(): number;
  /** A path in the docs folder. */
  path(name: string): string;
  /** Sends a menu command as the main process would. */
  command(command: MenuCommand): Promise<void>;
  /** Simulates quitting and starting again: new handlers over the same folders, page reloaded. */
  restart(): Promise<void>;
}

interface WorkerFixtures {
  rendererServer: RendererServer;
}

interface TestFixtures {
  app: PlannerApp;
  pageProblems: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  launchOptions: [{ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }, { scope: 'worker' }],
  browserName: ['chromium', { scope: 'worker' }],
  viewport: { width: 1280, height: 800 },

  rendererServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // Uncaught exceptions and CSP violations fail the test even when the UI looked fine.
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    await use(problems);
    expect(problems, 'the page reported errors').toEqual([]);
  },

  app: async ({ page, rendererServer, pageProblems }, use) => {
    void pageProblems;
    const folders = await createHostFolders();
    // A page that is closing can no longer be told; the progress is still recorded on `hosted`.
    const forwardProgress = (progress: EventPayload<'onBriefProgress'>) => void emitEvent(page, 'onBriefProgress', progress).catch(() => undefined);
    let hosted = createHostedPlanner(folders, forwardProgress);
    await bindPlanner(page, () => hosted.handlers);
    await page.goto(rendererServer.url);
    await expect(page.getByRole('heading', { name: 'Mandate Planner', level: 1 })).toBeVisible();
    const app: PlannerApp = {
      folders,
      get dialogs() {
        return hosted.dialogs;
      },
      get documentStates() {
        return hosted.documentStates;
      },
      get shellCalls() {
        return hosted.shellCalls;
      },
      closeConfirmations: () => hosted.closeConfirmations,
      path: (name) => join(folders.docs, name),
      command: (command) => emitEvent(page, 'onCommand', { command }),
      async restart() {
        hosted = createHostedPlanner(folders, forwardProgress);
        await page.reload();
      },
    };
    await use(app);
    await removeHostFolders(folders);
  },
});

export { expect };
export type { Page };
