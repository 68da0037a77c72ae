import { expect, test } from '@playwright/test';
import { aPledge, fillPledge, hydrated, MINISTRY, pledgeForm, pledgeIdOf, signIn, titled, unique, watchForErrors } from './people';

// Issue 22, point 9: a draft saved with "We agree that ITU publishes…" ticked, reopened through
// "Continue editing" and submitted at once was refused with "Tick this box to submit" in about one
// try in seven. The cause: an autosave that left the browser before the box was ticked reached
// the server after "Save draft" and overwrote the newer working copy (and, on a new pledge, made a
// second pledge beside it). Here every other try makes that happen for certain: the person pauses
// before the box (the form starts saving by itself), the autosave is held on a slow link, and the
// box is ticked and "Save draft" pressed while it is still on its way.

const TRIES = 20;
const AUTOSAVE = '/api/autosave_pledge';

test('a saved draft, reopened and submitted at once, is never refused', async ({ page }) => {
  test.setTimeout(TRIES * 45_000);
  const errors = watchForErrors(page);
  const f = pledgeForm(page);
  let holdAutosaves = false;
  let autosavesHeld = 0;
  await page.route(
    (url) => url.pathname === AUTOSAVE,
    async (route) => {
      if (holdAutosaves) {
        autosavesHeld += 1;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      await route.continue();
    },
  );
  await signIn(page, MINISTRY, '/pledges/new');
  for (let n = 1; n <= TRIES; n++) {
    const slowAutosave = n % 2 === 1;
    const pledge = aPledge(unique(`Reopened and submitted ${n}`), { consent: !slowAutosave });
    if (n > 1) await page.goto('/pledges/new');
    await hydrated(page);
    holdAutosaves = slowAutosave;
    await fillPledge(page, pledge);
    if (slowAutosave) {
      // A pause before the last box: the form starts saving the copy without it.
      const held = autosavesHeld;
      await expect(page.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible();
      await expect.poll(() => autosavesHeld, { message: `try ${n}: an autosave is on its way` }).toBeGreaterThan(held);
      await f.consent.check();
    }
    await f.saveDraft.click();
    await expect(page).toHaveURL(/\/my\/pledges\/\d+\/edit\?saved=1$/);
    const id = pledgeIdOf(page.url());

    // Later: the pledge again from "Our pledges", "Continue editing", and Submit straight away.
    // The late autosave has arrived by now: it must have changed nothing.
    if (slowAutosave) await page.waitForTimeout(2_500);
    await page.getByRole('link', { name: 'Our pledges' }).click();
    await expect(page.getByRole('row', { name: titled(pledge.title) }), `try ${n}: one pledge`).toHaveCount(1);
    await page.getByRole('row', { name: titled(pledge.title) }).getByRole('link', { name: pledge.title }).click();
    await expect(page).toHaveURL(new RegExp(`/my/pledges/${id}$`));
    await page.getByRole('link', { name: 'Continue editing' }).click();
    await expect(page).toHaveURL(new RegExp(`/my/pledges/${id}/edit$`));
    await expect(f.consent, `try ${n}: the box reopens ticked`).toBeChecked();
    await f.submit.click();

    await expect(page, `try ${n}: submitted`).toHaveURL(new RegExp(`/my/pledges/${id}\\?submitted=1$`));
    await expect(page.getByText('Tick this box to submit')).toHaveCount(0);

    // Withdrawn again, so the reviewers' queue (whose first page other tests read) is as it was.
    await page.locator('summary').filter({ hasText: 'Withdraw pledge' }).click();
    await page.getByLabel('Why do you withdraw it? (ITU will read this)').fill('A test of saving, reopening and submitting.');
    await page.getByRole('button', { name: 'Withdraw pledge' }).click();
    await expect(page.getByText('The pledge is withdrawn.')).toBeVisible();
  }
  expect(errors).toEqual([]);
});
