/**
 * The written test in real headless Chromium against the local stack (issue 16, point 2): HR
 * schedules a sitting from the staff page's Written test tab and invites every shortlisted
 * candidate; a candidate confirms on her status page in French, the sitting said in its zone and
 * hers; HR imports the platform's CSV: a file with a wrong row is refused whole, each bad row
 * listed by its line, and the corrected file records the result. Every scene passes axe.
 * Screenshots: docs/screenshots/written-test-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { dynamoWrittenTests } from '#functions/adapters/dynamodb/written-test-store.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { dateIn } from '#shared/time/zoned.js';
import { localIn } from '#shared/written-tests/local-time.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, storeOf } from '../support/staff.js';

// The real clock: the page's sign-in judges its token by the browser's time.
const clock = settableClock(new Date());
const WIDE = { width: 1440, height: 900 };
const VACANCY = '1893';
const AMINA = '0ffe1893-0000-4000-8000-000000000001';
const KARIM = '0ffe1893-0000-4000-8000-000000000002';
const TOKEN = `status-token-of-amina-${'w'.repeat(30)}`;
/** An earlier sitting Karim sat yesterday, as the API wrote it then: its results are imported here. */
const EARLIER = 'c0ffe893-0000-4000-8000-000000000001';

const received = (id: string, kind: string): ReceivedDocument => ({
  key: `applications/${id}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const complete = (id: string): Partial<Application> => ({ id, vacancy: VACANCY, status: 'shortlisted', documents: { cv: received(id, 'cv'), confirmationLetter: received(id, 'confirmationLetter') }, ncbValidation: validation });

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const table = createDocumentClient(client);
  await dynamoVacancyStore(table, stack.tableName).put(
    openVacancy({ number: VACANCY, status: 'closed', deadline: dateIn(new Date(Date.now() - 20 * 86_400_000), 'UTC'), publishedAt: '2026-10-01', posts: 1 }),
  );
  const yesterday = Date.now() - 86_400_000;
  const tests = dynamoWrittenTests(table, stack.tableName);
  await tests.createTest({
    id: EARLIER,
    vacancy: VACANCY,
    format: 'sitting',
    startsAt: new Date(yesterday).toISOString(),
    endsAt: new Date(yesterday + 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/Paris',
    address: 'Lyon, 200 quai Charles de Gaulle, salle 2',
    maxMark: 50,
    passMark: 30,
    status: 'scheduled',
    revision: 1,
    sequence: 0,
    updatedAt: new Date(yesterday - 7 * 86_400_000).toISOString(),
    updatedBy: hrOfficer.email,
  });
  await tests.putInvitation({ vacancy: VACANCY, applicationId: KARIM, testId: EARLIER, invitedAt: new Date(yesterday - 7 * 86_400_000).toISOString(), invitedBy: hrOfficer.email, revision: 1 }, undefined);
  client.destroy();
  const stores = storeOf(stack);
  await seedApplications(stores.applications, [
    aminaApplication({ ...complete(AMINA), statusTokenHash: await sha256Hex(TOKEN), language: 'fr', timeZone: 'Africa/Dakar' }),
    aminaApplication({ ...complete(KARIM), givenName: 'Karim', familyName: 'Haddad', email: 'karim.haddad@police.example', language: 'ar', timeZone: 'Asia/Beirut' }),
  ]);
  stores.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signedInAsHr = async (): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize(WIDE);
  const problems = watchPageProblems(page);
  await page.goto(`${stack.url}/admin`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(hrOfficer.email);
  await page.locator(`input[name="group"][value="${hrOfficer.groups[0] ?? ''}"]`).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: hrOfficer.email }).waitFor({ timeout: 15_000 });
  await page.locator('#tab-written-tests').click();
  await page.locator('#written-tests-vacancy').selectOption(VACANCY);
  // The vacancy's own tests: yesterday's sitting at least ("0 tests" is another vacancy's, or none read yet).
  await page.locator('#written-tests-table tbody tr', { hasText: 'salle 2' }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

/** In ten days, 09:30 to 11:30 in Paris: the sitting HR schedules. */
const inTenDays = new Date(Date.now() + 10 * 86_400_000);
const startsLocal = `${localIn(inTenDays, 'Europe/Paris').slice(0, 10)}T09:30`;
const endsLocal = `${startsLocal.slice(0, 10)}T11:30`;

describe('a written test, scheduled, confirmed in French and its results imported (issue 16, point 2)', () => {
  it('HR schedules a sitting at a place and invites every shortlisted candidate', async () => {
    const { page, problems } = await signedInAsHr();
    expect(describeViolations([await runAxe(page, 'HR’s Written test tab')])).toBe('');

    await page.locator('#written-test-starts').fill(startsLocal);
    await page.locator('#written-test-ends').fill(endsLocal);
    await page.locator('input[name="where"][value="place"]').check();
    await page.locator('#written-test-address').fill('Lyon, 200 quai Charles de Gaulle, salle 4');
    await page.locator('#written-test-max').fill('50');
    await page.locator('#written-test-pass').fill('30');
    await page.locator('#written-test-save').click();
    // The form's refusal, if any, said rather than a timeout.
    await page.locator('#message-text', { hasText: 'Test scheduled' }).or(page.locator('#written-test-form-error:not([hidden])')).waitFor({ timeout: 15_000 });
    expect(await page.locator('#written-test-form-error').isVisible() ? await page.locator('#written-test-form-error').innerText() : '').toBe('');
    const row = page.locator('#written-tests-table tbody tr', { hasText: 'salle 4' });
    await row.waitFor();

    await row.getByRole('button', { name: /^Invite all shortlisted candidates/ }).click();
    // Amina is invited; Karim, who sat yesterday's sitting and awaits his result, is left on it.
    await page.locator('#message-text', { hasText: 'Invited 1, moved 0' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#message-text').innerText()).toContain('Invited to a sitting that has taken place');
    await page.locator('#written-tests-candidates tbody tr', { hasText: 'Amina' }).filter({ hasText: 'No answer yet' }).waitFor();
    expect(describeViolations([await runAxe(page, 'HR’s Written test tab, a test and its invitations')])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('the candidate confirms on her status page in French, the sitting in Paris time and hers', async () => {
    const page = await browser.context.newPage();
    const problems = watchPageProblems(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${stack.url}/status?lang=fr#id=${AMINA}&token=${TOKEN}`);
    const section = page.getByRole('region', { name: 'Votre épreuve écrite' });
    await section.waitFor({ timeout: 15_000 });
    const when = await page.locator('#written-test-when').innerText();
    expect(when).toContain('09:30');
    expect(when).toContain('Europe/Paris');
    expect(await section.innerText()).toContain('Lyon, 200 quai Charles de Gaulle, salle 4');
    const asking = await runAxe(page, 'the written test on the status page, in French');

    await section.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toBe('Choisissez d’abord une réponse.');
    await section.getByLabel('Oui, je la passerai').check();
    await section.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await page.locator('#written-test-answer', { hasText: 'Vous avez confirmé que vous passerez l’épreuve.' }).waitFor({ timeout: 15_000 });
    const answered = await runAxe(page, 'the written test confirmed, in French');
    await page.locator('#written-test-root').screenshot({ path: screenshotPath('written-test-status-page-fr.png') });
    expect(describeViolations([asking, answered])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('HR imports the platform’s CSV: a wrong row refuses the whole file by line, the corrected file records the result', async () => {
    const { page, problems } = await signedInAsHr();
    await page.getByRole('button', { name: 'Record the mark of Karim Haddad' }).waitFor({ timeout: 15_000 });

    const wrong = `reference,name,mark\n${KARIM},Karim Haddad,61\n${AMINA},Amina Diallo,40\n`;
    await page.setInputFiles('#written-tests-file', { name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(wrong) });
    await page.locator('#written-tests-import-button').click();
    const errors = page.locator('#written-tests-import-errors');
    await errors.locator('li').first().waitFor({ timeout: 15_000 });
    expect(await errors.locator('li').allInnerTexts()).toEqual([
      'Line 2: The mark 61 is above the test’s maximum of 50.',
      'Line 3: This candidate’s test has not started yet.',
    ]);
    expect(describeViolations([await runAxe(page, 'HR’s Written test tab, a CSV refused by line')])).toBe('');

    const right = `reference,name,mark\n${KARIM},Karim Haddad,30\n`;
    await page.setInputFiles('#written-tests-file', { name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(right) });
    await page.locator('#written-tests-import-button').click();
    await page.locator('#message-text', { hasText: 'Imported: 1 recorded, 0 unchanged' }).waitFor({ timeout: 15_000 });
    await page.locator('#written-tests-candidates tbody tr', { hasText: '30 / 50: passed' }).waitFor();

    const stores = storeOf(stack);
    expect(await stores.applications.get(KARIM)).toMatchObject({ status: 'tested', writtenTest: { testId: EARLIER, mark: 30, passed: true } });
    stores.close();
    expect(describeViolations([await runAxe(page, 'HR’s Written test tab, a result imported')])).toBe('');
    await page.screenshot({ path: screenshotPath('written-test-hr.png'), fullPage: true });
    // The refused file's 400 is the answer this scene asks for: the browser logs it, nothing else may be.
    expect(problems.filter((problem) => !problem.includes('status of 400'))).toEqual([]);
    expect(problems.filter((problem) => problem.includes('status of 400'))).toHaveLength(1);
    await page.close();
  }, 120_000);
});
