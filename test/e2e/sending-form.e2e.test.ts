/**
 * A sending unit's form and status page (issue 18, points 2 and 3) in a real browser against a
 * local stack run with the sending profile: a serving officer applies to a EULEX Kosovo post
 * (their force, their line manager) and the stored application carries their status; a civilian
 * expert is asked their field and the roster, not a force; a missing line manager is said at its
 * field; the form reads right to left in Arabic, and axe finds no WCAG A/AA violation in English
 * or Arabic. Screenshots: docs/screenshots/sending-form-{en,ar}.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { pdfBytes } from '../support/documents.js';
import { eulexCall, sendingSetting } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient, storeOf } from '../support/staff.js';

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);


const clock = settableClock('2026-11-22T09:00:00Z');
let stack: LocalStack;
let dataDir: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let store: ReturnType<typeof storeOf>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'secondment-hub-sending-form-'));
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', profile: sendingSetting }),
    launchChromium(),
  ]);
  context = browser.context;
  store = storeOf(stack);
  const hr = await staffClient(stack, hrOfficer);
  const created = await hr('POST', '/admin/vacancies', { ...eulexCall(), status: 'open' });
  if (created.status !== 201) throw new Error(`test setup: the call was not created (${created.status}): ${JSON.stringify(created.body)}`);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
}, 120_000);
afterAll(async () => {
  store?.close();
  await browser?.close();
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const openPage = async (url: string): Promise<{ page: Page; problems: string[] }> => {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(url);
  return { page, problems };
};

/** Every field but the status, found by its English label, as an applicant fills them. */
const fillAboutYou = async (page: Page, email: string) => {
  await page.getByRole('radio', { name: /Call EULEX-26-07/ }).check();
  await page.getByLabel('Given name').fill('Grace');
  await page.getByLabel('Family name').fill('Okafor');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Nationality').selectOption({ label: 'United Kingdom' });
  await page.getByLabel('Current job title').fill('Detective Inspector');
  await page.getByLabel('Employer or police force', { exact: true }).fill('Metropolitan Police Service');
  await page.getByLabel('Years of professional experience').fill('14');
  await page.getByLabel('Highest education completed').selectOption({ label: 'Master’s degree or equivalent' });
  await page.getByRole('checkbox', { name: 'English', exact: true }).check();
  await page.getByRole('combobox', { name: 'English', exact: true }).selectOption('C2');
  await page.getByLabel('I have read how my personal data is used').check();
  await page.setInputFiles('#cv', { name: 'grace-cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Grace')) });
};

const fillServingOfficer = async (page: Page, lineManager: string) => {
  await page.getByLabel('Serving police officer').check();
  await page.getByLabel('Your police force').selectOption({ label: 'Metropolitan Police Service' });
  await page.getByLabel('Your line manager’s name').fill(lineManager);
  await page.getByLabel('Your line manager’s email address').fill('dan.reyes@met.police.example');
};

const isPost = (url: string, method: string) => method === 'POST' && new URL(url).pathname === '/applications';

