/**
 * The Nominations tab of a sending unit's staff page (issue 18, point 5), in real headless Chromium
 * against a local stack started with the sending profile, on the whole path: HR publishes a call for
 * a EULEX Kosovo post that takes one nomination; a Met officer and a retired officer apply through
 * the public API with their CVs; the Met's force approver releases the officer on the Releases tab;
 * HR moves both to interviewed (the grid's PATCH, as set-up); the national deadline passes (the
 * stack's clock). Then HR, in the browser, reads the call's mission, deadlines and "0 of 1", nominates
 * the officer, downloads the package (a ZIP of the CV, the form and the release), records it sent
 * and records the mission's answer (selected), each step shown on the row; the retired officer,
 * past the cap, cannot be nominated and the page says why. axe-core checks the tab and its dialog
 * in English and Arabic, which reads from the right.
 * Screenshots: docs/screenshots/nominations-en.png and nominations-ar.png with UPDATE_SCREENSHOTS=1.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { mailboxOf } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { applyToCall, eulexCall, sendingSetting, uploadCv, type Applied } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { screenshotPath, signInToStaffPage } from '../support/staff-page.js';
import { hrOfficer, metApprover, staffClient, type StaffIdentity } from '../support/staff.js';

// Starts at the real time (the releases happen while the call is live), then moves past the national deadline.
const clock = settableClock(new Date());

const ZONE = 'Europe/Belgrade';
const CALL = 'EULEX-26-07';
const today = dateIn(clock.now(), ZONE);
const nationalDeadline = addDays(today, 1);
const missionDeadline = addDays(today, 20);

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let grace: Applied;
let ruth: Applied;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock, { profile: sendingSetting }), launchChromium()]);
  const hr = await staffClient(stack, hrOfficer);
  const call = eulexCall({ publishedAt: today, deadline: nationalDeadline, status: 'open' }, { missionDeadline, nominationsAllowed: 1 });
  const published = await hr('POST', '/admin/vacancies', call);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  grace = await applyToCall(stack.url);
  await uploadCv(stack.url, grace);
  ruth = await applyToCall(stack.url, { email: 'ruth.ward@retired.example', givenName: 'Ruth', familyName: 'Ward', category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', formerForce: 'met' } });
  await uploadCv(stack.url, ruth);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = (identity: StaffIdentity, language?: 'ar') => signInToStaffPage(browser.context, stack.url, identity, language);

/** The Nominations tab on the test's call (the stack's demo has calls of its own). */
const openCall = async (page: Page) => {
  await page.locator('#tab-nominations').click();
  await page.locator(`#nominations-call option[value="${CALL}"]`).waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('#nominations-call').selectOption(CALL);
};
const rowIds = (page: Page) => page.locator('#nominations-rows tr[data-nomination]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-nomination')));
const rowState = (page: Page, id: string) => page.locator(`#nominations-rows tr[data-nomination="${id}"]`).getAttribute('data-state');
const cell = (page: Page, id: string, column: string) => page.locator(`#nominations-rows tr[data-nomination="${id}"] [data-column="${column}"]`);
const dialog = (page: Page) => page.locator('#nomination-dialog');

/** The HR officer's view of one application's version, as the grid reads it. */
const versionOf = async (hr: Awaited<ReturnType<typeof staffClient>>, id: string) =>
  ((await hr('GET', `/admin/applications?vacancy=${CALL}`)).body.items as Array<{ id: string; version: number }>).find((row) => row.id === id)?.version ?? 0;

