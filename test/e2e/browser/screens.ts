/** Locators for the shell, named as the planner sees them. */
import type { Page } from '@playwright/test';

export const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
export const dirtyMarker = (page: Page) => page.getByTestId('dirty-marker');
export const planHeading = (page: Page) => page.getByRole('banner').getByRole('heading', { level: 1 });
export const welcomeHeading = (page: Page) => page.getByRole('heading', { name: 'Mandate Planner', level: 1 });
export const prompt = (page: Page) => page.getByRole('alertdialog');
export const errorPanel = (page: Page) => page.getByRole('alert');
export const recentList = (page: Page) => page.getByRole('list', { name: 'Recent plans' });

/** Types into a field the way a person does (key by key), then leaves it. */
export async function typeInto(page: Page, label: string, text: string, { replace = true } = {}) {
  const input = field(page, label);
  await input.click();
  if (replace) await input.press('Control+A');
  await input.pressSequentially(text);
  await input.blur();
}
