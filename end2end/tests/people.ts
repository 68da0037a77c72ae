import { expect, type Locator, type Page } from '@playwright/test';

// The seeded demo accounts (server/src seed): what a person would type.
export const PASSWORD = 'p2c-demo-2026';
export const MINISTRY = 'amina@minict.example';
export const MINISTRY_ORG = 'Ministry of ICT and Innovation, Rwanda';
/** A stakeholder (not an org admin) of Pacific Connect Ltd, an organisation ITU has verified. */
export const PACIFIC = 'sione@pacificconnect.example';
export const PACIFIC_ORG = 'Pacific Connect Ltd';
export const REVIEWER = 'reviewer@itu.example';
export const ADMIN = 'admin@itu.example';

/** Signs in on the sign-in page; `next` is where to land instead of the person's home page. */
export async function signIn(page: Page, email: string, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
  // The header changes first; the page sign-in leads to may still be loading its code.
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** A title no other run has used, for pledges the tests create. */
export function unique(title: string): string {
  return `${title} (${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)})`;
}

/** A title as a pattern (for row names that hold more than the title). */
export function titled(title: string): RegExp {
  return new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

// The labels of the pledge form (app/locales/en.ftl).
export const LEVEL = {
  primary: 'Primary beneficiary',
  partly: 'Partly (one of several groups)',
  none: 'Not targeted',
} as const;
export type Level = (typeof LEVEL)[keyof typeof LEVEL];
export const GROUP = {
  ldc: 'Least Developed Countries (LDCs)',
  lldc: 'Landlocked Developing Countries (LLDCs)',
  sids: 'Small Island Developing States (SIDS)',
} as const;
export type Group = keyof typeof GROUP;

export type Benefit = { level: Level; share: string; statement: string };
export type Target = { indicator: string; baseline: string; value: string; unit: string; due: string };

/** Everything the pledge form asks, as a person types or chooses it (labels, not codes). */
export type PledgeText = {
  title: string;
  summary: string;
  description: string;
  /** The option's label: "Financial", "Project", "Policy" or "Advocacy". */
  type: string;
  /** The focus areas' names: "Access", "Adoption", "Value creation", "Accelerate". */
  focusAreas: string[];
  global: boolean;
  regions: string[];
  /** Country names as the list shows them. */
  countries: string[];
  amount: string;
  /** ISO 4217 code; the option reads "RWF – Rwandan Franc". */
  currency: string;
  ldc: Benefit;
  lldc: Benefit;
  sids: Benefit;
  targets: Target[];
  /** Dates as `<input type=date>` holds them: YYYY-MM-DD. */
  start: string;
  end: string;
  sdgs: string[];
  kap: string[];
  contactName: string;
  contactEmail: string;
  consent: boolean;
};

/**
 * A complete pledge that meets every rule: Rwanda (an LDC and an LLDC, not a SIDS), so no
 * consistency hint either. `changes` replaces whole fields.
 */
export function aPledge(title: string, changes: Partial<PledgeText> = {}): PledgeText {
  return {
    title,
    summary: 'Broadband for 300 rural health centres in the Northern Province by 2028.',
    description:
      'Broadband for 300 rural health centres in the Northern Province by 2028, with two operators. ' +
      'Each centre gets a 50 Mbit/s link and two trained staff; the Ministry pays the first three years.',
    type: 'Project',
    focusAreas: ['Access', 'Adoption'],
    global: false,
    regions: [],
    countries: ['Rwanda'],
    amount: '2500000000',
    currency: 'RWF',
    ldc: { level: LEVEL.primary, share: '', statement: 'Rwanda is a Least Developed Country; every centre is in Rwanda.' },
    lldc: { level: LEVEL.partly, share: '60', statement: 'Rwanda is landlocked: the links reach rural districts.' },
    sids: { level: LEVEL.none, share: '', statement: '' },
    targets: [
      { indicator: 'Health centres connected', baseline: '0', value: '300', unit: 'health centres', due: '2028-12-31' },
    ],
    start: '2027-01-01',
    end: '2029-12-31',
    sdgs: ['3. Good health and well-being', '9. Industry, innovation and infrastructure'],
    kap: ['Affordable connectivity'],
    contactName: 'Amina Uwase',
    contactEmail: 'pledges@minict.example',
    consent: true,
    ...changes,
  };
}

/** The pledge form's controls, found as a person finds them: by their labels and groups. */
export function pledgeForm(page: Page) {
  const scope = page.getByRole('group', { name: 'Where the pledge works', exact: true });
  const benefit = (group: Group) => {
    const fieldset = page.getByRole('group', { name: GROUP[group], exact: true });
    return {
      fieldset,
      level: (level: Level) => fieldset.getByRole('radio', { name: level, exact: true }),
      share: fieldset.getByLabel('Share of resources (%)'),
      statement: fieldset.getByLabel('How the group benefits'),
    };
  };
  const target = (n: number) => {
    const fieldset = page.getByRole('group', { name: `Target ${n}`, exact: true });
    return {
      fieldset,
      indicator: fieldset.getByLabel('Indicator', { exact: true }),
      baseline: fieldset.getByLabel('Baseline (optional)', { exact: true }),
      value: fieldset.getByLabel('Target value', { exact: true }),
      unit: fieldset.getByLabel('Unit', { exact: true }),
      due: fieldset.getByLabel('Due date', { exact: true }),
    };
  };
  const contact = page.getByRole('group', { name: 'Contact person', exact: true });
  return {
    title: page.getByLabel('Title', { exact: true }),
    summary: page.getByLabel('Summary', { exact: true }),
    description: page.getByLabel('Description', { exact: true }),
    type: page.getByLabel('Pledge type', { exact: true }),
    focusArea: (name: string) =>
      page
        .getByRole('group', { name: 'Focus areas', exact: true })
        .getByRole('checkbox', { name: new RegExp(`^${name} – `) }),
    global: scope.getByRole('checkbox', { name: 'Global', exact: true }),
    region: (name: string) =>
      scope.getByRole('group', { name: 'ITU regions', exact: true }).getByRole('checkbox', { name, exact: true }),
    countrySearch: scope.getByRole('searchbox', { name: 'Search countries' }),
    country: (name: string) => scope.getByRole('checkbox', { name, exact: true }),
    amount: page.getByLabel('Amount', { exact: true }),
    currency: page.getByLabel('Currency', { exact: true }),
    benefit,
    target,
    addTarget: page.getByRole('button', { name: 'Add a target' }),
    start: page.getByLabel('Start date', { exact: true }),
    end: page.getByLabel('End date', { exact: true }),
    sdg: (name: string) =>
      page
        .getByRole('group', { name: 'Sustainable Development Goals', exact: true })
        .getByRole('checkbox', { name, exact: true }),
    kap: (name: string) =>
      page
        .getByRole('group', { name: 'Kigali Action Plan priorities', exact: true })
        .getByRole('checkbox', { name, exact: true }),
    contactName: contact.getByLabel('Name', { exact: true }),
    contactEmail: contact.getByLabel('E-mail address', { exact: true }),
    consent: page.getByRole('checkbox', { name: /^We agree that ITU publishes/ }),
    saveDraft: page.getByRole('button', { name: 'Save draft' }),
    submit: page.getByRole('button', { name: 'Submit for review' }),
  };
}

/**
 * Types into a field and leaves it, as a person does before reaching for the next one: what the
 * form shows when a field is left (its message) is on screen before the next click.
 */
async function typeAndLeave(field: Locator, text: string) {
  await field.fill(text);
  await field.blur();
}

/** Fills the whole pledge form as a person does: by labels, one field after another. */
export async function fillPledge(page: Page, pledge: PledgeText) {
  const f = pledgeForm(page);
  await typeAndLeave(f.title, pledge.title);
  await typeAndLeave(f.summary, pledge.summary);
  await typeAndLeave(f.description, pledge.description);
  await f.type.selectOption({ label: pledge.type });
  for (const area of pledge.focusAreas) await f.focusArea(area).check();
  await f.global.setChecked(pledge.global);
  for (const region of pledge.regions) await f.region(region).check();
  for (const country of pledge.countries) await f.country(country).check();
  await typeAndLeave(f.amount, pledge.amount);
  await f.currency.selectOption(pledge.currency);
  for (const group of ['ldc', 'lldc', 'sids'] as const) {
    const b = f.benefit(group);
    await b.level(pledge[group].level).check();
    await typeAndLeave(b.share, pledge[group].share);
    await typeAndLeave(b.statement, pledge[group].statement);
  }
  for (const [i, t] of pledge.targets.entries()) {
    const row = f.target(i + 1);
    await typeAndLeave(row.indicator, t.indicator);
    await typeAndLeave(row.baseline, t.baseline);
    await typeAndLeave(row.value, t.value);
    await typeAndLeave(row.unit, t.unit);
    await typeAndLeave(row.due, t.due);
  }
  await typeAndLeave(f.start, pledge.start);
  await typeAndLeave(f.end, pledge.end);
  for (const sdg of pledge.sdgs) await f.sdg(sdg).check();
  for (const kap of pledge.kap) await f.kap(kap).check();
  await typeAndLeave(f.contactName, pledge.contactName);
  await typeAndLeave(f.contactEmail, pledge.contactEmail);
  await f.consent.setChecked(pledge.consent);
}

/** Every value of the pledge is in the form, as typed, ticked and chosen. */
export async function expectPledgeForm(page: Page, pledge: PledgeText) {
  const f = pledgeForm(page);
  await expect(f.title).toHaveValue(pledge.title);
  await expect(f.summary).toHaveValue(pledge.summary);
  await expect(f.description).toHaveValue(pledge.description);
  await expect(f.type.locator('option:checked')).toHaveText(pledge.type);
  for (const area of ['Access', 'Adoption', 'Value creation', 'Accelerate']) {
    if (pledge.focusAreas.includes(area)) await expect(f.focusArea(area)).toBeChecked();
    else await expect(f.focusArea(area)).not.toBeChecked();
  }
  if (pledge.global) await expect(f.global).toBeChecked();
  else await expect(f.global).not.toBeChecked();
  for (const region of pledge.regions) await expect(f.region(region)).toBeChecked();
  for (const country of pledge.countries) await expect(f.country(country)).toBeChecked();
  await expect(f.amount).toHaveValue(pledge.amount);
  await expect(f.currency).toHaveValue(pledge.currency);
  for (const group of ['ldc', 'lldc', 'sids'] as const) {
    const b = f.benefit(group);
    for (const level of Object.values(LEVEL)) {
      if (level === pledge[group].level) await expect(b.level(level)).toBeChecked();
      else await expect(b.level(level)).not.toBeChecked();
    }
    await expect(b.share).toHaveValue(pledge[group].share);
    await expect(b.statement).toHaveValue(pledge[group].statement);
  }
  for (const [i, t] of pledge.targets.entries()) {
    const row = f.target(i + 1);
    await expect(row.indicator).toHaveValue(t.indicator);
    await expect(row.baseline).toHaveValue(t.baseline);
    await expect(row.value).toHaveValue(t.value);
    await expect(row.unit).toHaveValue(t.unit);
    await expect(row.due).toHaveValue(t.due);
  }
  await expect(f.start).toHaveValue(pledge.start);
  await expect(f.end).toHaveValue(pledge.end);
  for (const sdg of pledge.sdgs) await expect(f.sdg(sdg)).toBeChecked();
  for (const kap of pledge.kap) await expect(f.kap(kap)).toBeChecked();
  await expect(f.contactName).toHaveValue(pledge.contactName);
  await expect(f.contactEmail).toHaveValue(pledge.contactEmail);
  if (pledge.consent) await expect(f.consent).toBeChecked();
  else await expect(f.consent).not.toBeChecked();
}

/**
 * Waits for the draft the form saves by itself two seconds after the last change (JavaScript only),
 * as a person sees "Draft saved …". Call it right after the last change, once the field is left
 * (leaving a text field that was changed is a change event too, and starts the pause again).
 */
export async function autosaved(page: Page) {
  await page.waitForResponse((r) => new URL(r.url()).pathname === '/api/autosave_pledge' && r.ok(), {
    timeout: 10_000,
  });
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved / })).toBeVisible();
}

