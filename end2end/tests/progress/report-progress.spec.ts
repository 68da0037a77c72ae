import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, hydrated, MINISTRY, REVIEWER, signIn, titled, watchForErrors } from '../people';

// A seeded pledge of the ministry, published and without a report until these tests file one.
const PLEDGE = 'Digital skills for 200,000 women and girls by 2026';
const TARGET = 'Women and girls trained';
// Playwright runs in end2end/: the app's own one-page PDF fixture.
const pdf = readFileSync('../app/tests/fixtures/one-page.pdf');

function day(offset: number): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function noAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `accessibility violations on ${where}`).toEqual([]);
}

/** From "Our pledges", the ministry opens "Report progress" of its published pledge. */
async function openReportForm(page: Page, js: boolean) {
  await page.goto('/my/pledges');
  if (js) await hydrated(page);
  const duties = page.getByRole('region', { name: 'Progress reports' });
  const row = duties.getByRole('row', { name: titled(PLEDGE) });
  await row.getByRole('link', { name: 'Report progress' }).click();
  await expect(page).toHaveURL(/\/my\/pledges\/\d+\/progress$/);
  if (js) await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Report progress' })).toBeVisible();
}

/** Fills the report as a person would, by the labels they read. */
async function fillReport(page: Page, narrative: string, percent: string) {
  await page.getByLabel('Status of the work').selectOption({ label: 'On track' });
  await page.getByLabel('Per cent complete').fill(percent);
  await page.getByLabel(`Value reached – ${TARGET}`).fill('80 000');
  await page.getByLabel(`Reached on – ${TARGET}`).fill(day(-3));
  await page.getByLabel('Amount disbursed').fill('150000');
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Counted on').fill(day(-2));
  await page.getByLabel('Countries where results were delivered').selectOption(['RW']);
  await page.getByLabel('Beneficiaries reached').fill('80000');
  await page.getByLabel('Unit of beneficiaries').fill('women and girls');
  await page.getByLabel('What happened').fill(narrative);
  await page.getByLabel('Evidence links').fill('https://www.minict.example/skills-2026');
  await page
    .getByLabel('Evidence files')
    .setInputFiles({ name: 'training-register.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByLabel('Make the files of this report public').check();
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a ministry reports progress, the permalink shows the timeline, a reviewer asks for more', async ({ browser }) => {
      const amina = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
      const errors = watchForErrors(amina);
      await signIn(amina, MINISTRY);
      await openReportForm(amina, js);
      const narrative = `Trainers reached ${js ? 'three' : 'four'} districts; 80,000 women and girls finished the course (${Date.now().toString(36)}).`;

      // A mistake first: 140 per cent is refused next to the field, and nothing typed is lost.
      await fillReport(amina, narrative, '140');
      await amina.getByRole('button', { name: 'File the report' }).click();
      await expect(amina.getByText('Enter a whole number from 0 to 100.')).toBeVisible();
      if (js) await hydrated(amina);
      await expect(amina.getByLabel('What happened')).toHaveValue(narrative);
      await expect(amina.getByLabel('Per cent complete')).toHaveValue('140');
      // The file that passed its checks waits with the draft.
      await expect(amina.getByRole('checkbox', { name: 'Remove training-register.pdf' })).toBeVisible();

      await amina.getByLabel('Per cent complete').fill('40');
      await amina.getByLabel('Make the files of this report public').check();
      await amina.getByRole('button', { name: 'File the report' }).click();
      await expect(amina).toHaveURL(/\/progress\?filed=1$/);
      if (js) await hydrated(amina);
      await expect(amina.getByRole('status')).toContainText('Report filed. It is public now.');
      const report = amina.getByRole('article').filter({ hasText: narrative });
      await expect(report).toContainText('40 % complete');
      await expect(report).toContainText('USD 150,000');
      await expect(report.getByRole('link', { name: 'training-register.pdf' })).toBeVisible();
      const pledgeId = /\/my\/pledges\/(\d+)\/progress/.exec(amina.url())![1];

      // The public permalink: the timeline with status, light, per cent, targets and money.
      await amina.getByRole('link', { name: 'Reference' }).click();
      await expect(amina).toHaveURL(/\/compendium\/P2C-\d{4}-\d{5}$/);
      const permalink = amina.url();
      const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
      await visitor.goto(permalink);
      if (js) await hydrated(visitor);
      const timeline = visitor.getByRole('region', { name: 'Progress timeline' });
      const entry = timeline.getByRole('article').filter({ hasText: narrative });
      await expect(entry).toContainText('On track');
      await expect(entry).toContainText('40 % complete');
      await expect(entry.getByRole('table', { name: 'Targets reached' })).toContainText('80000');
      await expect(entry).toContainText('USD 150,000');
      await expect(entry.getByRole('link', { name: 'training-register.pdf' })).toBeVisible();
      if (js) await noAxeViolations(visitor, 'the permalink with its timeline');

      // A reviewer asks for more; the message reaches the pledge's conversation.
      const reviewer = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
      await signIn(reviewer, REVIEWER);
      await reviewer.goto('/review/progress');
      if (js) await hydrated(reviewer);
      const item = reviewer.getByRole('article').filter({ has: reviewer.getByRole('heading', { name: PLEDGE }) }).first();
      const ask = `Please add the attendance lists of the ${js ? 'three' : 'four'} districts.`;
      await item.getByLabel('Message to the organisation').fill(ask);
      await item.getByRole('button', { name: 'Ask for more' }).click();
      if (!js) await expect(reviewer).toHaveURL(/\/review\/progress\?done=1$/);
      await amina.goto(`/my/pledges/${pledgeId}`);
      if (js) await hydrated(amina);
      await expect(amina.getByText(ask)).toBeVisible();
      // The one refused request is the filing at 140 per cent (400, shown next to the field).
      expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
      expect(errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
    });
  });
}

test('the progress pages pass axe in English and in Arabic', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, MINISTRY);
  await openReportForm(page, true);
  const form = page.url();
  await noAxeViolations(page, 'the report form');
  await page.goto('/my/pledges');
  await hydrated(page);
  await noAxeViolations(page, 'Our pledges with the progress reports');
  await page.goto('/organisation/reminders');
  await hydrated(page);
  await noAxeViolations(page, 'the reminder recipients');
  await page.goto(`/lang/ar?next=${encodeURIComponent(new URL(form).pathname)}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await hydrated(page);
  await noAxeViolations(page, 'the report form in Arabic');
  await page.context().clearCookies();
  await signIn(page, REVIEWER);
  await page.goto('/review/progress');
  await hydrated(page);
  await noAxeViolations(page, 'the progress reports to look at');
  await page.goto('/lang/ar?next=/review/progress');
  await hydrated(page);
  await noAxeViolations(page, 'the progress reports to look at, in Arabic');
  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto('/admin/cycles');
  await hydrated(page);
  await noAxeViolations(page, 'the reporting cycles');
  expect(errors).toEqual([]);
});
