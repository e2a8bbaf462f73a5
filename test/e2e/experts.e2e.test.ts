/**
 * The Experts tab of a sending unit's staff page (issue 18, point 7), in real headless Chromium
 * against a local stack started with the sending profile: HR adds an expert through the dialog (the
 * missing field of expertise said beside its group first), edits another (a stale edit shows the
 * API's 409 and the record as it stands, then saves), finds one by field, matches an open call for
 * an EUMM Georgia monitor and reads each expert's verdict and reasons (a vetting that lapses during
 * the post says so), invites two with one action (the mailbox holds one invitation each), is told
 * the second time that one was already invited, and removes an expert who asked to leave. axe-core
 * checks the tab and its dialog in English and Arabic, which reads from the right.
 * Screenshots: docs/screenshots/experts-en.png, experts-ar.png and experts-matches-en.png with UPDATE_SCREENSHOTS=1.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postPeriod } from '#shared/expert-roster/matching.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { mailboxOf } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { eulexCall, sendingSetting } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { screenshotPath, signInToStaffPage } from '../support/staff-page.js';
import { hrOfficer, metApprover, staffClient, type StaffIdentity } from '../support/staff.js';

const clock = settableClock(new Date());

const ZONE = 'Asia/Tbilisi';
const CALL = 'EUMM-26-03';
const today = dateIn(clock.now(), ZONE);
const missionDeadline = addDays(today, 40);
const call = eulexCall(
  {
    number: CALL,
    title: 'Monitor',
    location: 'Tbilisi',
    timeZone: ZONE,
    publishedAt: today,
    deadline: addDays(today, 10),
    status: 'open',
    notice: {
      experience: { minimumYears: 5, items: [{ text: 'Five years in border management or monitoring.', need: 'required' }] },
      languages: [
        { language: 'en', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
        { language: 'fr', level: 'B2', need: 'required', wording: 'Fluent English or French', either: 1 },
        { language: 'ru', level: 'B2', need: 'asset', wording: 'Good Russian is an asset' },
      ],
    },
  },
  { mission: 'EUMM Georgia', roleCategory: 'border-monitoring', missionDeadline, rankSought: 'Monitor' },
);
const period = postPeriod(call as Parameters<typeof postPeriod>[0]);

type Client = Awaited<ReturnType<typeof staffClient>>;
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let hr: Client;
const ids: Record<string, string> = {};

const expert = (overrides: Record<string, unknown>) => ({
  language: 'en',
  fields: ['border-monitoring'],
  languages: [{ language: 'en', level: 'C1' }],
  yearsOfExperience: 8,
  availableFrom: today,
  ...overrides,
});

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock, { profile: sendingSetting }), launchChromium()]);
  hr = await staffClient(stack, hrOfficer);
  // Three experts HR already keeps: one whose vetting lapses during the post, one not vetted yet, one in another field.
  for (const [name, body] of Object.entries({
    anna: expert({ givenName: 'Anna', familyName: 'Kowalska', email: 'anna.kowalska@experts.example', languages: [{ language: 'en', level: 'C1' }, { language: 'ru', level: 'C1' }], yearsOfExperience: 12, vettingExpiresOn: addDays(period.from, 60) }),
    lena: expert({ givenName: 'Lena', familyName: 'Fischer', email: 'lena.fischer@experts.example', language: 'fr', languages: [{ language: 'en', level: 'B2' }, { language: 'de', level: 'C2' }], yearsOfExperience: 6 }),
    pierre: expert({ givenName: 'Pierre', familyName: 'Martin', email: 'pierre.martin@experts.example', fields: ['rule-of-law'], vettingExpiresOn: addDays(today, 30) }),
  })) {
    const made = await hr('POST', '/admin/experts', body);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    ids[name] = String(made.body.id);
  }
  const published = await hr('POST', '/admin/vacancies', call);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = (identity: StaffIdentity, language?: 'ar') => signInToStaffPage(browser.context, stack.url, identity, language);

const openTab = async (page: Page) => {
  await page.locator('#tab-experts').click();
  await expect.poll(() => page.locator('#experts-rows tr[data-expert]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
};
const rowNames = (page: Page) => page.locator('#experts-rows tr[data-expert] [data-column="name"] strong').allTextContents();
const cell = (page: Page, id: string, column: string) => page.locator(`#experts-rows tr[data-expert="${id}"] [data-column="${column}"]`);
const dialog = (page: Page) => page.locator('#expert-dialog');
const matchIds = (page: Page) => page.locator('#expert-matches-rows tr[data-match]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-match')));
const reason = (page: Page, id: string, kind: string) => page.locator(`#expert-matches-rows tr[data-match="${id}"] li[data-reason="${kind}"]`);
const invitation = (page: Page, id: string) => page.locator(`#expert-matches-rows tr[data-match="${id}"] [data-column="invitation"]`);

describe('the Experts tab, HR’s roster of deployable civilian experts', () => {
  it('is not on a force approver’s page', async () => {
    const { page } = await signIn(metApprover);
    expect(await page.locator('#tab-experts').isHidden()).toBe(true);
    await page.close();
  }, 60_000);

  it('adds an expert through the dialog, the missing field of expertise said beside its group first', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    expect(await rowNames(page)).toEqual(['Lena Fischer', 'Anna Kowalska', 'Pierre Martin']);
    expect(await page.locator('#experts-count').textContent()).toBe('3 of 3 experts shown');
    expect(await cell(page, ids.pierre ?? '', 'vetting').getAttribute('data-vetting')).toBe('soon');
    expect(await cell(page, ids.pierre ?? '', 'vetting').textContent()).toMatch(/^Expires on .+, within 90 days$/);
    expect(await cell(page, ids.lena ?? '', 'vetting').textContent()).toBe('Not vetted yet');
    expect(await cell(page, ids.anna ?? '', 'languages').textContent()).toBe('English C1 and Russian C1');

    await page.getByRole('button', { name: 'Add an expert' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#expert-heading').textContent()).toBe('Add an expert to the roster');
    await dialog(page).getByLabel('Given name', { exact: true }).fill('Nino');
    await dialog(page).getByLabel('Family name (optional)', { exact: true }).fill('Beridze');
    await dialog(page).getByLabel('Email').fill('nino.beridze@experts.example');
    await dialog(page).getByLabel('Language 1: code', { exact: true }).fill('en');
    await dialog(page).getByLabel('Language 1: CEFR level', { exact: true }).selectOption('C1');
    await dialog(page).getByRole('button', { name: 'Add a language' }).click();
    await dialog(page).getByLabel('Language 2: code', { exact: true }).fill('ka');
    await dialog(page).getByLabel('Language 2: CEFR level', { exact: true }).selectOption('C2');
    await dialog(page).getByLabel('Years of relevant experience', { exact: true }).fill('9');
    await dialog(page).getByLabel('Available from', { exact: true }).fill(today);
    await dialog(page).getByLabel('Security vetting expires on (optional)', { exact: true }).fill(addDays(period.until, 365));
    await dialog(page).getByRole('button', { name: 'Add to the roster' }).click();
    expect(await page.locator('#expert-fields-error').textContent()).toBe('Tick at least one field of expertise.');
    expect(await page.locator('#expert-fields').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('fields');
    expect(describeViolations([await runAxe(page, 'the expert dialog, no field ticked')])).toBe('');

    await dialog(page).getByLabel('Border monitoring', { exact: true }).check();
    await dialog(page).getByLabel('Human rights', { exact: true }).check();
    await dialog(page).getByRole('button', { name: 'Add to the roster' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await page.locator('#message-text').textContent()).toBe('Nino Beridze is on the roster.');
    await expect.poll(() => rowNames(page)).toEqual(['Nino Beridze', 'Lena Fischer', 'Anna Kowalska', 'Pierre Martin']);
    const nino = await page.locator('#experts-rows tr[data-expert]').first().getAttribute('data-expert');
    ids.nino = nino ?? '';
    expect(await cell(page, ids.nino, 'fields').textContent()).toBe('Border monitoring and Human rights');
    expect(await cell(page, ids.nino, 'years').textContent()).toBe('9 years');

    // The search finds an expert by a field, in the page's words.
    await page.getByRole('searchbox', { name: 'Search by name or field' }).fill('rule of');
    await expect.poll(() => rowNames(page)).toEqual(['Pierre Martin']);
    expect(await page.locator('#experts-count').textContent()).toBe('1 of 4 experts shown');
    await page.getByRole('searchbox', { name: 'Search by name or field' }).fill('');
    expect(describeViolations([await runAxe(page, 'HR’s roster of experts')])).toBe('');
    await page.screenshot({ path: screenshotPath('experts-en.png'), fullPage: true });
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('edits an expert; an edit on a record changed meanwhile shows the API’s detail and the record as it stands', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await page.getByRole('button', { name: 'Edit Lena Fischer' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await dialog(page).getByLabel('Given name', { exact: true }).inputValue()).toBe('Lena');
    expect(await dialog(page).getByLabel('Language 2: code', { exact: true }).inputValue()).toBe('de');
    // Someone else saves Lena Fischer meanwhile.
    const stored = await hr('GET', '/admin/experts');
    const lena = (stored.body.items as Array<Record<string, unknown>>).find((one) => one.id === ids.lena) ?? {};
    const { id: _id, invitations: _invitations, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = lena;
    expect((await hr('PUT', `/admin/experts/${ids.lena}`, { ...fields, note: 'Called on the phone.' })).status).toBe(200);

    await dialog(page).getByLabel('Years of relevant experience', { exact: true }).fill('7');
    await dialog(page).getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => page.locator('#expert-error').textContent()).toMatch(/^Someone changed Lena Fischer meanwhile: the row and this form show the record as it stands now\. .+/);
    expect(await dialog(page).getByLabel('Internal note (optional)', { exact: true }).inputValue()).toBe('Called on the phone.');
    expect(await dialog(page).getByLabel('Years of relevant experience', { exact: true }).inputValue()).toBe('6');
    expect(refused.splice(0)).toEqual([expect.stringContaining(': 409')]);
    problems.splice(0);

    await dialog(page).getByLabel('Years of relevant experience', { exact: true }).fill('7');
    await dialog(page).getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await page.locator('#message-text').textContent()).toBe('The changes to Lena Fischer are saved.');
    await expect.poll(() => cell(page, ids.lena ?? '', 'years').textContent()).toBe('7 years');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('matches the call: the experts in its field with the verdict and each reason, then invites two with one action, once each', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await page.locator(`#expert-matches-call option[value="${CALL}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await page.locator('#expert-matches-call').selectOption(CALL);
    await expect.poll(() => matchIds(page), { timeout: 15_000 }).toEqual([ids.nino, ids.lena, ids.anna]);
    expect(await page.locator('#expert-matches-mission').textContent()).toBe('EUMM Georgia, run by the European Union (EU)');
    expect(await page.locator('#expert-matches-role').textContent()).toBe('Role category: Border monitoring');
    expect(await page.locator('#expert-matches-period').textContent()).toMatch(/^The post runs from .+ to .+\.$/);
    expect(await page.locator('#expert-matches-count').textContent()).toBe('3 experts on the roster work in this field.');
    const verdicts = await page.locator('#expert-matches-rows [data-column="verdict"]').allTextContents();
    expect(verdicts).toEqual(['Meets the call', 'To check', 'Does not meet the call']);

    expect(await reason(page, ids.nino ?? '', 'field').textContent()).toBe('Field of expertise: Border monitoring: met');
    expect(await reason(page, ids.nino ?? '', 'experience').textContent()).toBe('9 years of experience, the notice asks at least 5: met');
    expect(await reason(page, ids.nino ?? '', 'language').first().innerText()).toBe('English C1, the notice asks B2: met\nOne of English or French is enough');
    expect(await reason(page, ids.anna ?? '', 'language').nth(2).textContent()).toBe('Russian C1, the notice asks B2 as an asset: met');
    expect(await reason(page, ids.lena ?? '', 'vetting').textContent()).toBe('Not vetted yet: vetting is done before deployment: to check');
    expect(await reason(page, ids.anna ?? '', 'vetting').textContent()).toMatch(/^Vetting expires .+, before the post ends .+: not met$/);
    expect(await reason(page, ids.anna ?? '', 'availability').textContent()).toMatch(/^Available from .+, open-ended; the post needs them by .+ and until .+: met$/);
    expect(await invitation(page, ids.nino ?? '').innerText()).toBe('Not invited\nHas not applied');

    await page.getByRole('checkbox', { name: 'Select Nino Beridze' }).check();
    await page.getByRole('checkbox', { name: 'Select Lena Fischer' }).check();
    await page.getByRole('button', { name: 'Invite the selected to apply' }).click();
    await expect.poll(() => page.locator('#message-text').textContent()).toBe('2 invitations sent.');
    await expect.poll(() => invitation(page, ids.nino ?? '').innerText()).toMatch(/^Invited on .+\nHas not applied\nInvitation sent$/);
    expect(await invitation(page, ids.lena ?? '').innerText()).toMatch(/^Invited on .+\nHas not applied\nInvitation sent$/);
    expect(await invitation(page, ids.anna ?? '').innerText()).toBe('Not invited\nHas not applied');
    await expect.poll(() => cell(page, ids.nino ?? '', 'invited').textContent()).toMatch(new RegExp(`^${CALL} on .+$`));
    const mail = await mailboxOf(stack.url);
    for (const address of ['nino.beridze@experts.example', 'lena.fischer@experts.example']) {
      const invitations = mail.filter((one) => one.to.includes(address));
      expect(invitations, address).toHaveLength(1);
      // The call's form, in the expert's language.
      expect(invitations[0]?.text, address).toMatch(new RegExp(`/\\?lang=[a-z]{2}&vacancy=${CALL}`));
    }

    // Invited again: the API sends nothing, and the row says so.
    await page.getByRole('checkbox', { name: 'Select Nino Beridze' }).check();
    await page.getByRole('button', { name: 'Invite the selected to apply' }).click();
    await expect.poll(() => page.locator('#message-text').textContent()).toBe('No invitation sent, 1 already invited.');
    await expect.poll(() => invitation(page, ids.nino ?? '').innerText()).toMatch(/Already invited to this call$/);
    expect((await mailboxOf(stack.url)).filter((one) => one.to.includes('nino.beridze@experts.example'))).toHaveLength(1);
    expect(describeViolations([await runAxe(page, 'a call’s matching experts, invited')])).toBe('');
    // The view scrolls as a whole: the screenshot shows the matching from its heading, in a taller window.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.locator('#expert-matches-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('experts-matches-en.png'), fullPage: true });
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('removes an expert who asked to leave the roster, after a confirmation', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await page.getByRole('button', { name: 'Remove from the roster: Pierre Martin' }).click();
    await expect.poll(() => page.locator('#expert-remove-dialog').isVisible()).toBe(true);
    expect(await page.locator('#expert-remove-text').textContent()).toBe('Remove Pierre Martin from the roster? Their record is deleted; do this when they ask to leave the roster.');
    await page.locator('#expert-remove-dialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => page.locator('#expert-remove-dialog').isVisible()).toBe(false);
    expect(await page.locator('#message-text').textContent()).toBe('Pierre Martin is removed from the roster.');
    await expect.poll(() => rowNames(page)).toEqual(['Nino Beridze', 'Lena Fischer', 'Anna Kowalska']);
    expect(((await hr('GET', '/admin/experts')).body.items as unknown[]).length).toBe(3);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('reads from the right in Arabic, the dialog too', async () => {
    const { page, problems, refused } = await signIn(hrOfficer, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#tab-experts').textContent()).toBe('الخبراء');
    await openTab(page);
    expect(await page.locator('#experts-heading').textContent()).toBe('سجل الخبراء المدنيين القابلين للنشر');
    expect(await cell(page, ids.nino ?? '', 'years').textContent()).toBe('9 سنوات');
    await page.locator('#expert-matches-call').selectOption(CALL);
    await expect.poll(() => matchIds(page), { timeout: 15_000 }).toEqual([ids.nino, ids.lena, ids.anna]);
    expect(await page.locator('#expert-matches-rows [data-column="verdict"]').first().textContent()).toBe('يستوفي الشروط');
    expect(describeViolations([await runAxe(page, 'HR’s experts in Arabic')])).toBe('');
    await page.screenshot({ path: screenshotPath('experts-ar.png'), fullPage: true });

    await page.getByRole('button', { name: 'إضافة خبير' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'إضافة إلى السجل' }).click();
    expect(await page.locator('#expert-givenName-error').textContent()).toBe('اكتبوا الاسم الأول للخبير.');
    expect(await page.locator('#expert-fields-error').textContent()).toBe('حددوا مجال خبرة واحدًا على الأقل.');
    expect(describeViolations([await runAxe(page, 'the expert dialog in Arabic, nothing filled')])).toBe('');
    await dialog(page).getByRole('button', { name: 'إلغاء' }).click();
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
