/**
 * The Releases tab of a sending unit's staff page (issue 18, point 4), in real headless Chromium
 * against a local stack started with the sending profile: HR publishes a call for a EULEX Kosovo
 * post, a Met officer and a Police Scotland officer apply through the public API; the Met's force
 * approver signs in, finds the page open on the Releases tab, beside it only the Deployments tab
 * (their officers' deployments, point 6, on a stage of mission posts; no request refused, no
 * console error), sees their own officer only, with the line manager and the call's mission and deadlines;
 * the dialog names each field left blank or wrong, the approval replaces the row, a refusal asks
 * its reason, and a decision on a row changed meanwhile (a 409) refreshes the row and decides again.
 * HR reads every force's rows without the actions. axe-core checks the tab and the dialog in
 * English and Arabic, which reads from the right.
 * Screenshots: docs/screenshots/releases-en.png and releases-ar.png with UPDATE_SCREENSHOTS=1.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { confirmFromReceipt } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { callPublicApi } from '../support/public-api.js';
import { eulexCall, sendingSetting, servingOfficerSubmission } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { screenshotPath, signInToStaffPage } from '../support/staff-page.js';
import { hrOfficer, metApprover, staffClient, type StaffIdentity } from '../support/staff.js';

// The real clock: the page checks its sign-in's expiry against the browser's time.
const clock = settableClock(new Date());

const today = dateIn(clock.now(), 'Europe/Belgrade');
const nationalDeadline = addDays(today, 20);
const missionDeadline = addDays(today, 35);

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let grace = '';
let iain = '';

const apply = async (body: Record<string, unknown>): Promise<string> => {
  const answer = await callPublicApi(stack.url, 'POST', '/applications', { body });
  expect(answer.status, answer.text).toBe(201);
  const id = String(answer.body.applicationId);
  expect((await confirmFromReceipt(stack.url, id)).status).toBe(200);
  return id;
};

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock, { profile: sendingSetting }), launchChromium()]);
  const hr = await staffClient(stack, hrOfficer);
  const call = eulexCall({ publishedAt: today, deadline: nationalDeadline, status: 'open' });
  const published = await hr('POST', '/admin/vacancies', { ...call, mission: { ...call.mission, missionDeadline } });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  grace = await apply(servingOfficerSubmission());
  iain = await apply(
    servingOfficerSubmission({
      email: 'iain.ross@scotland.police.example',
      givenName: 'Iain',
      familyName: 'Ross',
      applicantStatus: { force: 'police-scotland', lineManager: 'Supt Ailsa Grant', lineManagerEmail: 'a.grant@scotland.police.example' },
    }),
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = (identity: StaffIdentity, language?: 'ar') => signInToStaffPage(browser.context, stack.url, identity, language);

const rowIds = (page: Page) => page.locator('#releases-rows tr[data-release]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-release')));
const shownTabs = (page: Page) => page.locator('#view-tabs .tab:not([hidden])').allTextContents();
const cell = (page: Page, id: string, column: string) => page.locator(`#releases-rows tr[data-release="${id}"] [data-column="${column}"]`);
const dialog = (page: Page) => page.locator('#release-dialog');

describe('the Releases tab', () => {
  it("shows a force approver their own officer only, on a page opened on that tab with Deployments its only other; the dialog names each field's problem and the approval replaces the row", async () => {
    const { page, problems, refused } = await signIn(metApprover);
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace]);

    expect(await shownTabs(page)).toEqual(['Releases', 'Deployments']);
    expect(await page.locator('#tab-releases').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#applications-view').isHidden()).toBe(true);
    expect(await page.locator('#who-role').textContent()).toBe('Force approver, Metropolitan Police Service');
    expect(await page.locator('#releases-count').textContent()).toBe('1 officer, 1 waiting');
    expect(await cell(page, grace, 'officer').innerText()).toBe('Grace Okafor\nDetective Inspector\nMetropolitan Police Service');
    expect(await cell(page, grace, 'lineManager').innerText()).toBe('Chief Inspector Dan Reyes\ndan.reyes@met.police.example');
    const callText = await cell(page, grace, 'call').innerText();
    expect(callText).toContain('EULEX-26-07 Police Adviser, Organised Crime');
    expect(callText).toContain('EULEX Kosovo, run by the EU');
    expect(callText).toContain('Duty station: Pristina');
    const deadlines = await cell(page, grace, 'deadlines').innerText();
    expect(deadlines).toMatch(/^National deadline: .+\nThe mission’s deadline: .+$/);
    expect(await cell(page, grace, 'status').textContent()).toBe('Submitted');
    expect(await cell(page, grace, 'decision').textContent()).toBe('Waiting for the force’s decision');
    // The page loaded asking nothing the approver may not read.
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    expect(describeViolations([await runAxe(page, 'the force approver’s releases')])).toBe('');

    // Approve with no period: both days are asked for beside their fields, and nothing is sent.
    await page.getByRole('button', { name: 'Approve release for Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#release-heading').textContent()).toBe('Approve the release');
    expect(await page.locator('#release-reason').isHidden()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Approve release' }).click();
    expect(await page.locator('#release-from-error').textContent()).toBe('Give the first day released.');
    expect(await page.locator('#release-until-error').textContent()).toBe('Give the last day released.');
    expect(await page.getByLabel('First day released').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('release-from');
    expect(describeViolations([await runAxe(page, 'the release dialog, a failed approval')])).toBe('');

    // The period the wrong way round.
    await page.getByLabel('First day released').fill('2027-01-15');
    expect(await page.locator('#release-from-error').isHidden()).toBe(true);
    await page.getByLabel('Last day released').fill('2027-01-14');
    await dialog(page).getByRole('button', { name: 'Approve release' }).click();
    expect(await page.locator('#release-until-error').textContent()).toBe('The last day released cannot be before the first.');
    expect(await page.locator('#release-from-error').isHidden()).toBe(true);
    expect(refused).toEqual([]);

    await page.getByLabel('Last day released').fill('2028-01-14');
    await dialog(page).getByRole('button', { name: 'Approve release' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await expect.poll(() => cell(page, grace, 'decision').innerText()).toContain('Released from 15 Jan 2027 to 14 Jan 2028');
    expect(await cell(page, grace, 'decision').innerText()).toContain('By releases@met.police.example');
    expect(await page.locator('#message-text').textContent()).toBe('The release of Grace Okafor is approved from 15 Jan 2027 to 14 Jan 2028.');
    expect(await page.locator('#releases-count').textContent()).toBe('1 officer, none waiting');
    // Focus goes back to the action used, on the row as it is now.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('approved');
    const hr = await staffClient(stack, hrOfficer);
    const stored = ((await hr('GET', '/admin/releases')).body as unknown as { items: Array<{ id: string; release?: Record<string, unknown> }> }).items.find((row) => row.id === grace);
    expect(stored?.release).toMatchObject({ decision: 'approved', from: '2027-01-15', until: '2028-01-14', by: metApprover.email });
    await page.screenshot({ path: screenshotPath('releases-en.png'), fullPage: true });

    // A refusal with no reason is named at the reason's field; the approval stands.
    await page.getByRole('button', { name: 'Refuse release for Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#release-heading').textContent()).toBe('Refuse the release');
    expect(await page.locator('#release-period').isHidden()).toBe(true);
    await page.getByLabel('Reason for refusing').fill('   ');
    await dialog(page).getByRole('button', { name: 'Refuse release' }).click();
    expect(await page.locator('#release-note-error').textContent()).toBe('Say why the release is refused.');
    expect(await page.getByLabel('Reason for refusing').getAttribute('aria-invalid')).toBe('true');
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await cell(page, grace, 'decision').innerText()).toContain('Released from 15 Jan 2027');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('refreshes a row decided meanwhile from the 409 and decides again on it', async () => {
    const { page, problems, refused } = await signIn(metApprover);
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace]);
    // The approver's other tab refuses meanwhile.
    const met = await staffClient(stack, metApprover);
    const now = ((await met('GET', '/admin/releases')).body as unknown as { items: Array<{ version: number }> }).items[0];
    const elsewhere = await met('POST', `/admin/releases/${grace}`, { version: now?.version, decision: 'refused', note: 'Needed for Operation Trident this spring.' });
    expect(elsewhere.status).toBe(200);

    await page.getByRole('button', { name: 'Approve release for Grace Okafor' }).click();
    await page.getByLabel('First day released').fill('2027-02-01');
    await page.getByLabel('Last day released').fill('2028-01-31');
    await dialog(page).getByRole('button', { name: 'Approve release' }).click();
    await expect.poll(() => page.locator('#release-error').textContent()).toContain('Someone changed the application of Grace Okafor meanwhile');
    expect(await dialog(page).isVisible()).toBe(true);
    // The row behind the dialog is the one as stored now: refused, with its reason.
    expect(await cell(page, grace, 'decision').innerText()).toContain('Refused\nReason: Needed for Operation Trident this spring.');
    expect(refused).toEqual([expect.stringContaining(': 409')]);
    expect(problems.splice(0)).toEqual([expect.stringContaining('status of 409 (Conflict)')]);

    // Decided again on the row as it stands: the approval goes through.
    await dialog(page).getByRole('button', { name: 'Approve release' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await expect.poll(() => cell(page, grace, 'decision').innerText()).toContain('Released from 01 Feb 2027 to 31 Jan 2028');
    expect(problems).toEqual([]);
  }, 180_000);

  it('shows HR every force’s officers without the actions', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await page.locator('#tab-releases').click();
    await expect.poll(async () => (await rowIds(page)).sort(), { timeout: 15_000 }).toEqual([grace, iain].sort());
    // Waiting ones first.
    expect(await rowIds(page)).toEqual([iain, grace]);
    expect(await page.locator('#releases-rows button').count()).toBe(0);
    expect(await page.locator('#releases-actions-heading').isHidden()).toBe(true);
    expect(await cell(page, iain, 'officer').innerText()).toContain('Police Scotland');
    expect(describeViolations([await runAxe(page, 'HR’s releases')])).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('reads from the right in Arabic, the dialog too', async () => {
    const { page, problems, refused } = await signIn(metApprover, 'ar');
    await expect.poll(() => rowIds(page), { timeout: 15_000 }).toEqual([grace]);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await shownTabs(page)).toEqual(['أذونات الانتداب', 'النشر']);
    expect(await page.locator('#tab-releases').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#releases-heading').textContent()).toBe('أذونات الانتداب');
    expect(await page.locator('#who-role').textContent()).toBe('مسؤول الأذونات، Metropolitan Police Service');
    expect(describeViolations([await runAxe(page, 'the force approver’s releases, in Arabic')])).toBe('');
    await page.screenshot({ path: screenshotPath('releases-ar.png'), fullPage: true });

    await page.getByRole('button', { name: 'رفض الانتداب: Grace Okafor' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'رفض الانتداب' }).click();
    expect(await page.locator('#release-note-error').textContent()).toBe('اذكروا سبب رفض الانتداب.');
    expect(describeViolations([await runAxe(page, 'the release dialog in Arabic, a refusal without its reason')])).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
