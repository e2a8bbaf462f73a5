/**
 * The Deployments tab of a sending unit's staff page (issue 18, point 6), in real headless Chromium
 * against a local stack started with the sending profile: a Met officer (Grace Okafor) and a
 * retired officer (Ruth Ward) are selected by EULEX Kosovo (written as the nominations leave them;
 * their own browser test drives those steps). HR, in the browser, starts Grace's deployment from the
 * selected nomination, records her checklist and her contact in the mission; once she is deployed
 * (the stack's clock), HR asks an extension, which waits for the Met's approver; the approver, whose
 * tab holds only the Met's officer, approves it; HR records her early return and the debrief; the
 * report counts her. A rule's refusal (a day to come in the duty station, a 422) is said beside its
 * field in the page's language, Arabic, French and Spanish too. axe-core checks the tab and its
 * dialogs in English and Arabic, and the roster, a dialog and the report in every other language
 * the page offers (French, Spanish), at 1280 and 390 px.
 * Screenshots: docs/screenshots/deployments-en.png, deployments-dialog-en.png, deployments-ar.png
 * and deployments-report-en.png with UPDATE_SCREENSHOTS=1.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { describeViolations, languagesOffered, runAxe, type AxeCheck } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { aminaApplication } from '../support/candidates.js';
import { mailboxOf } from '../support/email-confirmation.js';
import { startTestStack } from '../support/local-stack.js';
import { eulexCall, sendingSetting } from '../support/sending-unit.js';
import { settableClock } from '../support/settable-clock.js';
import { screenshotPath, signInToStaffPage } from '../support/staff-page.js';
import { hrOfficer, metApprover, seedApplications, staffClient, storeOf, type StaffIdentity } from '../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
const CALL = 'EULEX-26-07';
const ids = { grace: 'e0000000-0000-4000-8000-000000000001', ruth: 'e0000000-0000-4000-8000-000000000002' };

const selected = {
  nominatedAt: '2026-12-14T09:00:00.000Z',
  nominatedBy: hrOfficer.email,
  sent: { on: '2026-12-14', recordedAt: '2026-12-14T10:00:00.000Z', by: hrOfficer.email },
  answer: { outcome: 'selected' as const, on: '2026-12-19', recordedAt: '2026-12-19T10:00:00.000Z', by: hrOfficer.email },
};
const candidate = (id: string, overrides: Record<string, unknown>): Application => {
  const { homeAdministrationCountry: _country, ...base } = aminaApplication({ id, vacancy: CALL, status: 'interviewed' });
  return { ...base, nomination: selected, ...overrides } as Application;
};

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock, { profile: sendingSetting }), launchChromium()]);
  const hr = await staffClient(stack, hrOfficer);
  expect((await hr('POST', '/admin/vacancies', { ...eulexCall(), status: 'open' })).status).toBe(201);
  clock.set('2027-01-10T09:00:00Z');
  const store = storeOf(stack);
  await seedApplications(store.applications, [
    candidate(ids.grace, {
      givenName: 'Grace',
      familyName: 'Okafor',
      email: 'grace.okafor@met.police.example',
      category: 'serving-police',
      applicantStatus: { force: 'met' },
      release: { decision: 'approved', from: '2027-02-01', until: '2028-01-31', at: '2026-11-25T10:00:00.000Z', by: metApprover.email },
    }),
    candidate(ids.ruth, { givenName: 'Ruth', familyName: 'Ward', email: 'ruth.ward@retired.example', category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' } }),
  ]);
  store.close();
  // Ruth Ward's deployment is made through the API: the roster holds an officer of no force, whom the Met's approver does not see.
  const started = await (await staffClient(stack, hrOfficer))('POST', '/admin/deployments', { applicationId: ids.ruth, deploymentDay: '2027-03-01', rotationDay: '2027-12-31' });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = (identity: StaffIdentity, language?: 'ar') => signInToStaffPage(browser.context, stack.url, identity, language);

const openTab = async (page: Page) => {
  await page.locator('#tab-deployments').click();
  await page.locator('#deployments-rows tr[data-deployment]').first().waitFor({ timeout: 15_000 });
};
const rowIds = (page: Page) => page.locator('#deployments-rows tr[data-deployment]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-deployment')));
const row = (page: Page, id: string) => page.locator(`#deployments-rows tr[data-deployment="${id}"]`);
const cell = (page: Page, id: string, column: string) => row(page, id).locator(`[data-column="${column}"]`);
const dialog = (page: Page) => page.locator('#deployment-dialog');
const part = (page: Page, name: string): Locator => page.locator(`#deployment-${name}-form`);

/** Opens Grace Okafor's deployment from her row. */
const openGrace = async (page: Page) => {
  await page.getByRole('button', { name: 'Open the deployment of Grace Okafor' }).click();
  await expect.poll(() => dialog(page).isVisible()).toBe(true);
};

