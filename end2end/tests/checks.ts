import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { signIn, watchForErrors } from './people';

/** axe's WCAG 2.1 A and AA rules find nothing on the page in front of the person. */
export async function noAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `accessibility violations on ${where}`).toEqual([]);
}

/** A refused form answers 400, which the browser logs; anything else is an error. */
export function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !e.includes('status of 400'));
}

/** A person in a browser of their own (JavaScript on or off), signed in as `email` if given. */
export async function person(browser: Browser, js: boolean, email?: string): Promise<[Page, string[]]> {
  const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
  const errors = watchForErrors(page);
  if (email) await signIn(page, email);
  return [page, errors];
}
