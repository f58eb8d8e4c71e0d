import { expect, test } from './host';

test('a plan without changes closes the window without asking', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await app.command('close-requested');
  await expect.poll(() => app.closeConfirmations()).toBe(1);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
