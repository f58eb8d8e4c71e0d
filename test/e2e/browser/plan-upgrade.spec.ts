import { writeFile } from 'node:fs/promises';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';

/** The sample as format 1 saved it: factor 6 rated as the strength of mitigating factors ("high" = strong). */
function version1Sample(): string {
  const plan = createSamplePlan();
  const riskFactors = plan.situation.riskFactors.map((f) => (f.factor === 6 ? { ...f, level: 'high' as const, indicators: [] } : f));
  return JSON.stringify({ ...plan, version: 1, situation: { ...plan.situation, riskFactors } }, null, 2);
}

test('a plan saved in format 1 opens with a one-time explanation that factor 6 now reads the other way', async ({ page, app }) => {
  const path = app.path('old-veloria.mplan');
  await writeFile(path, version1Sample());
  app.dialogs.nextOpen = path;
  await page.keyboard.press('Control+O');

  const dialog = page.getByRole('alertdialog', { name: /was upgraded to the current plan format/ });
  await expect(dialog).toContainText('Factor 6 now records the absence of mitigating factors');
  await expect(dialog).toContainText('“high”, so factor 6 now reads “not present”');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Situation & mandate' }).click();
  await page.getByRole('tab', { name: /Risk factors/ }).click();
  await expect(page.getByRole('combobox', { name: /^Level of factor 6\. / })).toHaveValue('not-present');

  // Saved in the new format, the plan opens again without the explanation.
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status')).toContainText('Saved');
  app.dialogs.nextOpen = path;
  await page.keyboard.press('Control+O');
  await expect(page.getByRole('status')).toContainText('Opened “old-veloria.mplan”.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
