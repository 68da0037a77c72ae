import { expect, type Page } from '@playwright/test';

// The seeded demo accounts (server/src seed): what a person would type.
export const PASSWORD = 'p2c-demo-2026';
export const MINISTRY = 'amina@minict.example';
export const REVIEWER = 'reviewer@itu.example';
export const ADMIN = 'admin@itu.example';

export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

export type PledgeText = { title: string; description: string };

/** Fills the pledge form as a person does: by labels, one field after another. */
export async function fillPledge(page: Page, pledge: PledgeText) {
  await page.getByLabel('Title').fill(pledge.title);
  await page.getByLabel('Description').fill(pledge.description);
  await page.getByLabel('Pledge type').selectOption({ label: 'Project' });
  await page.getByRole('checkbox', { name: /^Access/ }).check();
  await page.getByRole('checkbox', { name: /^Adoption/ }).check();
  const benefit = (group: string, level: string) =>
    page.getByRole('group', { name: group }).getByLabel(level).check();
  await benefit('Least Developed Countries (LDCs)', 'Mainly');
  await benefit('Landlocked Developing Countries (LLDCs)', 'Partly');
  await benefit('Small Island Developing States (SIDS)', 'Not targeted');
}

/** Waits until the wasm has hydrated the page (the app marks <body> then). */
export async function hydrated(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

/**
 * Collects uncaught page errors, console errors (hydration mismatches are reported there) and
 * Content-Security-Policy violations: any of them fails the test that checks the list.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
