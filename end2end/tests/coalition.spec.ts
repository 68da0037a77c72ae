import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './outbox';
import { ADMIN, hydrated, PASSWORD, signOut, watchForErrors } from './people';

// Issue 11: organisations register themselves, confirm their e-mail, and join the coalition as
// Focus Area Members (a letter of intent ITU accepts) or Leaders (nominated by ITU).

const STRONG_PASSWORD = 'violet-harbour-kettle-93';
const VERIFY_SUBJECT = /^Confirm your e-mail address for Partner2Connect$/;

type Registration = {
  person: string;
  email: string;
  password: string;
  organisation: string;
  type: string;
  country: string;
  website: string;
  description: string;
};

/** A new organisation and its first person, with names no other run has used. */
function newcomer(tag: string, type: string, country: string): Registration {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return {
    person: `Ana ${tag} Okafor`,
    email: `ana.${tag.toLowerCase()}.${run}@example.org`,
    password: STRONG_PASSWORD,
    organisation: `${tag} Networks ${run}`,
    type,
    country,
    website: `https://example.org/${tag.toLowerCase()}-${run}`,
    description: `A ${type.toLowerCase()} organisation bringing affordable connectivity to rural districts.`,
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date a few days ago, as `<input type=date>` takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The smallest well-formed PDF with one page of text and a correct cross-reference table. */
function tinyPdf(): Buffer {
  const text = 'BT /F1 18 Tf 72 760 Td (Letter of intent - Partner2Connect) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // ASCII only: string offsets are byte offsets.
  return Buffer.from(out, 'latin1');
}

/** Fills the registration form for a new organisation, as a person does, field after field. */
async function fillRegistration(page: Page, r: Registration, password = r.password) {
  await page.getByLabel('Your name').fill(r.person);
  await page.getByLabel('E-mail address').fill(r.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Language for e-mails').selectOption({ label: 'English' });
  await page.getByRole('radio', { name: 'Register a new organisation' }).check();
  await page.getByLabel('Organisation name').fill(r.organisation);
  await page.getByLabel('Type of organisation').selectOption({ label: r.type });
  await page.getByLabel('Country (headquarters)').selectOption({ label: r.country });
  await page.getByLabel('Website (optional)').fill(r.website);
  await page.getByLabel('Short description of the organisation').fill(r.description);
}

async function submitRegistration(page: Page) {
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('We sent a link to confirm your e-mail address.');
}

/** Opens the link of the verification e-mail, types the password chosen at registration and presses
 * the button; lands on the sign-in page. */
async function confirmEmail(page: Page, r: Registration, js: boolean) {
  const mail = await waitForMail(r.email, VERIFY_SUBJECT);
  expect(mail.text).toContain(`Dear ${r.person},`);
  const link = linkIn(mail, '/verify');
  expect(link.origin).toBe(new URL(page.url()).origin);
  expect(link.searchParams.get('token')).toBeTruthy();
  // The HTML part carries the same link, clickable.
  expect(mail.html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);
  await page.goto(link.href);
  if (js) await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Confirm your e-mail address', level: 1 })).toBeVisible();
  // Only the person who chose the password at registration can confirm the address.
  await page.getByLabel('Password', { exact: true }).fill(r.password);
  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
  await expect(page).toHaveURL(/\/login\?verified=1$/);
  await expect(page.getByRole('status')).toHaveText('Your e-mail address is confirmed. You can now sign in.');
}

/** Signs in on the page in front of the person (after a full page load, once hydrated with JS). */
async function signInHere(page: Page, email: string, password: string, js = true) {
  if (js) await hydrated(page);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
  // The header changes before the redirect lands: wait for the page sign-in leads to, as a person
  // waits for the form to give way (the next page may first load its code).
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/login');
  await signInHere(page, email, password);
}

/** Registers a new organisation with JavaScript on, confirms the e-mail and signs in. */
async function registerAndSignIn(page: Page, r: Registration) {
  await page.goto('/register');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Register your organisation', level: 1 })).toBeVisible();
  await fillRegistration(page, r);
  await submitRegistration(page);
  await confirmEmail(page, r, true);
  await signInHere(page, r.email, r.password);
  await expect(page.getByText(`Signed in as ${r.person} (${r.organisation})`)).toBeVisible();
}

async function openOwnOrganisation(page: Page, r: Registration) {
  await page.getByRole('link', { name: 'Our organisation' }).click();
  await expect(page).toHaveURL(/\/organisation$/);
  await expect(page.getByRole('heading', { name: r.organisation, level: 2 })).toBeVisible();
  await expect(page.locator('main')).toContainText('Verification: Awaiting verification by ITU');
}

async function openDesk(page: Page) {
  await page.getByRole('link', { name: 'Coalition desk' }).click();
  await expect(page).toHaveURL(/\/admin\/coalition$/);
  await expect(page.getByRole('heading', { name: 'Coalition desk', level: 1 })).toBeVisible();
}

/** Fills and sends the letter of intent for Access on "Our organisation", with the signed PDF. */
async function submitLetter(page: Page, pdf: Buffer, js = true) {
  const letter = page.getByRole('region', { name: 'Letter of intent' });
  await letter.getByRole('checkbox', { name: /^Access/ }).check();
  await letter
    .getByLabel('The active role your organisation will play in preparing the Roundtable')
    .fill('We will co-organise the Access session and bring three rural operators and their regulators to it.');
  await letter.getByLabel("Signatory's name").fill('Dr Wanjiru Kamau');
  await letter.getByLabel("Signatory's title").fill('Chief Executive Officer');
  await letter.getByLabel('Date of signature').fill(daysAgo(3));
  await letter
    .getByLabel('Signed letter (PDF, up to 5 MB, optional)')
    .setInputFiles({ name: 'letter-of-intent.pdf', mimeType: 'application/pdf', buffer: pdf });
  await letter.getByRole('button', { name: 'Submit the letter of intent' }).click();
  // A plain multipart post: a full page load, so wait for the new page to hydrate.
  await expect(page).toHaveURL(/\/organisation\?letter=1$/);
  if (js) await hydrated(page);
  await expect(page.getByRole('status')).toContainText('Your letter of intent has been sent to ITU.');
}

/** Clicks the "Signed letter (PDF)" link as a person does; returns the downloaded bytes. */
async function downloadByClick(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download', { timeout: 10_000 });
  await link.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The table that follows a "Leaders" or "Members" heading in a focus area's section. */
function tableUnder(area: Locator, heading: 'Leaders' | 'Members'): Locator {
  return area.getByRole('heading', { name: heading, exact: true, level: 3 }).locator('xpath=following-sibling::*[1]');
}

test('a new organisation registers, sends a letter of intent with its PDF, ITU accepts it: a Member of Access', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  const org = newcomer('Harbour', 'Private sector', 'Kenya');
  const pdf = tinyPdf();

  await registerAndSignIn(page, org);
  await openOwnOrganisation(page, org);

  await submitLetter(page, pdf);
  const ours = page.getByRole('region', { name: 'Letter of intent' }).getByRole('listitem');
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText('Access: Submitted, awaiting ITU');
  await expect(ours.getByRole('link', { name: 'Signed letter (PDF)' })).toBeVisible();
  await expect(page.getByText('Your organisation has a letter of intent that is submitted or accepted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit the letter of intent' })).toHaveCount(0);
  const received = await waitForMail(org.email, /^Letter of intent received$/);
  expect(received.text).toContain(org.organisation);
  await signOut(page);

  await signInAs(page, ADMIN, PASSWORD);
  await openDesk(page);
  // The new organisation waits for verification; ITU verifies it.
  const pending = page.getByRole('region', { name: 'Organisations awaiting verification' });
  const waiting = pending.getByRole('listitem').filter({ hasText: org.organisation });
  await expect(waiting).toContainText(`${org.organisation} – Kenya`);
  await waiting.getByRole('button', { name: 'Verify' }).click();
  await expect(waiting).toHaveCount(0);
  await waitForMail(org.email, new RegExp(`^${escape(org.organisation)} is verified$`));

  const letters = page.getByRole('region', { name: 'Letters of intent' });
  const item = letters.getByRole('listitem').filter({ hasText: org.organisation });
  await expect(item).toContainText('Access');
  await expect(item).toContainText('Submitted, awaiting ITU');
  await expect(item).toContainText('Dr Wanjiru Kamau, Chief Executive Officer');
  // The signed letter is the very file the organisation attached.
  const href = await item.getByRole('link', { name: 'Signed letter (PDF)' }).getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.compare(await download.body(), pdf)).toBe(0);

  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(item).toContainText('Accepted: Focus Area Member');
  await expect(item.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Revoke' })).toBeVisible();
  const decided = await waitForMail(org.email, /^Your letter of intent: decision$/);
  expect(decided.text).toContain(`ITU has accepted the letter of intent of ${org.organisation}`);
  expect(linkIn(decided, '/coalition').origin).toBe(new URL(page.url()).origin);
  await signOut(page);
  // Signed out, nobody gets the file.
  expect((await page.request.get(href!)).status()).toBe(401);

  await page.goto('/coalition');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'The Partner2Connect Digital Coalition', level: 1 })).toBeVisible();
  const access = page.getByRole('region', { name: 'Access – Connecting people everywhere' });
  const member = tableUnder(access, 'Members').getByRole('row', { name: new RegExp(escape(org.organisation)) });
  await expect(member).toHaveCount(1);
  await expect(member.getByRole('rowheader')).toHaveText(org.organisation);
  await expect(member).toContainText('Private sector');
  await expect(member).toContainText('Kenya');
  // A Member, not a Leader; and only of the area its letter named.
  await expect(tableUnder(access, 'Leaders')).not.toContainText(org.organisation);
  const adoption = page.getByRole('region', { name: 'Adoption – Empowering communities' });
  await expect(adoption).not.toContainText(org.organisation);
  expect(errors).toEqual([]);
});

