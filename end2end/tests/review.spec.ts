import { expect, test, type Browser, type Page } from '@playwright/test';
import { readOutbox, waitForMail } from './outbox';
import {
  aPledge,
  answerCheck,
  autosaved,
  CHECKLIST,
  fillPledge,
  hydrated,
  MINISTRY,
  MINISTRY_ORG,
  pledgeForm,
  pledgeIdOf,
  REVIEWER,
  signIn,
  titled,
  unique,
  watchForErrors,
} from './people';

async function person(browser: Browser, email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors = watchForErrors(page);
  await signIn(page, email);
  return { page, errors };
}

test('due diligence: a reviewer requests changes, the organisation resubmits, the reviewer sees the diff and publishes', async ({
  browser,
}) => {
  const pledge = aPledge(unique('Solar-powered computer labs in 40 secondary schools'), {
    focusAreas: ['Adoption'],
    summary: 'Solar-powered computer labs for 40 secondary schools in the Eastern Province by 2028.',
  });

  // Amina submits the pledge.
  const amina = await person(browser, MINISTRY);
  await expect(amina.page).toHaveURL(/\/pledges\/new$/);
  await hydrated(amina.page);
  await fillPledge(amina.page, pledge);
  await autosaved(amina.page);
  await pledgeForm(amina.page).submit.click();
  await expect(amina.page).toHaveURL(/\/my\/pledges\/\d+\?submitted=1$/);
  const id = pledgeIdOf(amina.page.url());

  // The reviewer filters the queue to the pledge's focus area; the filter stays in the address.
  const reviewer = await person(browser, REVIEWER);
  await expect(reviewer.page).toHaveURL(/\/review$/);
  await hydrated(reviewer.page);
  await reviewer.page.getByLabel('Focus area').selectOption('adoption');
  await reviewer.page.getByLabel('Held by').selectOption('none');
  await reviewer.page.getByRole('button', { name: 'Filter' }).click();
  await expect(reviewer.page).toHaveURL(/focus_area=adoption/);
  await expect(reviewer.page).toHaveURL(/assignee=none/);
  const row = reviewer.page.getByRole('row', { name: titled(pledge.title) });
  await expect(row).toContainText(MINISTRY_ORG);
  await expect(row).toContainText('0 days');
  await expect(row).toContainText('Nobody');
  await row.getByRole('link', { name: titled(pledge.title) }).click();
  await expect(reviewer.page).toHaveURL(new RegExp(`/review/${id}$`));
  await hydrated(reviewer.page);
  await expect(reviewer.page.getByText('Nobody holds this pledge yet.')).toBeVisible();
  await reviewer.page.getByRole('button', { name: 'Claim' }).click();
  await expect(reviewer.page.getByText('You hold this pledge.')).toBeVisible();
  await expect(reviewer.page.getByRole('heading', { name: 'Organisation' })).toBeVisible();
  await expect(reviewer.page.locator('main')).toContainText('Verified');

  // The checklist, with one failed item and its note, and a message to the organisation.
  for (const item of CHECKLIST) await answerCheck(reviewer.page, item, 'Pass');
  await answerCheck(reviewer.page, 'It is realistic and measurable', 'Fail', 'No baseline for the labs.');
  // Approving with a failed item is refused next to the item, and nothing is lost.
  await reviewer.page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.page.getByText('A failed item cannot be approved: request changes or reject instead.')).toBeVisible();
  const message = 'Please give a baseline: how many labs exist today?';
  await reviewer.page.getByLabel('Message to the organisation').fill(message);
  await reviewer.page.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.page.getByRole('status').filter({ hasText: 'Decision recorded' })).toContainText(
    'Changes requested',
  );

  // Amina reads the message on her pledge and in her mail, edits and resubmits.
  const mail = await waitForMail(MINISTRY, new RegExp(`^ITU's decision on your pledge: ${titled(pledge.title).source}`));
  expect(mail.text).toContain(message);
  expect(mail.text).toContain(`/my/pledges/${id}`);
  await amina.page.goto(`/my/pledges/${id}`);
  await hydrated(amina.page);
  await expect(amina.page.getByRole('heading', { name: "ITU's message" })).toBeVisible();
  await expect(amina.page.locator('main')).toContainText(message);
  await amina.page.getByRole('link', { name: /Edit pledge|Continue editing/ }).click();
  await expect(amina.page).toHaveURL(new RegExp(`/my/pledges/${id}/edit$`));
  await hydrated(amina.page);
  const revised = 'Solar-powered computer labs for 40 secondary schools (none have one today) in the Eastern Province by 2028.';
  await pledgeForm(amina.page).summary.fill(revised);
  await pledgeForm(amina.page).summary.blur();
  await autosaved(amina.page);
  await pledgeForm(amina.page).submit.click();
  await expect(amina.page).toHaveURL(new RegExp(`/my/pledges/${id}\\?submitted=1$`));

  // The reviewer sees what changed, and approves.
  await reviewer.page.goto(`/review/${id}`);
  await hydrated(reviewer.page);
  const changes = reviewer.page.getByRole('region', { name: 'Changes since revision 1' });
  await expect(changes).toBeVisible();
  await expect(changes.locator('ins')).toContainText('none have one today');
  for (const item of CHECKLIST) await answerCheck(reviewer.page, item, 'Pass');
  await reviewer.page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.page.getByRole('status').filter({ hasText: 'Decision recorded' })).toContainText('Published');

  // The public sees it, and the organisation has its mail.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/');
  await expect(visitor.getByRole('article', { name: pledge.title })).toContainText(revised);
  // Two decisions, two messages: the second tells of the publication.
  await expect
    .poll(async () => (await readOutbox()).filter((m) => m.text.includes(pledge.title) && m.text.includes('published it')).length)
    .toBe(1);
  const published = (await readOutbox()).find((m) => m.text.includes(pledge.title) && m.text.includes('published it'))!;
  expect(published.text).toContain('Partner2Connect pledge compendium');
  expect(amina.errors).toEqual([]);
  // The one refused request is the approval with a failed item (400, shown next to the item).
  expect(reviewer.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  expect(reviewer.errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
});
