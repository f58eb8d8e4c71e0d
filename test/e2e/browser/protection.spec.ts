import { readFile } from 'node:fs/promises';
import { createSamplePlan } from '../../../shared/plan/sample';
import { expect, test } from './host';

const PASSPHRASE = 'lantern orchard velvet quarry';

test('protect a plan, close it, and open it again with its passphrase after a wrong one', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  const target = app.path('veloria.mplan');
  app.dialogs.nextSave = target;
  await app.command('protect');

  const ask = page.getByRole('dialog', { name: 'Protect with a passphrase' });
  await ask.getByLabel('New passphrase').fill('short');
  await ask.getByLabel('Type it again').fill('short');
  await ask.getByRole('button', { name: 'Protect' }).click();
  await expect(ask.getByRole('alert')).toContainText('at least 10 characters');
  await ask.getByLabel('New passphrase').fill(PASSPHRASE);
  await ask.getByLabel('Type it again').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Protect' }).click();
  await expect(ask).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('protected with a passphrase', { exact: false }).first()).toBeVisible();

  const stored = await readFile(target);
  expect(stored.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
  expect(stored.includes(createSamplePlan().cover.title)).toBe(false);

  // The brief says its PDF is not protected.
  await page.getByRole('navigation', { name: 'Plan areas' }).getByRole('button', { name: 'Brief' }).click();
  await expect(page.getByText('This plan is protected with a passphrase, but its exports are not')).toBeVisible();

  await page.getByRole('button', { name: 'Close plan' }).click();
  const recent = page.getByRole('button', { name: /veloria\.mplan/ });
  await expect(recent).toBeVisible();
  // The recent list names the file, never the title.
  await expect(page.getByText(createSamplePlan().cover.title)).toHaveCount(0);
  await recent.click();

  const unlock = page.getByRole('dialog', { name: 'Passphrase needed' });
  await expect(unlock).toContainText('“veloria.mplan”'.replace(/[“”]/g, '"'));
  await unlock.getByLabel('Passphrase').fill('lantern orchard velvet quarrY');
  await unlock.getByRole('button', { name: 'Open' }).click();
  // The dialog stays while scrypt checks the answer, then says why it was refused.
  await expect(unlock.getByRole('button', { name: 'Checking…' })).toBeVisible();
  await expect(unlock.getByRole('alert')).toHaveText('That passphrase does not open "veloria.mplan". Check it and try again; nothing was changed on disk.', { timeout: 30_000 });
  expect(await readFile(target)).toEqual(stored);

  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(unlock).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Plan title' })).toHaveValue(createSamplePlan().cover.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