describe('the Deployments tab, from a selected nomination to the debrief', () => {
  it('lets HR start a deployment for the officer the mission selected, each problem said beside its field', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    expect(await rowIds(page)).toEqual([ids.ruth]);

    await page.getByRole('button', { name: 'Start a deployment' }).click();
    const start = page.locator('#deployment-start-dialog');
    await expect.poll(() => start.isVisible()).toBe(true);
    await start.getByLabel('Call').selectOption(CALL);
    await expect.poll(() => start.getByLabel('Officer selected by the mission').locator('option').allTextContents()).toEqual(['Grace Okafor']);
    await start.getByLabel('Officer selected by the mission').selectOption({ label: 'Grace Okafor' });
    await start.getByRole('button', { name: 'Start the deployment' }).click();
    expect(await page.locator('#deployment-start-deploymentDay-error').textContent()).toBe('Give the deployment day.');
    expect(await page.locator('#deployment-start-rotationDay-error').textContent()).toBe('Give the rotation day.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deployment-start-deploymentDay');
    expect(describeViolations([await runAxe(page, 'starting a deployment, the days not given')])).toBe('');
    await start.getByLabel('Deployment day (the first day in the mission)').fill('2027-02-01');
    await start.getByLabel('Rotation day (the last day of the tour)').fill('2027-01-31');
    await start.getByRole('button', { name: 'Start the deployment' }).click();
    expect(await page.locator('#deployment-start-rotationDay-error').textContent()).toBe('The rotation day comes after the deployment day.');
    await start.getByLabel('Rotation day (the last day of the tour)').fill('2028-01-31');
    await start.getByRole('button', { name: 'Start the deployment' }).click();
    await expect.poll(() => start.isVisible()).toBe(false);
    expect(await page.locator('#message-text').textContent()).toBe('The deployment of Grace Okafor is started.');
    await expect.poll(() => rowIds(page)).toEqual([ids.grace, ids.ruth]);

    // Grace's row: every column in words, the checklist's four items each said, not shown by colour alone.
    expect(await cell(page, ids.grace, 'officer').innerText()).toBe('Grace Okafor\nServing police officer\ngrace.okafor@met.police.example');
    expect(await cell(page, ids.grace, 'mission').innerText()).toBe(`EULEX Kosovo\nEuropean Union (EU)\nDuty station: Pristina\n${CALL}`);
    expect(await cell(page, ids.grace, 'role').textContent()).toBe('Mentoring and advising');
    expect(await cell(page, ids.grace, 'force').textContent()).toBe('Metropolitan Police Service');
    expect(await cell(page, ids.grace, 'deploymentDay').textContent()).toBe('01 Feb 2027');
    expect(await cell(page, ids.grace, 'rotationDay').textContent()).toBe('31 Jan 2028');
    expect(await cell(page, ids.grace, 'state').textContent()).toBe('Preparing');
    expect(await cell(page, ids.grace, 'checklist').innerText()).toBe(
      'Security vetting: missing\nMedical clearance: missing\nHostile environment training: missing\nInsurance: missing\nNot ready',
    );
    expect(await cell(page, ids.grace, 'extension').textContent()).toBe('None waiting');
    expect(await cell(page, ids.ruth, 'force').textContent()).toBe('No force');
    expect(await page.locator('#deployments-count').textContent()).toBe('2 deployments');
    // The state filter asks the API again.
    await page.locator('#deployments-state').selectOption('deployed');
    await expect.poll(() => rowIds(page)).toEqual([]);
    expect(await page.locator('#deployments-rows').textContent()).toBe('No deployment is recorded with these filters.');
    await page.locator('#deployments-state').selectOption('');
    await expect.poll(() => rowIds(page)).toEqual([ids.grace, ids.ruth]);
    expect(describeViolations([await runAxe(page, 'HR’s deployments, one preparing')])).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('records the checklist and the contact in the mission; a day to come is the API’s refusal, said beside its field', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await openGrace(page);
    expect(await page.locator('#deployment-heading').textContent()).toBe('Deployment of Grace Okafor');
    expect(await page.locator('#deployment-summary').textContent()).toBe(`EULEX Kosovo (European Union (EU)), call ${CALL}: Preparing`);
    // The return and debrief wait: the tour has not begun.
    expect(await part(page, 'return').isHidden()).toBe(true);
    expect(await part(page, 'debrief').isHidden()).toBe(true);

    const checklist = part(page, 'checklist');
    const record = async (item: string, on: string, expiresOn?: string, reference?: string) => {
      await checklist.getByLabel('Item').selectOption(item);
      await checklist.getByLabel('Day done').fill(on);
      await checklist.getByLabel('Expires on (optional)').fill(expiresOn ?? '');
      await checklist.getByLabel('Reference (optional)').fill(reference ?? '');
      await checklist.getByRole('button', { name: 'Record the item' }).click();
    };
    await checklist.getByRole('button', { name: 'Record the item' }).click();
    expect(await page.locator('#deployment-checklist-on-error').textContent()).toBe('Give the day.');
    expect(await checklist.getByLabel('Day done').getAttribute('aria-invalid')).toBe('true');
    await record('vetting', '2027-01-11');
    await expect.poll(() => page.locator('#deployment-checklist-on-error').textContent()).toMatch(/in the future/);
    expect(await checklist.getByLabel('Day done').getAttribute('aria-invalid')).toBe('true');
    expect(refused.splice(0)).toEqual([expect.stringContaining(': 422')]);
    problems.splice(0);

    await record('vetting', '2027-01-05', '2027-12-01', 'NPPV3-4411');
    await expect.poll(() => page.locator('#deployment-checklist-list li[data-item="vetting"]').getAttribute('data-verdict')).toBe('expires-during-tour');
    expect(await page.locator('#message-text').textContent()).toBe('The checklist item is recorded.');
    expect(await page.locator('#deployment-checklist-list li[data-item="vetting"]').innerText()).toBe('Security vetting: expires during the tour\nDone on 05 Jan 2027\nExpires on 01 Dec 2027\nReference: NPPV3-4411');
    await record('medical', '2027-01-08', '2028-06-30');
    await expect.poll(() => page.locator('#deployment-checklist-list li[data-item="medical"]').getAttribute('data-verdict')).toBe('done');
    await record('hostileEnvironmentTraining', '2026-11-20');
    await expect.poll(() => page.locator('#deployment-checklist-list li[data-item="hostileEnvironmentTraining"]').getAttribute('data-verdict')).toBe('done');
    await record('insurance', '2027-01-09', '2028-03-31', 'POL-88812');
    await expect.poll(() => page.locator('#deployment-checklist-list li[data-item="insurance"]').getAttribute('data-verdict')).toBe('done');
    // Vetting renewed past the tour: every item covers it.
    await record('vetting', '2027-01-10', '2029-01-10', 'NPPV3-5120');
    await expect.poll(() => page.locator('#deployment-checklist-list li[data-item="vetting"]').getAttribute('data-verdict')).toBe('done');

    const contact = part(page, 'contact');
    await contact.getByLabel('Contact’s name').fill('Anna Berg');
    await contact.getByLabel('Contact’s role in the mission').fill('Head of Personnel');
    await contact.getByLabel('Contact’s email').fill('not an address');
    await contact.getByRole('button', { name: 'Save the contact' }).click();
    expect(await page.locator('#deployment-contact-email-error').textContent()).not.toBe('');
    await contact.getByLabel('Contact’s email').fill('personnel@eulex.example');
    await contact.getByRole('button', { name: 'Save the contact' }).click();
    await expect.poll(() => page.locator('#deployment-contact-text').textContent()).toBe('Anna Berg, Head of Personnel, personnel@eulex.example');
    expect(describeViolations([await runAxe(page, 'a deployment’s dialog, preparing')])).toBe('');
    await page.screenshot({ path: screenshotPath('deployments-dialog-en.png'), fullPage: true });
    await page.locator('#deployment-close').click();
    await expect.poll(() => cell(page, ids.grace, 'checklist').innerText()).toMatch(/Ready to deploy$/);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('asks an extension once the officer is deployed, which waits for the force; HR cannot decide it', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await expect.poll(() => cell(page, ids.grace, 'state').textContent()).toBe('Deployed');
    await openGrace(page);
    // The tour has begun: its days move only through an extension.
    expect(await part(page, 'days').isHidden()).toBe(true);
    expect(await page.locator('#deployment-days-underway').isVisible()).toBe(true);
    const extension = part(page, 'extension');
    expect(await page.locator('#deployment-extension-force').textContent()).toBe('A serving officer’s extension is decided by their force’s approver, who is told by email.');
    await extension.getByRole('button', { name: 'Request the extension' }).click();
    expect(await page.locator('#deployment-extension-until-error').textContent()).toBe('Give the last day of the extended tour.');
    expect(await page.locator('#deployment-extension-reason-error').textContent()).toBe('Say why.');
    await extension.getByLabel('Extend the tour until').fill('2028-07-31');
    await extension.getByLabel('Reason for the extension').fill('The mandate is renewed.');
    await extension.getByRole('button', { name: 'Request the extension' }).click();
    await expect.poll(() => page.locator('#deployment-extensions-list li[data-state="requested"]').count()).toBe(1);
    expect(await page.locator('#deployment-extensions-list').innerText()).toBe('Asked: until 31 Jul 2028. Reason: The mandate is renewed.');
    // One request under way at a time, and HR does not decide a serving officer's.
    expect(await extension.isHidden()).toBe(true);
    expect(await part(page, 'decision').isHidden()).toBe(true);
    await page.locator('#deployment-close').click();
    await expect.poll(() => cell(page, ids.grace, 'extension').textContent()).toBe('Extension to 31 Jul 2028 asked, waiting for the force');
    const mail = await mailboxOf(stack.url);
    expect(mail.some((one) => JSON.stringify(one).includes(metApprover.email))).toBe(true);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the Met’s approver their officer only, and lets them approve the extension', async () => {
    const { page, problems, refused } = await signIn(metApprover);
    await openTab(page);
    expect(await rowIds(page)).toEqual([ids.grace]);
    expect(await page.locator('#deployments-start').isHidden()).toBe(true);
    expect(await page.locator('#deployments-report').isHidden()).toBe(true);
    expect(await page.locator('#deployments-intro-force').isVisible()).toBe(true);
    await openGrace(page);
    for (const name of ['checklist', 'days', 'contact', 'extension', 'return', 'debrief']) expect(await part(page, name).isHidden(), name).toBe(true);
    const decision = part(page, 'decision');
    expect(await page.locator('#deployment-decision-legend').textContent()).toBe('Decision on the extension until 31 Jul 2028');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    expect(await page.locator('#deployment-decision-decision-error').textContent()).toBe('Choose to approve or to refuse.');
    expect(describeViolations([await runAxe(page, 'the force’s decision on an extension, none chosen')])).toBe('');
    await decision.getByLabel('Approve').check();
    await decision.getByLabel('Note to the officer (optional)').fill('Approved for the renewed mandate.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await expect.poll(() => page.locator('#deployment-extensions-list li[data-state="approved"]').count()).toBe(1);
    expect(await page.locator('#message-text').textContent()).toBe('The decision is recorded and the officer is told by email.');
    expect(await page.locator('#deployment-days-text').textContent()).toBe('From 01 Feb 2027 to 31 Jul 2028');
    await page.locator('#deployment-close').click();
    await expect.poll(() => cell(page, ids.grace, 'state').textContent()).toBe('Deployed, extended');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('records the early return and the debrief; the report counts the deployments', async () => {
    clock.set('2027-09-01T09:00:00Z');
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    await openGrace(page);
    const back = part(page, 'return');
    await back.getByLabel('Day of return').fill('2027-08-30');
    await back.getByLabel('Returned early, before the rotation day').check();
    await back.getByRole('button', { name: 'Record the return' }).click();
    expect(await page.locator('#deployment-return-reason-error').textContent()).toBe('Say why.');
    await back.getByLabel('Reason for an early return').fill('A family emergency.');
    await back.getByRole('button', { name: 'Record the return' }).click();
    await expect.poll(() => page.locator('#deployment-return-text').textContent()).toBe('Returned early on 30 Aug 2027. Reason: A family emergency.');
    const debrief = part(page, 'debrief');
    expect(await debrief.isVisible()).toBe(true);
    await debrief.getByLabel('Day of the debrief').fill('2027-08-31');
    await debrief.getByLabel('Notes (internal to the unit)').fill('Useful lessons on the handover.');
    await debrief.getByRole('button', { name: 'Record the debrief' }).click();
    await expect.poll(() => page.locator('#deployment-debrief-text').textContent()).toBe('Held on 31 Aug 2027.');
    expect(await debrief.isHidden()).toBe(true);
    await page.locator('#deployment-close').click();
    await expect.poll(() => cell(page, ids.grace, 'state').textContent()).toBe('Debriefed');

    // The report: the last twelve months by default; Grace's tour overlaps them, Ruth Ward is deployed today.
    await expect.poll(() => page.locator('#deployments-report-totals').textContent()).toMatch(/^2 deployments from .+ to 01 Sept? 2027, 1 deployed today\.$/);
    const table = (by: string) => page.locator(`table[data-report="${by}"]`);
    expect(await table('mission').locator('caption').textContent()).toBe('By mission');
    expect(await table('mission').locator('tbody tr').allInnerTexts()).toEqual(['EULEX Kosovo\t2\t1']);
    expect(await table('organisation').locator('tbody tr[data-key="EU"]').innerText()).toBe('European Union (EU)\t2\t1');
    expect(await table('category').locator('tbody tr[data-key="serving-police"]').innerText()).toBe('Serving police officer\t1\t0');
    expect(await table('force').locator('tbody tr[data-key="met"]').innerText()).toBe('Metropolitan Police Service\t1\t0');
    expect(await table('roleCategory').locator('tbody tr').count()).toBe(15);
    expect(await table('roleCategory').locator('tbody tr[data-key="mentoring-and-advising"]').innerText()).toBe('Mentoring and advising\t2\t1');
    expect(await table('roleCategory').locator('tbody tr[data-key="human-rights"]').innerText()).toBe('Human rights\t0\t0');
    expect(describeViolations([await runAxe(page, 'HR’s deployments and the report')])).toBe('');
    await page.screenshot({ path: screenshotPath('deployments-en.png'), fullPage: true });
    await page.locator('#deployments-report-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('deployments-report-en.png') });
    // At 390 px the tab still reads as a whole, the dialog too.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(describeViolations([await runAxe(page, 'HR’s deployments at 390 px')])).toBe('');
    await openGrace(page);
    expect(describeViolations([await runAxe(page, 'a deployment’s dialog at 390 px')])).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('reads from the right in Arabic, the roster, the dialog and the report', async () => {
    const { page, problems, refused } = await signIn(hrOfficer, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#tab-deployments').textContent()).toBe('النشر');
    await openTab(page);
    expect(await page.locator('#deployments-heading').textContent()).toBe('عمليات النشر');
    expect(await cell(page, ids.grace, 'state').textContent()).toBe('أُجريت جلسة استخلاص المعلومات');
    expect(await cell(page, ids.grace, 'checklist').innerText()).toContain('التصريح الأمني: منجز');
    await expect.poll(() => page.locator('table[data-report="mission"] caption').textContent()).toBe('حسب البعثة');
    expect(describeViolations([await runAxe(page, 'HR’s deployments in Arabic')])).toBe('');
    await page.screenshot({ path: screenshotPath('deployments-ar.png'), fullPage: true });
    await page.getByRole('button', { name: 'فتح عملية نشر Ruth Ward' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await part(page, 'extension').getByRole('button', { name: 'طلب التمديد' }).click();
    expect(await page.locator('#deployment-extension-until-error').textContent()).toBe('حددوا آخر يوم في المهمة بعد تمديدها.');
    expect(describeViolations([await runAxe(page, 'a deployment’s dialog in Arabic')])).toBe('');
    // Someone else changes Ruth Ward's deployment meanwhile: the page's request at the version it showed is a 409, said in Arabic, and the dialog shows it as it stands.
    const hr = await staffClient(stack, hrOfficer);
    const current = (await hr('GET', `/admin/deployments/${ids.ruth}`)).body.deployment as { version: number };
    const contact = { name: 'Anna Berg', role: 'Head of Personnel', email: 'personnel@eulex.example' };
    expect((await hr('PATCH', `/admin/deployments/${ids.ruth}`, { version: current.version, contact })).status).toBe(200);
    await part(page, 'extension').locator('#deployment-extension-until').fill('2028-03-31');
    await part(page, 'extension').locator('#deployment-extension-reason').fill('تجديد الولاية.');
    await part(page, 'extension').getByRole('button', { name: 'طلب التمديد' }).click();
    await expect.poll(() => page.locator('#deployment-extension-error').textContent()).toBe(`غيّر شخص آخر عملية نشر Ruth Ward (الإصدار ${current.version + 1} الآن): تظهر كما هي الآن. راجعوها ثم أعيدوا الإجراء.`);
    expect(await page.locator('#deployment-contact-text').textContent()).toBe('Anna Berg، Head of Personnel، personnel@eulex.example');
    expect(refused.splice(0)).toEqual([expect.stringContaining(': 409')]);
    problems.splice(0);
    // A day to come in the duty station (today is 1 September there) is the API's refusal, a 422 said beside its field in Arabic, its day in Arabic words.
    await part(page, 'checklist').locator('#deployment-checklist-item').selectOption('medical');
    await part(page, 'checklist').locator('#deployment-checklist-on').fill('2027-09-02');
    await part(page, 'checklist').getByRole('button', { name: 'تسجيل البند' }).click();
    await expect.poll(() => page.locator('#deployment-checklist-on-error').textContent()).toMatch(/^هذا التاريخ لم يحن بعد في مقر العمل \(اليوم هناك .+، بتوقيت Europe\/Belgrade\)\.$/);
    expect(await page.locator('#deployment-checklist-on-error').textContent()).not.toMatch(/2027-09-01|in the future/);
    expect(await part(page, 'checklist').locator('#deployment-checklist-on').getAttribute('aria-invalid')).toBe('true');
    expect(refused.splice(0)).toEqual([expect.stringContaining(': 422')]);
    problems.splice(0);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(describeViolations([await runAxe(page, 'a deployment’s dialog in Arabic at 390 px')])).toBe('');
    await page.locator('#deployment-close').click();
    expect(describeViolations([await runAxe(page, 'HR’s deployments in Arabic at 390 px')])).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('says a rule’s refusal and passes axe in every other language the page offers: the roster, a dialog, the report, at 1280 and 390 px', async () => {
    const { page, problems, refused } = await signIn(hrOfficer);
    await openTab(page);
    // English and Arabic are checked above; any other language the page links to is checked here with no edit.
    const others = (await languagesOffered(page)).filter(({ lang }) => lang !== 'en' && lang !== 'ar');
    expect(others.map(({ lang }) => lang).sort()).toEqual(['es', 'fr']);
    const refusal: Record<string, RegExp> = {
      fr: /^Cette date est à venir au lieu d’affectation \(nous y sommes le .+, fuseau Europe\/Belgrade\)\.$/,
      es: /^Esa fecha aún no ha llegado en el lugar de destino \(allí hoy es .+, zona horaria Europe\/Belgrade\)\.$/,
    };
    const checks: AxeCheck[] = [];
    for (const { lang, url } of others) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.goto(url);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await openTab(page);
        await page.locator('table[data-report="mission"] caption').waitFor({ timeout: 15_000 });
        checks.push(await runAxe(page, `HR’s deployments and the report in ${lang} at ${width} px`));
        await row(page, ids.ruth).locator('[data-action="open"]').click();
        await expect.poll(() => dialog(page).isVisible()).toBe(true);
        checks.push(await runAxe(page, `a deployment’s dialog in ${lang} at ${width} px`));
        // A day to come in the duty station: the API's 422, said beside its field in the page's language.
        await part(page, 'checklist').locator('#deployment-checklist-item').selectOption('medical');
        await part(page, 'checklist').locator('#deployment-checklist-on').fill('2027-09-02');
        await part(page, 'checklist').locator('button[type="submit"]').click();
        await expect.poll(() => page.locator('#deployment-checklist-on-error').textContent()).toMatch(refusal[lang] ?? /^$/);
        expect(refused.splice(0)).toEqual([expect.stringContaining(': 422')]);
        problems.splice(0);
        checks.push(await runAxe(page, `a deployment’s dialog in ${lang} at ${width} px, a day refused beside its field`));
        await page.locator('#deployment-close').click();
      }
    }
    expect(checks).toHaveLength(others.length * 2 * 3);
    expect(describeViolations(checks)).toBe('');
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
