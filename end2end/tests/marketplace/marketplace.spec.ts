import { expect, test, type Page } from '@playwright/test';
import { noAxeViolations, person, unexpected } from '../checks';
import {
  ADMIN, aPledge, answerCheck, CHECKLIST, fillPledge, hydrated, MINISTRY, MINISTRY_ORG, PACIFIC, pledgeForm,
  REVIEWER, titled, unique,
} from '../people';

async function ready(page: Page, js: boolean) {
  if (js) await hydrated(page);
}

/** A reviewer approves the pledge from the queue: every checklist item passes. */
async function approve(page: Page, js: boolean, title: string) {
  await page.goto('/review');
  await ready(page, js);
  await page.getByRole('row', { name: titled(title) }).getByRole('link', { name: titled(title) }).click();
  await expect(page).toHaveURL(/\/review\/\d+$/);
  await ready(page, js);
  for (const item of CHECKLIST) await answerCheck(page, item, 'Pass');
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision recorded' })).toContainText('Published');
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });
    // Four people and some thirty page loads on two cores.
    test.setTimeout(240_000);

    test('ITU posts an opportunity, a company pledges to it, the bar moves; another signs on; a visitor reports', async ({ browser }) => {
      const slug = js ? `malawi-schools-${Date.now().toString(36)}` : `malawi-schools-nojs-${Date.now().toString(36)}`;
      const opportunity = 'Connect 400 schools in Malawi';

      // ITU posts the opportunity.
      const [admin, adminErrors] = await person(browser, js, ADMIN);
      await admin.goto('/opportunities/new');
      await ready(admin, js);
      await admin.getByLabel('Kind', { exact: true }).selectOption({ label: 'Project' });
      await admin.getByLabel('Title', { exact: true }).fill(opportunity);
      await admin.getByLabel('Address of its page', { exact: true }).fill(slug);
      await admin.getByLabel('Summary', { exact: true }).fill('Broadband and solar power for 400 rural primary schools in Malawi by 2028.');
      await admin.getByLabel('Description', { exact: true }).fill('Fibre where it reaches, satellite elsewhere; solar power; two trained teachers per school.');
      await admin.getByRole('group', { name: 'Focus areas' }).getByLabel('Access').check();
      await admin.getByRole('group', { name: 'Region' }).getByLabel('Africa').check();
      await admin.getByLabel('Target countries', { exact: true }).selectOption({ label: 'Malawi' });
      await admin.getByRole('group', { name: 'LDC, LLDC and SIDS groups' }).getByLabel('Least Developed Countries (LDCs)').check();
      await admin.getByLabel('Money needed', { exact: true }).fill('8,000,000');
      await admin.getByLabel('Currency', { exact: true }).selectOption('USD');
      await admin.getByRole('group', { name: 'Help needed in kind' }).getByLabel('Equipment').check();
      await admin.getByRole('button', { name: 'Save the opportunity' }).click();
      await expect(admin).toHaveURL(new RegExp(`/opportunities/${slug}\\?saved=1`));
      await expect(admin.getByRole('heading', { level: 1, name: opportunity })).toBeVisible();
      await expect(admin.getByText('USD 0 committed of USD 8,000,000 needed')).toBeVisible();

      // A company finds it under "Opportunities for you" and pledges to it, open to others.
      const [company, companyErrors] = await person(browser, js, PACIFIC);
      await company.goto('/opportunities');
      await ready(company, js);
      const forYou = company.getByRole('region', { name: 'Opportunities for you' });
      const link = forYou.locator(`a[href="/opportunities/${slug}"]`);
      await expect(link).toHaveText(opportunity);
      await expect(forYou.getByRole('listitem').filter({ has: company.locator(`a[href="/opportunities/${slug}"]`) })).toContainText('Why: Access');
      await link.click();
      await ready(company, js);
      await company.getByRole('link', { name: 'Pledge to this opportunity' }).click();
      await expect(company).toHaveURL(new RegExp(`/pledges/new\\?answers=${slug}`));
      await ready(company, js);
      const title = unique('USD 2 million for school connectivity in Malawi');
      await fillPledge(company, aPledge(title, {
        type: 'Financial',
        focusAreas: ['Access'],
        countries: ['Malawi'],
        amount: '2000000',
        currency: 'USD',
        ldc: { level: 'Primary beneficiary', share: '', statement: 'Malawi is a Least Developed Country; every school is in Malawi.' },
        lldc: { level: 'Primary beneficiary', share: '', statement: 'Malawi is landlocked; the schools are rural.' },
        sids: { level: 'Not targeted', share: '', statement: '' },
        contactName: 'Sione Taufa',
        contactEmail: 'pledges@pacificconnect.example',
      }));
      const answers = company.getByRole('group', { name: 'Opportunities this pledge answers' });
      // Both runs post an opportunity of this title; this run's is the one with its address.
      await expect(answers.getByRole('checkbox', { name: opportunity }).and(company.locator(`[value="${slug}"]`))).toBeChecked();
      await company.getByRole('checkbox', { name: 'Other organisations may sign on to this pledge' }).check();
      await pledgeForm(company).submit.click();
      await expect(company.locator('main .status').first()).toHaveText('Submitted');

      // The reviewer approves it; the funding bar moves.
      const [reviewer, reviewerErrors] = await person(browser, js, REVIEWER);
      await approve(reviewer, js, title);
      const [visitor, visitorErrors] = await person(browser, js);
      await visitor.goto(`/opportunities/${slug}`);
      await ready(visitor, js);
      await expect(visitor.getByText('USD 2,000,000 committed of USD 8,000,000 needed')).toBeVisible();
      await expect(visitor.getByRole('meter', { name: 'Share of the money needed that is committed' })).toHaveAttribute('value', '25');
      const answering = visitor.getByRole('region', { name: 'Published pledges that answer it' });
      await answering.getByRole('link', { name: title }).click();
      await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const permalink = new URL(visitor.url()).pathname;

      // The ministry signs on to the open pledge; ITU approves; it appears as a co-signer.
      const [amina, aminaErrors] = await person(browser, js, MINISTRY);
      await amina.goto(permalink);
      await ready(amina, js);
      const signOn = amina.getByRole('region', { name: 'Sign on to this pledge' });
      await signOn.getByLabel('Money your organisation adds (optional)').fill('500000');
      await signOn.getByLabel('Currency').selectOption('USD');
      await signOn.getByLabel('Training').check();
      await signOn.getByLabel('What your organisation will do').fill('Trains two teachers in every connected school, with the national teacher college.');
      await signOn.getByRole('button', { name: 'Sign on' }).click();
      await ready(amina, js);
      await expect(amina.getByRole('region', { name: 'Sign on to this pledge' })).toContainText("Waiting for ITU's review");
      await visitor.reload();
      await expect(visitor.getByRole('region', { name: 'Co-signers' })).toHaveCount(0);

      await reviewer.goto('/review/sign-ons');
      await ready(reviewer, js);
      const card = reviewer.getByRole('article').filter({ hasText: title });
      await card.getByRole('button', { name: `Approve ${MINISTRY_ORG}` }).click();
      await expect(reviewer).toHaveURL(/\/review\/sign-ons/);
      await ready(reviewer, js);
      await expect(reviewer.getByRole('article').filter({ hasText: title })).toHaveCount(0);

      await visitor.goto(permalink);
      await ready(visitor, js);
      const cosigners = visitor.getByRole('region', { name: 'Co-signers' });
      await expect(cosigners.getByRole('link', { name: MINISTRY_ORG })).toBeVisible();
      await expect(cosigners).toContainText('Co-signers add USD 500,000');
      // Counted once: the pledge's own value stays, the co-signer's money is its own line.
      await visitor.goto(`/opportunities/${slug}`);
      await expect(visitor.getByText('USD 2,500,000 committed of USD 8,000,000 needed')).toBeVisible();
      await expect(visitor.getByText(/One published pledge: USD 2,000,000 pledged, USD 500,000 from co-signers/)).toBeVisible();

      // A visitor reports the pledge; the reviewer dismisses the report.
      await visitor.goto(permalink);
      await ready(visitor, js);
      await visitor.getByText('Report a problem with this page').click();
      await visitor.getByLabel('Duplicate').check();
      const message = `Listed twice, it seems (${js ? 'js' : 'no js'}).`;
      await visitor.getByLabel('Tell us more').fill(message);
      await visitor.getByRole('button', { name: 'Send the report' }).click();
      await expect(visitor.getByText("Thank you. ITU's reviewers will look at your report.")).toBeVisible();

      await reviewer.goto('/review/reports');
      await ready(reviewer, js);
      const reported = reviewer.getByRole('article').filter({ has: reviewer.getByRole('heading', { name: title }) });
      await expect(reported).toContainText(message);
      await expect(reported).toContainText('One report');
      await reported.getByLabel('Your reason (sent to the organisation when you ask or unpublish)').fill('Checked: not a duplicate.');
      await reported.getByRole('button', { name: 'Dismiss the report' }).click();
      await expect(reviewer).toHaveURL(/\/review\/reports/);
      await ready(reviewer, js);
      await expect(reviewer.getByRole('article').filter({ has: reviewer.getByRole('heading', { name: title }) })).toHaveCount(0);

      for (const [who, errors] of [
        ['admin', adminErrors], ['company', companyErrors], ['reviewer', reviewerErrors],
        ['ministry', aminaErrors], ['visitor', visitorErrors],
      ] as const) {
        expect(unexpected(errors), `errors seen by the ${who}`).toEqual([]);
      }
    });
  });
}

