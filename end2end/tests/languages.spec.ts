import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, hydrated, MINISTRY, REVIEWER, signIn, watchForErrors } from './people';

// Each language by the name it gives itself, with a word of its compendium heading.
const LANGUAGES = [
  { code: 'ar', name: 'العربية', dir: 'rtl', heading: 'مجموعة التعهدات' },
  { code: 'zh', name: '中文', dir: 'ltr', heading: '承诺汇编' },
  { code: 'en', name: 'English', dir: 'ltr', heading: 'Pledge compendium' },
  { code: 'fr', name: 'Français', dir: 'ltr', heading: 'Recueil des engagements' },
  { code: 'ru', name: 'Русский', dir: 'ltr', heading: 'Сборник обязательств' },
  { code: 'es', name: 'Español', dir: 'ltr', heading: 'Compendio de compromisos' },
];

test('the language switch works and persists for each of the six languages', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  for (const language of LANGUAGES) {
    await page.getByRole('link', { name: language.name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.heading);
    await hydrated(page);
  }
  expect(errors).toEqual([]);
});

async function arabicPagesPassAxe(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found, `accessibility violations on ${path} in Arabic`).toEqual([]);
  }
}

test('every page in Arabic is right-to-left and passes axe', async ({ page }) => {
  const errors = watchForErrors(page);
  await signIn(page, MINISTRY);
  await page.goto('/lang/ar?next=/');
  await arabicPagesPassAxe(page, ['/', '/login', '/no/such/page', '/pledges/new', '/my/pledges', '/register', '/coalition', '/organisation', '/account']);
  await page.context().clearCookies();
  await signIn(page, REVIEWER);
  await page.goto('/lang/ar?next=/review');
  await arabicPagesPassAxe(page, ['/review']);
  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto('/lang/ar?next=/admin/coalition');
  await arabicPagesPassAxe(page, ['/admin/coalition']);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});
