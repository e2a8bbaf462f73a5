/**
 * The candidate's path in a real browser: headless Chromium (Debian's, driven by playwright-core)
 * against the whole local stack, uploads going to the local S3 POST-policy front as they would
 * go to S3. The README's screenshots are taken on every run and saved to docs/screenshots/ with
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`): the receipt shows a fresh application id each time.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { docxBytes, pdfBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { runAxe } from '../support/axe.js';
import { hrOfficer, staffClient } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);
const PHONE = { width: 390, height: 844 };

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  context = browser.context;
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A page that fails the test on any script error or CSP violation (Chromium logs those as console errors). */
const openPage = async (url: string): Promise<{ page: Page; problems: string[] }> => {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(url);
  return { page, problems };
};

/** Records every value the upload progress bars show and every state line, as the candidate would see them. */
const recordUploadProgress = (page: Page) =>
  page.evaluate(() => {
    const seen: { progress: string[]; states: string[] } = { progress: [], states: [] };
    (window as unknown as { uploadLog: typeof seen }).uploadLog = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const bar = target?.closest('progress');
        const state = target?.closest('.upload-state');
        if (bar) seen.progress.push(bar.getAttribute('value') ?? '');
        if (state?.textContent) seen.states.push(state.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'], characterData: true });
  });

const mailsTo = async (address: string): Promise<Mail[]> => {
  const { items } = (await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Mail[] };
  return items.filter((mail) => mail.to.some((to) => to.includes(address)));
};
const mailTo = async (address: string): Promise<Mail | undefined> => (await mailsTo(address))[0];

/** The link a receipt email carries: the status link, with the confirmation token only the email holds. */
const linkIn = (mail: Mail | undefined): string => /https?:\/\/\S+\/status#\S+/.exec(mail?.text ?? '')?.[0] ?? '';

/** Fills every field as a candidate would, finding each by its label. */
const fillForm = async (page: Page, { vacancy, email }: { vacancy: string; email: string }) => {
  await page.getByRole('radio', { name: new RegExp(`Vacancy ${vacancy}`) }).check();
  await page.getByLabel('Given name').fill('Amina');
  await page.getByLabel('Family name').fill('Diallo');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Phone number').fill('+221 33 800 00 00');
  await page.getByLabel('Nationality').selectOption({ label: 'Senegal' });
  await page.getByLabel('Serving law-enforcement officer').check();
  await page.getByLabel('Current job title').fill('Commissaire de police');
  await page.getByLabel('Home administration', { exact: true }).fill('Police nationale');
  await page.getByLabel('Years of professional experience').fill('12');
  await page.getByLabel('Highest education completed').selectOption({ label: 'Master’s degree or equivalent' });
  await page.getByRole('checkbox', { name: 'French', exact: true }).check();
  await page.getByRole('combobox', { name: 'Other languages' }).fill('wol');
  await page.getByRole('option', { name: 'Wolof' }).click();
  // Each language chosen gets its level, labelled with the language's name.
  await page.getByRole('combobox', { name: 'French', exact: true }).selectOption({ label: 'C1 — advanced: fluent, effective use at work' });
  await page.getByRole('combobox', { name: 'Wolof', exact: true }).selectOption('B1');
  await page.getByLabel('I have read how my personal data is used').check();
};

const attachCv = (page: Page) =>
  page.setInputFiles('#cv', { name: 'amina-diallo-cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Amina Diallo')) });

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the candidate pages over HTTP', () => {
  it.each(['/', '/status'])('%s is HTML whose CSP allows exactly its inline script and style', async (pagePath) => {
    const response = await fetch(`${stack.url}${pagePath}?utm_source=notice`);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';

    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(policy).toContain(`script-src ${sha256Source(script)};`);
    expect(policy).toContain(`style-src ${sha256Source(style)};`);
    expect(policy).toMatch(/^default-src 'none';/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('the candidate pages’ language over HTTP', () => {
  it.each([
    ['/', 'fr-CA,fr;q=0.9,en;q=0.5', 'fr', 'ltr'],
    ['/?lang=ar', 'fr-CA,fr;q=0.9', 'ar', 'rtl'],
    ['/status', 'es-MX', 'es', 'ltr'],
    ['/status?lang=xx', 'de-DE', 'en', 'ltr'],
  ])('%s with Accept-Language %s is served in %s', async (pagePath, acceptLanguage, language, dir) => {
    const response = await fetch(`${stack.url}${pagePath}`, { headers: { 'Accept-Language': acceptLanguage } });
    const html = await response.text();

    expect(response.headers.get('content-language')).toBe(language);
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(html).toContain(`<html lang="${language}" dir="${dir}">`);
  });
});

describe('a candidate in the browser', () => {
  const email = 'amina.diallo@police.example';
  let statusLink = '';

  it('applies: picks a vacancy, fixes a field error, attaches a PDF, watches it upload, gets the receipt and its email', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);

    await fillForm(page, { vacancy: '1701', email: 'amina.diallo.police.example' });
    await page.getByRole('button', { name: 'Submit application' }).click();

    // The shared schema refuses the email in the browser: the error is beside the field; the list of problems has focus, in view.
    const emailError = page.locator('#email-error');
    await expect.poll(() => emailError.textContent()).toBe('Error: Not an email address.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    const summaryTop = await page.locator('#error-summary').evaluate((summary) => summary.getBoundingClientRect().top);
    expect(summaryTop).toBeGreaterThan(-1);
    expect(summaryTop).toBeLessThan(await page.evaluate(() => window.innerHeight / 2));
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#error-summary li').allTextContents()).toEqual(['Not an email address.', 'Attach your CV.']);
    // Its link takes the keyboard to the field.
    await page.getByRole('link', { name: 'Not an email address.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.setViewportSize(PHONE);
    await page.locator('[data-field="email"]').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: screenshotPath('form-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('Email address').fill(email);
    await attachCv(page);
    // Each error goes as soon as its field is right.
    expect(await emailError.isHidden()).toBe(true);
    expect(await page.locator('#error-summary').isHidden()).toBe(true);
    await page.getByLabel('Email address').blur();
    await page.screenshot({ path: screenshotPath('form.png'), fullPage: true });
    await recordUploadProgress(page);
    const posted = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/applications');
    await page.getByRole('button', { name: 'Submit application' }).click();
    // The languages widget posts the same JSON as the boxes did: codes, the working languages first.
    expect((await posted).postDataJSON()).toMatchObject({ languages: ['fr', 'wo'], languageLevels: { fr: 'C1', wo: 'B1' }, education: 'master', givenName: 'Amina' });

    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');
    const log = (await page.evaluate(() => (window as unknown as { uploadLog: unknown }).uploadLog)) as { progress: string[]; states: string[] };
    expect(log.progress).toContain('100');
    expect(log.states).toEqual(expect.arrayContaining(['Sending…', 'Received and checked.']));
    expect(await page.locator('#documents-received [data-kind="cv"]').textContent()).toMatch(/^✓CV · PDF, \d+ bytes, received/);
    expect(await page.locator('#still-needed [data-missing="confirmationLetter"]').isVisible()).toBe(true);
    expect(await page.locator('#still-needed [data-missing="cv"]').count()).toBe(0);
    expect(await page.locator('#application-status').textContent()).toBe('Received');
    // It does not count until the address is confirmed from the email: the page says so first.
    expect(await page.locator('#confirmation-notice').textContent()).toContain('Open the link in that email to confirm the address');
    statusLink = (await page.locator('#status-link').getAttribute('href')) ?? '';
    expect(statusLink).toMatch(new RegExp(`^${stack.url}/status#id=[0-9a-f-]{36}&token=[A-Za-z0-9_-]{43}$`));
    await page.screenshot({ path: screenshotPath('receipt.png'), fullPage: true });

    await expect.poll(() => mailTo(email), { timeout: 10_000 }).toBeDefined();
    const receipt = await mailTo(email);
    expect(receipt?.subject).toContain('1701');
    expect(receipt?.text).toContain(statusLink);
    // The receipt left while the CV was uploading: it lists nothing missing, so it cannot say the CV is.
    expect(receipt?.text).not.toContain('your CV');
    expect(receipt?.text).not.toContain('Amina');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('confirms the address from the link in the receipt email, and the link no longer carries the confirmation afterwards', async () => {
    const link = linkIn(await mailTo(email));
    expect(link).toMatch(/&confirm=[A-Za-z0-9_-]{43}$/);
    const { page, problems } = await openPage(link);

    await expect.poll(() => page.locator('#confirmed-notice').textContent(), { timeout: 15_000 }).toBe('Thank you: your email address is confirmed, and your application counts.');
    expect(await page.locator('.application-panel').getAttribute('data-confirmation')).toBe('confirmed');
    expect(await page.locator('#confirmation-notice').count()).toBe(0);
    expect(page.url()).toBe(statusLink);
    await page.screenshot({ path: screenshotPath('confirmed.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows HR the level of each language and the education the candidate gave, each level judged against the notice', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const rows = (await hr('GET', '/admin/applications?vacancy=1701')).body.items as Array<{
      id: string;
      email: string;
      languageLevels?: Record<string, string>;
      education?: string;
      eligibility?: { judgements: Array<{ requirement: string; language?: string; verdict: string; statedLevel?: string }> };
    }>;
    const row = rows.find((one) => one.email === email);

    expect(row).toMatchObject({ languageLevels: { fr: 'C1', wo: 'B1' }, education: 'master' });
    // 1701 asks English at C1 (required), French at B2 (an asset): French at C1 meets it, not known as unknown any more.
    expect(row?.eligibility?.judgements.find((judgement) => judgement.language === 'fr')).toMatchObject({ verdict: 'met', statedLevel: 'C1' });
    expect(row?.eligibility?.judgements.find((judgement) => judgement.language === 'en')).toMatchObject({ verdict: 'unmet' });

    // The staff grid: each language with its level, and the education in HR's words.
    const { page, problems } = await openPage(`${stack.url}/admin`);
    await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
    await page.getByLabel('Email').fill(hrOfficer.email);
    await page.locator('input[name="group"][value="hr"]').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator(`#applications-grid .ag-row[row-id="${row?.id ?? ''}"]`).first().waitFor({ timeout: 15_000 });
    const cell = async (colId: string) => {
      await page.evaluate((column) => (window as unknown as { applicationsGrid: { ensureColumnVisible(c: string): void } }).applicationsGrid.ensureColumnVisible(column), colId);
      return page.locator(`#applications-grid .ag-row[row-id="${row?.id ?? ''}"] .ag-cell[col-id="${colId}"]`).textContent();
    };
    await expect.poll(() => cell('languages')).toBe('French C1, Wolof B1');
    await expect.poll(() => cell('education')).toBe('Master’s');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks a level for each language chosen, in words a candidate understands, and the highest education: labelled, at 390 px, axe 0 violations', async () => {
    const { page, problems } = await openPage(`${stack.url}/?vacancy=1701`);
    await page.setViewportSize(PHONE);
    const levels = page.locator('#language-levels-field');
    expect(await levels.isHidden()).toBe(true);

    await page.getByRole('checkbox', { name: 'English', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Spanish', exact: true }).check();
    expect(await levels.isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Your level in each language' }).locator('label').allTextContents()).toEqual(['English', 'Spanish']);
    const english = page.getByRole('combobox', { name: 'English', exact: true });
    expect(await english.locator('option').allTextContents()).toEqual([
      'Choose a level',
      'A1 — beginner: simple everyday phrases',
      'A2 — elementary: simple, routine exchanges',
      'B1 — intermediate: familiar matters at work and when travelling',
      'B2 — upper intermediate: work discussions with ease',
      'C1 — advanced: fluent, effective use at work',
      'C2 — mastery: near-native in every situation',
    ]);
    expect(await page.getByLabel('Highest education completed').locator('option').allTextContents()).toEqual([
      'Choose a level',
      'Secondary school diploma',
      'Post-secondary or vocational diploma (such as a police academy’s)',
      'Bachelor’s degree or equivalent',
      'Master’s degree or equivalent',
      'Doctorate (PhD) or equivalent',
    ]);
    // What the chosen vacancy's notice asks of each language, under its row (1701: English C1, required); Spanish it does not name.
    expect(await page.locator('#level-en-asks').textContent()).toBe('Vacancy 1701 requires C1 or above.');
    expect(await english.evaluate((select) => select.getAttribute('aria-describedby'))).toBe('level-en-asks languageLevels-hint languageLevels-error');
    expect(await page.locator('#level-es-asks').isHidden()).toBe(true);
    await page.getByRole('radio', { name: /Vacancy 1702/ }).check();
    const asks1702 = (await page.locator('#vacancy-1702').getAttribute('data-ask-en')) ?? '';
    expect(await page.locator('#level-en-asks').textContent()).toBe(asks1702);
    expect(await page.locator('#level-en-asks').isHidden()).toBe(asks1702 === '');
    await page.getByRole('radio', { name: /Vacancy 1701/ }).check();
    await english.selectOption('C1');
    await page.getByRole('button', { name: 'Submit application' }).click();

    // Required in the form (the API takes clients made before levels): the language without one is named.
    await expect.poll(() => page.locator('#languageLevels-error').textContent()).toBe('Error: Choose your level in Spanish.');
    expect(await page.locator('#education-error').textContent()).toBe('Error: Choose the highest education you completed.');
    expect(await page.getByRole('combobox', { name: 'Spanish', exact: true }).getAttribute('aria-invalid')).toBe('true');
    // The list's link takes the keyboard to the level still to choose, not the one chosen.
    await page.getByRole('link', { name: 'Choose your level in Spanish.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('level-es');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const axe = await runAxe(page, 'candidate form, language levels in error');
    expect(axe.violations).toEqual([]);

    // Spanish removed: its row goes, English keeps its level, and the level's error goes with it.
    await page.getByRole('checkbox', { name: 'Spanish', exact: true }).uncheck();
    expect(await page.locator('#language-levels label').allTextContents()).toEqual(['English']);
    expect(await english.inputValue()).toBe('C1');
    await expect.poll(() => page.locator('#languageLevels-error').isHidden()).toBe(true);
    await page.getByRole('checkbox', { name: 'English', exact: true }).uncheck();
    expect(await levels.isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("asks for the home administration's country, the nationality unless changed, and sends the application to that country's NCB", async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    await fillForm(page, { vacancy: '1701', email: 'ousmane.sow@nca.example' });
    const home = page.getByLabel('Country of your home administration');
    expect(await home.inputValue()).toBe('');
    expect(await home.locator('option:checked').textContent()).toBe('The same as my nationality');

    await home.selectOption({ label: 'United Kingdom' });
    await attachCv(page);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');

    const gb = await staffClient(stack, { email: 'ncb.london@nca.example', groups: ['ncb'], country: 'GB' });
    const senegal = await staffClient(stack, { email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' });
    const rows = (answer: { body: Record<string, unknown> }) => (answer.body.items as Array<{ email: string; nationality: string; ncbCountry: string }>).filter((row) => row.email === 'ousmane.sow@nca.example');
    expect(rows(await gb('GET', '/admin/applications'))).toEqual([expect.objectContaining({ nationality: 'SN', ncbCountry: 'GB' })]);
    expect(rows(await senegal('GET', '/admin/applications'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the status link: the CV is in, the confirmation letter is missing, and a Word letter can be sent from there', async () => {
    expect(statusLink).not.toBe('');
    const { page, problems } = await openPage(statusLink);

    await expect.poll(() => page.locator('#application-heading').textContent()).toBe('Vacancy 1701: Criminal Intelligence Officer');
    expect(await page.locator('#documents-received [data-kind="cv"]').isVisible()).toBe(true);
    expect(await page.locator('#still-needed [data-missing="confirmationLetter"]').isVisible()).toBe(true);
    expect(await page.locator('#still-needed [data-missing="ncbValidation"]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Withdraw application' }).isVisible()).toBe(true);

    // A DOCX needs an offer of its own (the submit answer's are for PDF): the page asks for one.
    await page.setInputFiles('#upload-confirmationLetter', {
      name: 'confirmation.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docxBytes('The Police nationale agrees to the conditions of secondment.')),
    });
    await page.getByRole('button', { name: 'Upload confirmation letter' }).click();

    await expect.poll(() => page.locator('#documents-received [data-kind="confirmationLetter"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#documents-received [data-kind="confirmationLetter"]').textContent()).toContain('Word document');
    // The letter comes through the NCB: the candidate's copy is in, but still needed until the NCB confirms it.
    expect(await page.locator('#letter-awaits-ncb').textContent()).toContain('It counts once your NCB confirms it');
    expect(await page.locator('#still-needed [data-missing="confirmationLetter"]').textContent()).toContain('Your copy is in; it counts once your NCB confirms it.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('withdraws from the status page after confirming, and then offers neither uploads nor withdrawal', async () => {
    const { page, problems } = await openPage(statusLink);
    await page.getByRole('button', { name: 'Withdraw application' }).click();

    expect(await page.getByRole('group', { name: /Withdraw your application for vacancy 1701\?/ }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, withdraw');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('#application-status').textContent()).toBe('Withdrawn');
    expect(await page.getByRole('button', { name: 'Withdraw application' }).count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes a second application from the same address like any other, and tells only the one who follows its email link that the address already applied', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    await fillForm(page, { vacancy: '1701', email });
    await attachCv(page);
    const before = (await mailsTo(email)).length;

    await page.getByRole('button', { name: 'Submit application' }).click();

    // The form says nothing about the address having applied: whoever typed it may not own it.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Application received');
    // The heading changes before the application's view arrives: wait for the panel itself.
    await expect.poll(() => page.locator('#confirmation-notice').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await mailsTo(email)).length, { timeout: 10_000 }).toBe(before + 1);
    await page.close();

    const second = await openPage(linkIn((await mailsTo(email))[before]));
    await expect.poll(() => second.page.locator('.panel-heading').textContent(), { timeout: 15_000 }).toBe('You have already applied for this vacancy');
    expect(await second.page.locator('.panel-problem').textContent()).toContain('already has a confirmed application to vacancy 1701');
    expect([...problems, ...second.problems].filter((problem) => !problem.includes('409'))).toEqual([]);
    await second.page.close();
  });

  it('offers the other languages as one widget: one tab stop, type-ahead with the count of matches, arrows, Space and Enter, each chosen one shown and removable', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    const combobox = page.getByRole('combobox', { name: 'Other languages' });
    const matches = page.locator('#language-matches');

    // From the last working language to the CV field: the widget is one stop (it was one per language, about 180).
    await page.locator('#language-es').focus();
    const stops: string[] = [];
    while (stops.length < 8 && stops.at(-1) !== 'cv') {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    expect(stops).toEqual(['language-filter', 'cv']);

    // Type-ahead filters, and a polite live region tells how many match.
    await combobox.focus();
    await page.keyboard.type('portu');
    await expect.poll(() => matches.textContent()).toBe('1 language matches.');
    expect(await matches.getAttribute('role')).toBe('status');
    await page.keyboard.press('ArrowDown');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe('language-option-pt');
    await page.keyboard.press('Space');
    expect(await page.getByRole('option', { name: 'Portuguese' }).getAttribute('aria-selected')).toBe('true');
    expect(await combobox.inputValue()).toBe('portu');

    // Enter picks the only match, and never submits the form from here.
    await combobox.fill('');
    await page.keyboard.type('wol');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('option', { name: 'Wolof' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#error-summary').isHidden()).toBe(true);

    // Arrows walk the filtered list; Space on a chosen one removes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => matches.textContent()).toMatch(/^All \d+ languages shown\.$/);
    await page.keyboard.type('an');
    await expect.poll(() => matches.textContent()).toMatch(/^\d+ languages match\.$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await combobox.getAttribute('aria-activedescendant');
    expect(second).toMatch(/^language-option-/);
    expect(await page.locator(`#${second}`).isVisible()).toBe(true);

    // The chosen ones are listed below, each with a Remove button.
    const chosen = page.getByRole('list', { name: 'Other languages chosen' });
    expect(await chosen.getByRole('listitem').allTextContents()).toEqual(['Portuguese✕', 'Wolof✕']);
    expect(await page.locator('#languages-chosen').textContent()).toBe('Chosen: Portuguese and Wolof.');
    await page.getByRole('button', { name: 'Remove Portuguese' }).click();
    expect(await chosen.getByRole('listitem').allTextContents()).toEqual(['Wolof✕']);
    // (filtered out by "an" just now: found by its id, not its role)
    expect(await page.locator('#language-option-pt').getAttribute('aria-selected')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove Wolof');
    expect(await page.locator('input[type="hidden"][name="languages"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['wo']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when a status link is cut short or not one of ours', async () => {
    const { page } = await openPage(`${stack.url}/status#id=00000000-0000-4000-8000-000000000000&token=${'x'.repeat(43)}`);

    await expect.poll(() => page.locator('.panel-heading').textContent()).toBe('We could not find your application');
    await page.goto(`${stack.url}/status`);
    await expect.poll(() => page.locator('.panel-heading').textContent()).toBe('This link is incomplete');
    await page.close();
  });

  it('applies in Arabic at phone width with the keyboard only: the switcher’s choice holds across the form, into the status link and the emails', async () => {
    const { page, problems } = await openPage(`${stack.url}/`);
    await page.setViewportSize(PHONE);
    /** Tabs (never clicks) until the element matching `selector` has focus. */
    const tabTo = async (selector: string) => {
      for (let presses = 0; presses < 120; presses++) {
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };

    await tabTo('a[hreflang="ar"]');
    await Promise.all([page.waitForURL(/\?lang=ar$/), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('h1').textContent()).toBe('التقدم بطلب إعارة');
    expect(await page.locator('a[hreflang="ar"]').getAttribute('aria-current')).toBe('true');

    await tabTo('input[name="vacancy"][value="1701"]');
    await page.keyboard.press('Space');
    await tabTo('#givenName');
    await page.keyboard.type('أمينة');
    // One name is enough: the family name is optional.
    await tabTo('#email');
    await page.keyboard.type('amina.ar@police.example');
    await tabTo('#nationality');
    const senegal = await page.locator('#nationality option').evaluateAll((options) => options.findIndex((option) => (option as HTMLOptionElement).value === 'SN'));
    for (let i = 0; i < senegal; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#nationality option:checked').textContent()).toBe('السنغال');
    await tabTo('#category-law-enforcement');
    await page.keyboard.press('Space');
    await tabTo('#currentTitle');
    await page.keyboard.type('مفوض شرطة');
    await tabTo('#homeAdministration');
    await page.keyboard.type('الشرطة الوطنية');
    await tabTo('#yearsOfExperience');
    await page.keyboard.type('12');
    await tabTo('#education');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#education option:checked').textContent()).toBe('شهادة الماجستير أو ما يعادلها');
    await tabTo('#language-ar');
    await page.keyboard.press('Space');
    await tabTo('#language-filter');
    await page.keyboard.type('الولوف');
    await page.keyboard.press('Enter');
    expect(await page.locator('#chosen-languages li').allTextContents()).toEqual(['الولوفية✕']);
    // Each language's level, from the keyboard: Arabic C2, Wolof A2, right to left, in the page's words.
    expect(await page.locator('#language-levels label').allTextContents()).toEqual(['العربية', 'الولوفية']);
    expect(await page.locator('#level-ar-asks').textContent()).toBe('في الوظيفة الشاغرة 1701، يُعدّ المستوى B2 أو أعلى ميزة إضافية.');
    await tabTo('#level-ar');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#level-ar option:checked').textContent()).toBe('C2 — إتقان: قريب من مستوى اللغة الأم في كل المواقف');
    await tabTo('#level-wo');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#level-wo').evaluate((select) => [(select as HTMLSelectElement).value, getComputedStyle(select).direction])).toEqual(['A2', 'rtl']);
    // A file picker has no keyboard path in a headless browser: the file is given to it directly.
    await attachCv(page);
    await tabTo('#privacyConsent');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('form-ar-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: screenshotPath('form-ar.png'), fullPage: true });
    await page.setViewportSize(PHONE);

    await tabTo('#submit-button');
    const posted = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/applications');
    await page.keyboard.press('Enter');
    const body = (await posted).postDataJSON() as Record<string, unknown>;
    // The API is asked in the page's language, whatever the browser's: its problems come back in Arabic.
    expect((await posted).headers()['accept-language']).toBe('ar');
    expect({ language: body.language, givenName: body.givenName, familyName: body.familyName, languages: body.languages }).toEqual({ language: 'ar', givenName: 'أمينة', familyName: undefined, languages: ['ar', 'wo'] });
    expect({ languageLevels: body.languageLevels, education: body.education }).toEqual({ languageLevels: { ar: 'C2', wo: 'A2' }, education: 'master' });
    expect(body.timeZone).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));

    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('تم استلام الطلب');
    await expect.poll(() => page.locator('#application-status').textContent(), { timeout: 15_000 }).toBe('تم الاستلام');
    const link = (await page.locator('#status-link').getAttribute('href')) ?? '';
    expect(link).toMatch(new RegExp(`^${stack.url}/status\\?lang=ar#id=[0-9a-f-]{36}&token=`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();

    // The status page: in Arabic from the link, and from the email's link (no ?lang=) in the language the candidate applied in.
    const status = await openPage(link);
    await expect.poll(() => status.page.locator('#application-status').textContent(), { timeout: 15_000 }).toBe('تم الاستلام');
    expect(await status.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // The vacancy's own words stay English, marked as such inside the Arabic heading.
    expect(await status.page.locator('#application-heading span[lang="en"]').textContent()).toBe('Criminal Intelligence Officer');
    await status.page.goto(link.replace('?lang=ar', ''));
    await status.page.waitForURL(/\?lang=ar#id=/);
    await expect.poll(() => status.page.locator('#application-status').textContent(), { timeout: 15_000 }).toBe('تم الاستلام');
    // The switcher on the status page keeps the fragment: French opens the same application.
    expect(await status.page.locator('a[hreflang="fr"]').getAttribute('href')).toMatch(/\?lang=fr#id=/);
    await expect.poll(() => mailTo('amina.ar@police.example'), { timeout: 10_000 }).toBeDefined();
    expect((await mailTo('amina.ar@police.example'))?.subject).toContain('1701');
    // The email's link (no ?lang=, a confirmation token): the page moves to Arabic first, then confirms and thanks in Arabic.
    await status.page.goto(linkIn(await mailTo('amina.ar@police.example')));
    await status.page.waitForURL(/\?lang=ar#id=/);
    await expect.poll(() => status.page.locator('#confirmed-notice').textContent(), { timeout: 15_000 }).toBe('شكرًا لكم: تم تأكيد عنوان بريدكم الإلكتروني، وأصبح طلبكم معتدًّا به.');
    expect([...problems, ...status.problems]).toEqual([]);
    await status.page.close();
  });

  it('works from the keyboard alone at phone width', async () => {
    const { page, problems } = await openPage(`${stack.url}/?vacancy=1702`);
    await page.setViewportSize(PHONE);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    // The vacancy from the link is chosen; arrow keys move between vacancies as in any radio group.
    await page.getByRole('radio', { name: /Vacancy 1702/ }).focus();
    expect(await page.getByRole('radio', { name: /Vacancy 1702/ }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1703');
    await page.getByLabel('Given name').focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#givenName-error').textContent()).toBe('Error: Enter your given name.');
    // Tab reaches the first problem's link, and Enter takes focus to its field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('givenName');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();
  });
});