describe('a sending unit’s form in the browser', () => {
  it('takes a serving officer’s application to a EULEX Kosovo post with their force and line manager, and shows the receipt', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    // The call shows its mission and both deadlines.
    const facts = page.locator('#vacancy-EULEX-26-07-facts');
    expect(await facts.textContent()).toContain('EULEX Kosovo');
    expect(await facts.textContent()).toContain('European Union (EU)');
    expect(await facts.textContent()).toContain('Mentoring and advising');
    expect(await facts.textContent()).toContain('Inspector or above');
    expect(await facts.getByText('National deadline: apply by').isVisible()).toBe(true);
    expect(await facts.getByText('28 December 2026: the unit nominates its candidates to the mission before then').isVisible()).toBe(true);
    expect(await page.locator('#homeAdministrationCountry').count()).toBe(0);
    await fillAboutYou(page, 'grace.okafor@met.police.example');
    await fillServingOfficer(page, 'Chief Inspector Dan Reyes');
    expect(await page.getByLabel('Your field of expertise').isVisible()).toBe(false);

    const posted = page.waitForRequest((request) => isPost(request.url(), request.method()));
    const answered = page.waitForResponse((response) => isPost(response.url(), response.request().method()));
    await page.getByRole('button', { name: 'Submit application' }).click();
    const body = (await posted).postDataJSON() as Record<string, unknown>;
    const answer = await answered;
    expect(answer.status()).toBe(201);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');

    expect(body.category).toBe('serving-police');
    expect(body.applicantStatus).toEqual({ force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' });
    expect('homeAdministrationCountry' in body).toBe(false);
    const stored = (await store.applications.list({ vacancy: 'EULEX-26-07' }, { limit: 10 })).items.find((application) => application.email === 'grace.okafor@met.police.example');
    expect(stored?.category).toBe('serving-police');
    expect(stored?.applicantStatus).toEqual({ force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' });

    // The status page shows the call's mission and both deadlines where it shows the vacancy.
    const { applicationId, statusToken } = (await answer.json()) as { applicationId: string; statusToken: string };
    await page.goto(`${stack.url}/status?lang=en#id=${applicationId}&token=${statusToken}`);
    await expect.poll(() => page.locator('[data-fact="mission"] dd').textContent(), { timeout: 15_000 }).toBe('EULEX Kosovo');
    expect(await page.locator('[data-fact="deadline"] dt').textContent()).toBe('National deadline: apply by');
    expect(await page.locator('[data-fact="missionDeadline"] dd').textContent()).toContain('28 December 2026');
    expect(await page.locator('[data-fact="organisation"] dd').textContent()).toBe('European Union (EU)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks a civilian expert their field and the roster, not a force, and sends only those', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    await fillAboutYou(page, 'lena.berg@experts.example');
    await page.getByLabel('Serving police officer').check();
    expect(await page.getByLabel('Your police force').isVisible()).toBe(true);

    await page.getByLabel('Civilian expert').check();

    expect(await page.getByLabel('Your police force').isVisible()).toBe(false);
    expect(await page.getByLabel('Your line manager’s name').isVisible()).toBe(false);
    const roster = page.getByRole('group', { name: 'Are you on the unit’s roster of deployable experts?' });
    expect(await roster.isVisible()).toBe(true);
    const expertise = page.getByLabel('Your field of expertise');
    expect(await expertise.locator('option').count()).toBe(11);
    await expertise.selectOption({ label: 'Rule of law' });
    await roster.getByRole('radio', { name: 'Yes' }).check();
    const posted = page.waitForRequest((request) => isPost(request.url(), request.method()));
    await page.getByRole('button', { name: 'Submit application' }).click();

    const body = (await posted).postDataJSON() as Record<string, unknown>;
    expect(body.category).toBe('civilian-expert');
    expect(body.applicantStatus).toEqual({ expertise: 'rule-of-law', onExpertRoster: true });
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says a missing line manager at its field, and sends nothing', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    let sent = 0;
    page.on('request', (request) => {
      if (isPost(request.url(), request.method())) sent += 1;
    });
    await fillAboutYou(page, 'sam.patel@met.police.example');
    await fillServingOfficer(page, '');

    await page.getByRole('button', { name: 'Submit application' }).click();

    const error = page.locator('[id="applicantStatus.lineManager-error"]');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('Give your line manager\'s name.');
    expect(await page.getByLabel('Your line manager’s name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#error-summary li[data-for="applicantStatus.lineManager"] a').getAttribute('href')).toBe('#applicantStatus.lineManager');
    expect(sent).toBe(0);

    // Given now, the message goes from the field and from the list at the top.
    await page.getByLabel('Your line manager’s name').fill('Chief Inspector Dan Reyes');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no WCAG A/AA violation axe can find in English, a serving officer’s fields shown', async () => {
    const { page, problems } = await openPage(`${stack.url}/?vacancy=EULEX-26-07`);
    await page.getByLabel('Serving police officer').check();

    const check = await runAxe(page, 'the sending unit’s form, a serving officer’s status shown');

    expect(check.lang).toBe('en');
    expect(describeViolations([check])).toBe('');
    await page.screenshot({ path: screenshotPath('sending-form-en.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads right to left in Arabic, in Arabic words, with no WCAG A/AA violation', async () => {
    const { page, problems } = await openPage(`${stack.url}/?vacancy=EULEX-26-07&lang=ar`);
    await page.getByLabel('ضابط شرطة عامل').check();
    const force = page.getByLabel('جهاز الشرطة الذي تتبعه');

    expect(await force.isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await force.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await page.locator('#vacancy-EULEX-26-07-facts').textContent()).toContain('الموعد النهائي الوطني للتقديم');
    expect(await page.locator('#vacancy-EULEX-26-07-facts').textContent()).toContain('التوجيه وتقديم المشورة');
    const check = await runAxe(page, 'the sending unit’s form in Arabic, a serving officer’s status shown');

    expect(check.lang).toBe('ar');
    expect(describeViolations([check])).toBe('');
    await page.screenshot({ path: screenshotPath('sending-form-ar.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
