import { writePlanFile } from '../../../electron/services/plan-file';
import { createRecentFiles } from '../../../electron/services/recent-files';
import { createConfSettings } from '../../../electron/services/settings-store';
import { createSamplePlan } from '../../../shared/plan/sample';
import { emitEvent } from './host-core';
import { expect, test } from './host';
import { errorPanel, field, welcomeHeading } from './screens';

const titled = (title: string) => ({ ...createSamplePlan(), cover: { ...createSamplePlan().cover, title } });

test('a plan double-clicked in the file manager opens in the running app', async ({ page, app }) => {
  const path = app.path('from-the-file-manager.mplan');
  await writePlanFile(path, titled('Opened by double-click'));
  // What the main process does with a path from the command line or second-instance: recent list, then the event.
  createRecentFiles(createConfSettings(app.folders.data), () => new Date()).add(path);
  await emitEvent(page, 'onOpenFile', { path });
  await expect(field(page, 'Plan title')).toHaveValue('Opened by double-click');
  await expect(page.getByRole('banner')).toContainText(path);
});

test('a path the main process did not hand over is refused, even if the renderer asks for it', async ({ page, app }) => {
  const path = app.path('never-chosen.mplan');
  await writePlanFile(path, titled('Should stay closed'));
  await emitEvent(page, 'onOpenFile', { path });
  await expect(errorPanel(page)).toContainText('is not on the recent-files list');
  await expect(welcomeHeading(page)).toBeVisible();
});
