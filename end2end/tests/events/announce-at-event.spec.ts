import { expect, test, type Page } from '@playwright/test';
import { noAxeViolations, person, unexpected } from '../checks';
import { hydrated, MINISTRY, signIn, titled } from '../people';

const ORGANISER = 'organiser@itu.example';
// A published pledge of the ministry in the demo data.
const PLEDGE = 'Connect 1,500 rural schools to broadband by 2027';

async function addSession(page: Page, js: boolean, s: { kind: string; title: string; starts: string; ends: string; room: string }) {
  await page.getByLabel('Type of session').selectOption({ label: s.kind });
  await page.getByLabel('Title of the session').fill(s.title);
  await page.getByLabel('Starts').fill(s.starts);
  await page.getByLabel('Ends').fill(s.ends);
  await page.getByLabel('Room').fill(s.room);
  await page.getByLabel('Moderator').fill('ITU Telecommunication Development Bureau');
  await page.getByRole('textbox', { name: 'Speakers' }).fill('Doreen Bogdan-Martin; Secretary-General; ITU');
  await page.getByRole('button', { name: 'Add the session' }).click();
  if (js) await hydrated(page);
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });
    // Four people and a dozen page loads (twice as many without JavaScript) on two cores.
    test.setTimeout(180_000);

    test('an organiser makes WTDC-27, a ministry asks to announce, the organiser schedules it, the public sees it', async ({ browser }) => {
      const name = js ? 'WTDC-27' : 'WTDC-27 Geneva';
      const slug = js ? 'wtdc-27' : 'wtdc-27-geneva';

      // The organiser creates the event and its two sessions.
      const [organiser, organiserErrors] = await person(browser, js, ORGANISER);
      await organiser.goto('/organiser/events');
      if (js) await hydrated(organiser);
      await organiser.getByLabel('Name of the event').fill(name);
      await organiser.getByLabel('Address of its public page').fill(slug);
      await organiser.getByLabel('Place').fill('Centre International de Conférences de Genève');
      await organiser.getByLabel('Time zone').fill('Europe/Zurich');
      await organiser.getByLabel('First day').fill('2027-11-01');
      await organiser.getByLabel('Last day').fill('2027-11-12');
      await organiser.getByLabel('Status').selectOption({ label: 'Open for announcements' });
      await organiser.getByRole('button', { name: 'Create the event' }).click();
      await expect(organiser).toHaveURL(new RegExp(`/organiser/events/${slug}\\?saved=1`));
      await expect(organiser.getByRole('heading', { level: 1, name })).toBeVisible();
      if (js) await hydrated(organiser);

      const programme = organiser.getByRole('region', { name: 'Programme' });
      await addSession(organiser, js, {
        kind: 'High-level segment', title: 'Opening high-level segment',
        starts: '2027-11-02T09:00', ends: '2027-11-02T10:30', room: 'Plenary hall',
      });
      await expect(programme.getByRole('heading', { name: 'Opening high-level segment' })).toBeVisible();
      await addSession(organiser, js, {
        kind: 'Pledges announced in plenary', title: 'Pledges announced in plenary',
        starts: '2027-11-02T11:00', ends: '2027-11-02T12:00', room: 'Plenary hall',
      });
      await expect(programme.getByRole('heading', { name: 'Pledges announced in plenary' })).toBeVisible();

      // A third in the same room at the same time is refused next to the field; nothing typed is lost.
      await addSession(organiser, js, {
        kind: 'Panel session', title: 'Clashing panel',
        starts: '2027-11-02T11:30', ends: '2027-11-02T12:30', room: 'plenary hall',
      });
      await expect(organiser.getByText('Another session is in this room at that time.')).toBeVisible();
      await expect(organiser.getByLabel('Title of the session')).toHaveValue('Clashing panel');
      await expect(programme.getByRole('heading', { name: 'Clashing panel' })).toHaveCount(0);

      // The ministry asks to announce its published pledge.
      const [amina, aminaErrors] = await person(browser, js, MINISTRY);
      await amina.goto('/my/events');
      if (js) await hydrated(amina);
      await amina.getByLabel('Event', { exact: true }).selectOption({ label: name });
      await amina.getByLabel('Pledge', { exact: true }).selectOption({ label: PLEDGE });
      await amina.getByLabel("Speaker's name").fill('Paula Ingabire');
      await amina.getByLabel("Speaker's title").fill('Minister of ICT and Innovation');
      await amina.getByRole('button', { name: 'Ask to announce a pledge' }).click();
      await expect(amina.getByText('Your request was sent to the organisers.')).toBeVisible();
      const requests = amina.getByRole('table', { name: 'Our requests to announce' });
      await expect(requests.getByRole('row', { name: titled(name) }).first()).toContainText('Asked to announce');

      // The organiser accepts it and places it first in the plenary, for three minutes.
      await organiser.goto(`/organiser/events/${slug}`);
      if (js) await hydrated(organiser);
      const request = organiser.getByRole('article', { name: PLEDGE });
      await request.getByRole('button', { name: 'Accept' }).click();
      if (js) await hydrated(organiser);
      await expect(organiser.getByRole('article', { name: PLEDGE })).toContainText('Accepted');
      const accepted = organiser.getByRole('article', { name: PLEDGE });
      await accepted.getByLabel('Plenary session').selectOption({ index: 0 });
      await accepted.getByLabel('Order').fill('1');
      await accepted.getByLabel('Minutes').fill('3');
      await accepted.getByRole('button', { name: 'Schedule' }).click();
      if (js) await hydrated(organiser);
      await expect(organiser.getByRole('article', { name: PLEDGE })).toContainText('Scheduled');
      await expect(organiser.getByRole('article', { name: PLEDGE })).toContainText('11:00');

      // The public sees it on the event page, in English and in Arabic, and axe finds nothing.
      const [visitor, visitorErrors] = await person(browser, js);
      await visitor.goto(`/events/${slug}`);
      if (js) await hydrated(visitor);
      await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
      const announced = visitor.getByRole('region', { name: 'Pledges announced' });
      await expect(announced.getByRole('link', { name: PLEDGE })).toBeVisible();
      await expect(visitor.getByRole('heading', { name: 'Pledges announced in plenary' })).toBeVisible();
      // axe runs in the page, so only where JavaScript runs; the HTML without it is the same.
      if (js) await noAxeViolations(visitor, `/events/${slug}`);
      await visitor.goto(`/lang/ar?next=/events/${slug}`);
      await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
      if (js) await hydrated(visitor);
      const arabic = visitor.getByRole('region', { name: 'التعهدات المُعلنة' });
      await expect(arabic.getByRole('link', { name: PLEDGE })).toBeVisible();
      if (js) await noAxeViolations(visitor, `/events/${slug} in Arabic`);
      // The permalink says where it was announced.
      await visitor.goto(`/lang/en?next=${encodeURIComponent(`/events/${slug}`)}`);
      await expect(visitor.locator('html')).toHaveAttribute('dir', 'ltr');
      await visitor.getByRole('region', { name: 'Pledges announced' }).getByRole('link', { name: PLEDGE }).click();
      await expect(visitor.getByRole('heading', { level: 1, name: PLEDGE })).toBeVisible();
      await expect(visitor.getByRole('link', { name, exact: true })).toBeVisible();

      for (const [who, errors] of [['organiser', organiserErrors], ['ministry', aminaErrors], ['visitor', visitorErrors]] as const) {
        expect(unexpected(errors), `errors seen by the ${who}`).toEqual([]);
      }
    });
  });
}

