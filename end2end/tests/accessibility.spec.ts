import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, MINISTRY, REVIEWER, signIn, watchForErrors } from './people';

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
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
  await expectNoViolations(page, '/organisation');
  await expectNoViolations(page, '/account');
  expect(errors).toEqual([]);
});

test('the review queue meets WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, REVIEWER);
  await expectNoViolations(page, '/review');
  expect(errors).toEqual([]);
});

test('the coalition desk meets WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, ADMIN);
  await expectNoViolations(page, '/admin/coalition');
  expect(errors).toEqual([]);
});