test('the marketplace pages pass axe in English and in Arabic', async ({ browser }) => {
  const [visitor, errors] = await person(browser, true);
  const pages = ['/opportunities', '/opportunities/afr-broadband'];
  // The ministry's profile, reached from a pledge's page as a visitor reaches it.
  await visitor.goto(`/?q=${encodeURIComponent('rural schools')}`);
  await visitor.getByRole('link', { name: 'Connect 1,500 rural schools to broadband by 2027' }).click();
  await hydrated(visitor);
  await visitor.getByRole('link', { name: MINISTRY_ORG }).first().click();
  await expect(visitor.getByRole('heading', { level: 1, name: MINISTRY_ORG })).toBeVisible();
  pages.push(new URL(visitor.url()).pathname);
  for (const path of pages) {
    await visitor.goto(path);
    await hydrated(visitor);
    await noAxeViolations(visitor, path);
    await visitor.goto(`/lang/ar?next=${encodeURIComponent(path)}`);
    await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
    await hydrated(visitor);
    await noAxeViolations(visitor, `${path} in Arabic`);
    await visitor.goto(`/lang/en?next=${encodeURIComponent(path)}`);
  }
  const [reviewer, reviewerErrors] = await person(browser, true, REVIEWER);
  for (const path of ['/review/reports', '/review/sign-ons']) {
    await reviewer.goto(path);
    await hydrated(reviewer);
    await noAxeViolations(reviewer, path);
  }
  expect(unexpected(errors)).toEqual([]);
  expect(unexpected(reviewerErrors)).toEqual([]);
});
