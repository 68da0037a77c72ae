import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hydrated, watchForErrors } from './people';

// The demo data: three published pledges; one of them is in Access and benefits SIDS.
const CABLES = 'USD 40 million for cable landings in three Pacific island states';
const SCHOOLS = 'Connect 1,500 rural schools to broadband by 2027';
const SKILLS = 'Digital skills for 200,000 women and girls by 2026';

async function filterBy(page: Page, choices: { focusArea?: string; benefits?: string; search?: string }) {
  if (choices.focusArea) await page.getByRole('combobox', { name: 'Focus area', exact: true }).selectOption({ label: choices.focusArea });
  if (choices.benefits) await page.getByRole('combobox', { name: 'Benefits', exact: true }).selectOption({ label: choices.benefits });
  if (choices.search !== undefined) await page.getByRole('searchbox', { name: 'Search' }).fill(choices.search);
  await page.getByRole('button', { name: 'Filter' }).click();
}

/** A download's first bytes and name: an Office file is a zip (PK…) holding its main part. */
async function office(download: Download, extension: string, part: string) {
  expect(download.suggestedFilename()).toMatch(new RegExp(`^p2c-compendium-\\d{8}-\\d{4}\\.${extension}$`));
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from(part))).toBe(true);
  return bytes;
}

test('the public browses, filters by focus area and SIDS, searches, opens a permalink and downloads', async ({ page }) => {
  const errors = watchForErrors(page);
  const first = await page.goto('/');
  // Served from the page cache, the same bytes for everyone: its scripts run by their hashes.
  expect(first?.headers()['content-security-policy']).toContain("'sha256-");
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Pledge compendium' })).toBeVisible();
  // The live counter sums what the list holds.
  await expect(page.locator('[data-stat="pledges"]')).not.toHaveText('0');

  await filterBy(page, { focusArea: 'Access', benefits: 'Small Island Developing States (SIDS)' });
  await expect(page).toHaveURL(/focus_area=access/);
  await expect(page).toHaveURL(/group=sids/);
  await expect(page.getByRole('article', { name: CABLES })).toBeVisible();
  await expect(page.getByRole('article', { name: SCHOOLS })).toHaveCount(0);
  await expect(page.getByRole('article', { name: SKILLS })).toHaveCount(0);
  // The filters stay chosen on the filtered page.
  await expect(page.getByRole('combobox', { name: 'Focus area', exact: true })).toHaveValue('access');

  // Search, with the filters cleared.
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await filterBy(page, { search: 'women girls' });
  await expect(page).toHaveURL(/q=women\+girls|q=women%20girls/);
  await expect(page.getByRole('article', { name: SKILLS })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);

  // The permalink: a stable reference, every public field.
  await page.getByRole('article', { name: SKILLS }).getByRole('link', { name: SKILLS }).click();
  await expect(page).toHaveURL(/\/compendium\/P2C-\d{4}-\d{5}$/);
  const permalink = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: SKILLS })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Women and girls trained');
  await expect(page.getByRole('main')).toContainText(permalink.split('/').pop()!);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SKILLS })).toBeVisible();

  // The downloads honour the filters of the list they are offered on.
  await page.goto('/?focus_area=access&group=sids');
  await hydrated(page);
  const xlsx = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Excel (XLSX)' }).click();
  await office(await xlsx, 'xlsx', 'xl/workbook.xml');
  const docx = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Word compendium (DOCX)' }).click();
  await office(await docx, 'docx', 'word/document.xml');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters and the pages still work', async ({ page }) => {
    await page.goto('/');
    await filterBy(page, { focusArea: 'Access', benefits: 'Small Island Developing States (SIDS)' });
    await expect(page).toHaveURL(/focus_area=access&.*group=sids/);
    await expect(page.getByRole('article', { name: CABLES })).toBeVisible();
    await expect(page.getByRole('article', { name: SCHOOLS })).toHaveCount(0);

    // The synthetic pledges of the test server fill more than one page.
    await page.goto('/');
    await filterBy(page, { search: 'synthetic' });
    const first = await page.getByRole('article').allTextContents();
    expect(first).toHaveLength(25);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/after=/);
    const second = await page.getByRole('article').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await page.getByRole('link', { name: 'First page' }).click();
    await expect(page.getByRole('article').first()).toHaveText(first[0]);
  });
});

test('the compendium, a permalink and the dashboard meet WCAG 2.1 AA as far as axe can tell', async ({ page }) => {
  const errors = watchForErrors(page);
  for (const path of ['/', '/?focus_area=access&group=sids', '/dashboard', '/dashboard?group=ldc']) {
    await page.goto(path);
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
  await page.goto('/?q=cable+landings');
  await page.getByRole('link', { name: CABLES }).click();
  await hydrated(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // Each chart has its figures in a table beside it.
  await page.goto('/dashboard');
  await expect(page.getByRole('img', { name: /By focus area/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By focus area' })).toContainText('Access');
  expect(errors).toEqual([]);
});
