import { expect, test, type Page } from '@playwright/test';
import {
  aPledge,
  expectPledgeForm,
  fillPledge,
  hydrated,
  MINISTRY,
  PASSWORD,
  pledgeForm,
  signIn,
  titled,
  unique,
  watchForErrors,
} from './people';

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
  test.fixme(!process.env.E2E_DEV_WORKAROUND, 'BUG-2');
  const errors = watchForErrors(page);
  await signIn(page, MINISTRY);
  await slowWasm(page, 10_000);
  await page.goto('/pledges/new');
  // The whole form, with a title too short on purpose: once hydrated, live validation must start
  // from what is there.
  const pledge = aPledge('Wifi', {
    summary: 'Solar-powered Wi-Fi for 40 rural markets in the Eastern Province.',
    description: 'Solar-powered Wi-Fi for 40 rural markets in the Eastern Province by 2028.',
    focusAreas: ['Access', 'Value creation'],
  });
  await fillPledge(page, pledge);
  await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');

  await hydrated(page);
  await expect(page.getByText('The title must be between 5 and 200 characters.')).toBeVisible();
  await expectPledgeForm(page, pledge);
  await expect(pledgeForm(page).type).toHaveValue('project');
  // The search box appears once the page is interactive, and the ticked country is named above the list.
  await expect(pledgeForm(page).countrySearch).toBeVisible();
  await expect(page.getByText('Chosen: Rwanda')).toBeVisible();

  const title = unique('Solar Wi-Fi in 40 rural markets');
  await pledgeForm(page).title.fill(title);
  await expect(page.getByText('The title must be between 5 and 200 characters.')).toBeHidden();
  await pledgeForm(page).submit.click();
  await expect(page).toHaveURL(/\/my\/pledges\/\d+\?submitted=1$/);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Our pledges' }).click();
  await expect(page.getByRole('row', { name: titled(title) })).toContainText('Submitted');
  expect(errors).toEqual([]);
});