test('the run of show prints without navigation', async ({ page }) => {
  await signIn(page, ORGANISER);
  await page.goto('/organiser/events/wtdc-22/run');
  await hydrated(page);
  const heading = page.getByRole('heading', { level: 1, name: /Run of show/ });
  await expect(heading).toBeVisible();
  // On screen: the site's navigation, the downloads and the "changes since" form.
  const chrome = [page.locator('nav').first(), page.locator('header').first(), page.getByRole('button', { name: 'Show changes' }), page.getByRole('link', { name: 'Download as Word (DOCX)' })];
  for (const part of chrome) await expect(part).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const part of chrome) await expect(part).toBeHidden();
  await expect(heading).toBeVisible();
  await expect(page.getByText('Connect 1,500 rural schools to broadband by 2027')).toBeVisible();
  await page.screenshot({ path: 'test-results/run-of-show-print.png', fullPage: true });

  // The compendium list and a permalink print without navigation or filters too.
  await page.emulateMedia({ media: 'screen' });
  // A search, so the demo's pledge is on the page however many others the tests published.
  await page.goto(`/?q=${encodeURIComponent('rural schools')}`);
  const nav = page.locator('nav').first();
  const filters = page.getByRole('search');
  await expect(nav).toBeVisible();
  await expect(filters).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(filters).toBeHidden();
  await page.getByRole('link', { name: 'Connect 1,500 rural schools to broadband by 2027' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect 1,500 rural schools to broadband by 2027' })).toBeVisible();
  await expect(page.locator('nav').first()).toBeHidden();
  await page.screenshot({ path: 'test-results/permalink-print.png' });
});