/** The id in a `/my/pledges/{id}…` address. */
export function pledgeIdOf(url: string): number {
  const match = /\/my\/pledges\/(\d+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`not a pledge address: ${url}`);
  return Number(match[1]);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through a page. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let pressed = 0; pressed <= max; pressed++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target}; the focus is on ${focused}`);
}

/** Waits until the wasm has hydrated the page (the app marks <body> then). */
export async function hydrated(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

/**
 * Collects uncaught page errors, console errors (hydration mismatches are reported there) and
 * Content-Security-Policy violations: any of them fails the test that checks the list.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The seven due-diligence questions, as the review page labels them. */
export const CHECKLIST = [
  'The entity is verified',
  'It fits the focus areas it names',
  'The pledge type is correct',
  'It is realistic and measurable',
  'The LDC, LLDC and SIDS claim is consistent with the scope',
  'The value is plausible',
  'It is not a duplicate',
] as const;

/** Answers one checklist question on the review page, as a reviewer clicks the radio button. */
export async function answerCheck(page: Page, item: (typeof CHECKLIST)[number], answer: 'Pass' | 'Fail' | 'Not applicable', note?: string) {
  const group = page.getByRole('group', { name: item, exact: true });
  await group.getByRole('radio', { name: answer, exact: true }).check();
  if (note !== undefined) await group.getByLabel('Note (required when an item fails)').fill(note);
}

/**
 * A reviewer approves the pledge titled `title`: opens it from the review queue, passes every
 * checklist item and approves. The page must be signed in as ITU staff.
 */
export async function approveOnReviewDesk(page: Page, title: string) {
  await page.goto('/review');
  await page.getByRole('row', { name: titled(title) }).getByRole('link', { name: titled(title) }).click();
  await expect(page).toHaveURL(/\/review\/\d+$/);
  await hydrated(page);
  for (const item of CHECKLIST) await answerCheck(page, item, 'Pass');
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision recorded' })).toContainText('Published');
}
