import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, hydrated, MINISTRY, REVIEWER, signIn, signOut, watchForErrors } from './people';

/** The address of the first pledge listed on the page in front of us (My pledges, the review queue). */
async function firstPledgePath(page: Page): Promise<string> {
  const href = await page.getByRole('rowheader').getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^\/(my\/pledges|review)\/\d+$/);
  return href!;
}

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `accessibility violations on ${path}`).toEqual([]);
}

test('public pages meet WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await expectNoViolations(page, '/');
  await expectNoViolations(page, '/login');
  await expectNoViolations(page, '/register');
  await expectNoViolations(page, '/coalition');
  await expectNoViolations(page, '/verify?token=0123');
  await expectNoViolations(page, '/password/forgot');
  await expectNoViolations(page, '/password/reset?token=0123');
  await expectNoViolations(page, '/no/such/page');
  // The 404 page is meant to answer 404; anything else (a CSP violation) fails.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('stakeholder pages meet WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, MINISTRY);
  await expectNoViolations(page, '/pledges/new');
  await expectNoViolations(page, '/my/pledges');
  // A pledge's page for its lead: state, Edit and Withdraw, content, partners, revisions, history.
  const pledge = await firstPledgePath(page);
  await expectNoViolations(page, pledge);
  await expectNoViolations(page, '/organisation');
  await expectNoViolations(page, '/account');
  expect(errors).toEqual([]);
});

test('the review queue, the review page and the audit log meet WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, REVIEWER);
  await expectNoViolations(page, '/review');
  await expectNoViolations(page, '/review?focus_area=access&sort=value');
  // A pledge in the queue, for ITU: the checklist and the three decisions.
  const pledge = await firstPledgePath(page);
  expect(pledge).toMatch(/^\/review\/\d+$/);
  await expectNoViolations(page, pledge);
  await expect(page.getByRole('button', { name: 'Request changes' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Due-diligence checklist' })).toBeVisible();
  await signOut(page);
  await signIn(page, ADMIN);
  await expectNoViolations(page, '/admin/audit');
  expect(errors).toEqual([]);
});

test('the coalition desk and the exchange rates meet WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, ADMIN);
  await expectNoViolations(page, '/admin/coalition');
  await expectNoViolations(page, '/admin/rates');
  await expect(page.getByRole('heading', { name: 'Exchange rates', level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