describe('the Nominations tab, on the whole path of a sending unit’s nomination', () => {
  it('lets the force release its officer on the Releases tab, then HR interviews both candidates', async () => {
    const { page, problems, refused } = await signIn(metApprover);
    // A force approver's page holds no Nominations tab.
    expect(await page.locator('#tab-nominations').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Approve release for Grace Okafor' }).click();
    await page.getByLabel('First day released').fill(addDays(today, 60));
    await page.getByLabel('Last day released').fill(addDays(today, 425));
    await page.locator('#release-dialog').getByRole('button', { name: 'Approve release' }).click();
    await expect.poll(() => page.locator(`#releases-rows tr[data-release="${grace.applicationId}"]`).getAttribute('data-state')).toBe('approved');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    // Set-up as the grid does it: screening, shortlisted, interviewed (each forward move needs a complete application).
    const hr = await staffClient(stack, hrOfficer);
    for (const id of [grace.applicationId, ruth.applicationId]) {
      for (const status of ['screening', 'shortlisted', 'interviewed']) {
        const moved = await hr('PATCH', `/admin/applications/${id}`, { version: await versionOf(hr, id), status });
        expect(moved.status, `${status}: ${JSON.stringify(moved.body)}`).toBe(200);
      }
    }
  }, 180_000);

  it('waits for the national deadline, and says so on the row', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openCall(page);
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace.applicationId, ruth.applicationId]);
    expect(await page.getByRole('button', { name: 'Nominate Grace Okafor' }).isDisabled()).toBe(true);
    expect(await cell(page, grace.applicationId, 'actions').innerText()).toContain('Nominations wait for the national deadline');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('nominates, downloads the package and records it sent; the candidate past the cap cannot be nominated, and a page that did not know says the API’s reason', async () => {
    // The national deadline has passed in Pristina.
    clock.set(new Date(clock.now().getTime() + 3 * 24 * 3_600_000));
    const day = dateIn(clock.now(), ZONE);
    const { page, problems, refused } = await signIn(hrOfficer);
    expect(await page.locator('#tab-nominations').isVisible()).toBe(true);
    await openCall(page);
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace.applicationId, ruth.applicationId]);
    // HR's other tab, opened before the nomination: it still offers Ruth Ward a place.
    const other = await signIn(hrOfficer);
    await openCall(other.page);
    await expect.poll(() => other.page.getByRole('button', { name: 'Nominate Ruth Ward' }).isEnabled(), { timeout: 15_000 }).toBe(true);

    // The call: its mission, both deadlines, how many of the allowed nominations are made.
    expect(await page.locator('#nominations-mission').textContent()).toBe('EULEX Kosovo, run by the European Union (EU)');
    expect(await page.locator('#nominations-role').textContent()).toBe('Role: Mentoring and advising. Rank sought: Inspector or above.');
    expect(await page.locator('#nominations-duty-station').textContent()).toBe('Duty station: Pristina (Europe/Belgrade)');
    expect(await page.locator('#nominations-deadline-national').textContent()).toMatch(/^National deadline: \d{2} \w{3} \d{4}$/);
    expect(await page.locator('#nominations-deadline-mission').textContent()).toMatch(/^The mission’s deadline: \d{2} \w{3} \d{4}$/);
    expect(await page.locator('#nominations-count').textContent()).toBe('0 of 1 nomination made');
    expect(await cell(page, grace.applicationId, 'candidate').innerText()).toBe('Grace Okafor\nServing police officer\nMetropolitan Police Service');
    expect(await cell(page, grace.applicationId, 'status').textContent()).toBe('Interviewed');
    expect(await cell(page, grace.applicationId, 'release').textContent()).toMatch(/^Released from .+ to .+$/);
    expect(await cell(page, ruth.applicationId, 'release').textContent()).toBe('No release needed');
    expect(await cell(page, grace.applicationId, 'missing').textContent()).toBe('Nothing');
    expect(await cell(page, grace.applicationId, 'nomination').textContent()).toBe('Not nominated');
    expect(describeViolations([await runAxe(page, 'HR’s nominations before any')])).toBe('');

    // Nominate: the row says so, the count too, and the other candidate is now past the cap.
    await page.getByRole('button', { name: 'Nominate Grace Okafor' }).click();
    await expect.poll(() => rowState(page, grace.applicationId)).toBe('nominated');
    expect(await page.locator('#message-text').textContent()).toBe('Grace Okafor is nominated to the mission.');
    await expect.poll(() => page.locator('#nominations-count').textContent()).toBe('1 of 1 nomination made');
    expect(await cell(page, grace.applicationId, 'nomination').innerText()).toMatch(/^Nominated on .+\nBy hr\.officer@secondment-hub\.local$/);
    const ruthNominate = page.getByRole('button', { name: 'Nominate Ruth Ward' });
    await expect.poll(() => ruthNominate.isDisabled()).toBe(true);
    expect(await cell(page, ruth.applicationId, 'actions').innerText()).toContain('The call takes at most 1 nomination, and every place is taken.');
    // The reason is the disabled button's description.
    expect(await page.evaluate((id) => document.getElementById(document.querySelector(`tr[data-nomination="${id}"] [data-action="nominate"]`)?.getAttribute('aria-describedby') ?? '')?.textContent, ruth.applicationId)).toContain('every place is taken');

    // The other tab nominates Ruth Ward on what it showed: the API's 409 names who holds the place, and the board is read again.
    await other.page.getByRole('button', { name: 'Nominate Ruth Ward' }).click();
    await expect.poll(() => other.page.locator('#message-text').textContent()).toMatch(/^Ruth Ward could not be nominated\. .*Grace Okafor/);
    await expect.poll(() => rowState(other.page, grace.applicationId)).toBe('nominated');
    await expect.poll(() => other.page.getByRole('button', { name: 'Nominate Ruth Ward' }).isDisabled()).toBe(true);
    expect(other.refused).toEqual([expect.stringContaining(': 409')]);
    expect(other.problems.splice(0)).toEqual([expect.stringContaining('status of 409 (Conflict)')]);
    await other.page.close();

    // Download the package: a ZIP of the CV, the application form and the release.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByRole('button', { name: 'Download the package of Grace Okafor' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path()) ?? ''));
    expect(Object.keys(zip.files).length).toBe(3);
    expect(await page.locator('#message-text').textContent()).toMatch(/^The package of Grace Okafor is downloading: .+\.zip, with 3 documents\.$/);

    // Withdrawing asks its reason (and is only offered before the package goes): cancelled here.
    await page.getByRole('button', { name: 'Withdraw the nomination of Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#nomination-heading').textContent()).toBe('Withdraw the nomination');
    await dialog(page).getByRole('button', { name: 'Withdraw the nomination' }).click();
    expect(await page.locator('#nomination-reason-error').textContent()).toBe('Say why the nomination is withdrawn.');
    expect(await dialog(page).getByLabel('Reason for withdrawing').getAttribute('aria-invalid')).toBe('true');
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();

    // Record it sent: the day is asked beside its field; a day to come is the API's refusal, said there too.
    await page.getByRole('button', { name: 'Record as sent: the package of Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#nomination-withdraw-fields').isHidden()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Record as sent' }).click();
    expect(await page.locator('#nomination-sentOn-error').textContent()).toBe('Give the day the package was sent.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nomination-sentOn');
    expect(describeViolations([await runAxe(page, 'the nomination dialog, a day not given')])).toBe('');
    await dialog(page).getByLabel('Day the package was sent').fill(addDays(day, 1));
    await dialog(page).getByRole('button', { name: 'Record as sent' }).click();
    await expect.poll(() => page.locator('#nomination-sentOn-error').textContent()).toContain('in the future');
    expect(await dialog(page).isVisible()).toBe(true);
    expect(refused.splice(0)).toEqual([expect.stringContaining(': 400')]);
    problems.splice(0);
    await dialog(page).getByLabel('Day the package was sent').fill(day);
    await dialog(page).getByRole('button', { name: 'Record as sent' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await expect.poll(() => rowState(page, grace.applicationId)).toBe('sent');
    expect(await page.locator('#message-text').textContent()).toMatch(/^The package of Grace Okafor is recorded as sent on .+\.$/);
    expect(await cell(page, grace.applicationId, 'nomination').innerText()).toContain('Package sent on');
    expect(await page.getByRole('button', { name: 'Withdraw the nomination of Grace Okafor' }).count()).toBe(0);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('reads from the right in Arabic, the reason past the cap and the answer’s dialog too', async () => {
    const { page, problems, refused } = await signIn(hrOfficer, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#tab-nominations').textContent()).toBe('الترشيحات');
    await openCall(page);
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace.applicationId, ruth.applicationId]);
    expect(await page.locator('#nominations-heading').textContent()).toBe('الترشيحات للبعثة');
    expect(await page.locator('#nominations-count').textContent()).toBe('الترشيحات المقدمة: 1 من 1 مسموح بها');
    expect(await cell(page, ruth.applicationId, 'actions').innerText()).toContain('لا يقبل الإعلان أكثر من ترشيح واحد، وقد شُغلت كل الأماكن.');
    expect(describeViolations([await runAxe(page, 'HR’s nominations in Arabic')])).toBe('');
    await page.screenshot({ path: screenshotPath('nominations-ar.png'), fullPage: true });

    await page.getByRole('button', { name: 'تسجيل الرد: Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#nomination-heading').textContent()).toBe('تسجيل رد البعثة');
    await dialog(page).getByRole('button', { name: 'تسجيل الرد' }).click();
    expect(await page.locator('#nomination-outcome-error').textContent()).toBe('اختاروا رد البعثة.');
    expect(await page.locator('#nomination-answeredOn-error').textContent()).toBe('حددوا يوم وصول الرد.');
    expect(describeViolations([await runAxe(page, 'the answer’s dialog in Arabic, nothing chosen')])).toBe('');
    await dialog(page).getByRole('button', { name: 'إلغاء' }).click();
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('records the mission’s answer, selected: the row shows every step, and the candidate and their force are told', async () => {
    const day = dateIn(clock.now(), ZONE);
    const { page, problems, refused } = await signIn(hrOfficer);
    await openCall(page);
    await expect.poll(() => rowState(page, grace.applicationId), { timeout: 15_000 }).toBe('sent');
    await page.getByRole('button', { name: 'Record the answer for Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).getByLabel('Selected', { exact: true }).check();
    await dialog(page).getByLabel('Day the answer came').fill(day);
    await dialog(page).getByLabel('Internal note (optional)').fill('Deploys with the spring rotation.');
    await dialog(page).getByRole('button', { name: 'Record the answer' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await expect.poll(() => rowState(page, grace.applicationId)).toBe('answered');
    expect(await page.locator('#message-text').textContent()).toBe(
      'The mission’s answer for Grace Okafor is recorded. The candidate is told by email. Their force’s approver is told by email.',
    );
    const nomination = await cell(page, grace.applicationId, 'nomination').innerText();
    expect(nomination).toMatch(/^Nominated on .+\nBy hr\.officer@secondment-hub\.local\nPackage sent on .+\nSelected by the mission, answer of .+\nInternal note: Deploys with the spring rotation\.$/);
    // A selected answer is final: the row offers the package, and the answer's dialog again on the answer recorded (the same answer
    // again sends an email that could not be sent; another is refused).
    expect(await cell(page, grace.applicationId, 'actions').locator('button').allTextContents()).toEqual(['Download the package', 'Record the answer']);
    const mail = await mailboxOf(stack.url);
    expect(mail.some((one) => JSON.stringify(one).includes('grace.okafor@met.police.example') && JSON.stringify(one).includes('EULEX Kosovo'))).toBe(true);
    expect(mail.some((one) => JSON.stringify(one).includes(metApprover.email))).toBe(true);
    expect(describeViolations([await runAxe(page, 'HR’s nominations, answered')])).toBe('');
    await page.screenshot({ path: screenshotPath('nominations-en.png'), fullPage: true });
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
