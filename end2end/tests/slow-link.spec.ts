import { expect, test, type Page } from '@playwright/test';
import { hydrated, MINISTRY, PASSWORD, signIn, watchForErrors } from './people';

/** Holds the wasm back, as a slow connection does, so the person types before the page hydrates. */
async function slowWasm(page: Page, ms: number) {
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('the sign-in form keeps what was typed before the page hydrated', async ({ page }) => {
  const errors = watchForErrors(page);
  await slowWasm(page, 5_000);
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(MINISTRY);
  await page.getByLabel('Password').fill(PASSWORD);
  await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  await hydrated(page);
  await expect(page.getByLabel('E-mail address')).toHaveValue(MINISTRY);
  await expect(page.getByLabel('Password')).toHaveValue(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the pledge form keeps everything typed, ticked and chosen before the page hydrated', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, MINISTRY);
  await slowWasm(page, 6_000);
  await page.goto('/pledges/new');
  const description = 'Solar-powered Wi-Fi for 40 rural markets in the Eastern Province by 2028.';
  // Too short on purpose: once hydrated, live validation must start from what is there.
  await page.getByLabel('Title').fill('Wifi');
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Pledge type').selectOption({ label: 'Project' });
  await page.getByRole('checkbox', { name: /^Access/ }).check();
  await page.getByRole('checkbox', { name: /^Value creation/ }).check();
  const group = (name: string) => page.getByRole('group', { name });
  await group('Least Developed Countries (LDCs)').getByLabel('Mainly').check();
  await group('Landlocked Developing Countries (LLDCs)').getByLabel('Partly').check();
  await group('Small Island Developing States (SIDS)').getByLabel('Not targeted').check();
  await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');

  await hydrated(page);
  await expect(page.getByText('The title must be between 5 and 200 characters.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Wifi');
  await expect(page.getByLabel('Description')).toHaveValue(description);
  await expect(page.getByLabel('Pledge type')).toHaveValue('project');
  await expect(page.getByRole('checkbox', { name: /^Access/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Value creation/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Adoption/ })).not.toBeChecked();
  await expect(group('Least Developed Countries (LDCs)').getByLabel('Mainly')).toBeChecked();
  await expect(group('Landlocked Developing Countries (LLDCs)').getByLabel('Partly')).toBeChecked();
  await expect(group('Small Island Developing States (SIDS)').getByLabel('Not targeted')).toBeChecked();

  const title = `Solar Wi-Fi in 40 rural markets (${Date.now()})`;
  await page.getByLabel('Title').fill(title);
  await expect(page.getByText('The title must be between 5 and 200 characters.')).toBeHidden();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/my\/pledges\?submitted=1$/);
  await expect(page.getByRole('row', { name: new RegExp(title.replace(/[()]/g, '.')) })).toContainText('Submitted');
  expect(errors).toEqual([]);
});