test('a new organisation applies to lead Adoption, ITU nominates it: a Leader on the coalition page', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  const org = newcomer('Lighthouse', 'Civil society / NGO', 'Brazil');

  await registerAndSignIn(page, org);
  await openOwnOrganisation(page, org);
  const lead = page.getByRole('region', { name: 'Lead a focus area' });
  await lead.getByLabel('Focus area', { exact: true }).selectOption({ label: 'Adoption' });
  await lead.getByLabel('Constituency').selectOption({ label: 'Civil society / NGO' });
  await lead
    .getByLabel('The impactful commitment you intend to make at the Roundtable')
    .fill('Digital skills training for 20,000 women in rural Brazil by 2028, with local libraries.');
  await lead.getByRole('checkbox', { name: /^Our top leader will attend/ }).check();
  await lead.getByRole('button', { name: 'Apply to lead' }).click();
  await expect(page).toHaveURL(/\/organisation\?applied=1$/);
  await expect(page.getByRole('status')).toContainText('Your application has been sent to ITU.');
  await expect(page.getByRole('region', { name: 'Lead a focus area' }).getByRole('listitem')).toHaveText(
    'Adoption: Application submitted',
  );
  await signOut(page);

  await signInAs(page, ADMIN, PASSWORD);
  await openDesk(page);
  const leaders = page.getByRole('region', { name: 'Focus Area Leaders and applications' });
  const application = leaders.getByRole('row', { name: new RegExp(escape(org.organisation)) });
  await expect(application).toContainText('Adoption');
  await expect(application).toContainText('Application submitted');
  await expect(application).toContainText('Digital skills training for 20,000 women');
  await application.getByRole('button', { name: 'Nominate' }).click();
  await expect(application).toContainText('Focus Area Leader');
  await expect(application.getByRole('button', { name: 'Nominate' })).toHaveCount(0);
  await expect(application.getByRole('button', { name: 'Revoke' })).toBeVisible();
  const seats = leaders.getByRole('listitem').filter({ hasText: /^Adoption:/ });
  await expect(seats).toHaveText(/^Adoption: [1-5] of 5 Leaders$/);
  const nominated = await waitForMail(org.email, new RegExp(`^${escape(org.organisation)} is a Focus Area Leader$`));
  expect(nominated.text).toContain('Adoption');
  await signOut(page);

  await page.goto('/coalition');
  await hydrated(page);
  const adoption = page.getByRole('region', { name: 'Adoption – Empowering communities' });
  const leader = tableUnder(adoption, 'Leaders').getByRole('row', { name: new RegExp(escape(org.organisation)) });
  await expect(leader).toHaveCount(1);
  await expect(leader).toContainText('Civil society / NGO');
  await expect(leader).toContainText('Brazil');
  await expect(tableUnder(adoption, 'Members')).not.toContainText(org.organisation);
  await expect(page.getByRole('region', { name: 'Access – Connecting people everywhere' })).not.toContainText(
    org.organisation,
  );
  expect(errors).toEqual([]);
});

test('with JavaScript on, clicking "Signed letter (PDF)" downloads the letter', async ({ page }) => {
  const errors = watchForErrors(page);
  const org = newcomer('Kestrel', 'Academia', 'Ghana');
  const pdf = tinyPdf();
  await registerAndSignIn(page, org);
  await openOwnOrganisation(page, org);
  await submitLetter(page, pdf);
  const letter = page.getByRole('region', { name: 'Letter of intent' });
  const link = letter.getByRole('link', { name: 'Signed letter (PDF)' });
  await expect(link).toHaveAttribute('href', /^\/letters\/\d+\/pdf$/);
  // The link is rel="external": the hydrated router must leave the download to the browser.
  const file = await downloadByClick(page, link);
  expect(file.name).toMatch(/^letter-of-intent-\d+\.pdf$/);
  expect(Buffer.compare(file.bytes, pdf)).toBe(0);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('registration refuses a weak password, keeps what was typed, then registers', async ({ page }) => {
    const org = newcomer('Tidewater', 'Academia', 'Fiji');

    await page.goto('/register');
    await fillRegistration(page, org, 'password123');
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    // The server refuses; the form comes back with the message next to the password field…
    await expect(page.getByRole('heading', { name: 'Register your organisation', level: 1 })).toBeVisible();
    const password = page.getByLabel('Password', { exact: true });
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(
      /This password is too easy to guess\. Use a longer phrase of unrelated words\./,
    );
    // …and everything else still filled in, except the password, which is never stored.
    await expect(password).toHaveValue('');
    await expect(page.getByLabel('Your name')).toHaveValue(org.person);
    await expect(page.getByLabel('E-mail address')).toHaveValue(org.email);
    await expect(page.getByRole('radio', { name: 'Register a new organisation' })).toBeChecked();
    await expect(page.getByLabel('Organisation name')).toHaveValue(org.organisation);
    await expect(page.getByLabel('Type of organisation').locator('option:checked')).toHaveText(org.type);
    await expect(page.getByLabel('Country (headquarters)').locator('option:checked')).toHaveText(org.country);
    await expect(page.getByLabel('Website (optional)')).toHaveValue(org.website);
    await expect(page.getByLabel('Short description of the organisation')).toHaveValue(org.description);
    await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'false');

    await password.fill(org.password);
    await submitRegistration(page);

    // The link in the e-mail and the sign-in work without JavaScript too.
    await confirmEmail(page, org, false);
    await signInHere(page, org.email, org.password, false);
    await expect(page.getByText(`Signed in as ${org.person} (${org.organisation})`)).toBeVisible();

    // The letter of intent is a plain multipart form: it goes, PDF and all, without JavaScript,
    // and its link brings the file back.
    await openOwnOrganisation(page, org);
    const pdf = tinyPdf();
    await submitLetter(page, pdf, false);
    const ours = page.getByRole('region', { name: 'Letter of intent' }).getByRole('listitem');
    await expect(ours).toContainText('Access: Submitted, awaiting ITU');
    const file = await downloadByClick(page, ours.getByRole('link', { name: 'Signed letter (PDF)' }));
    expect(file.name).toMatch(/^letter-of-intent-\d+\.pdf$/);
    expect(Buffer.compare(file.bytes, pdf)).toBe(0);
  });
});
