/**
 * The Secondments tab of the staff page (issue 17, points 1 and 2), in real headless Chromium
 * against the local stack: HR records the secondment of an appointed officer whose offer was
 * accepted; France's NCB, in French, asks for an extension and records the home administration's
 * confirmation with its letter; HR approves it and the last day moves. axe-core checks HR's record,
 * the NCB's list and record in French, and HR's record once extended. Screenshots:
 * docs/screenshots/secondments-*.png with UPDATE_SCREENSHOTS=1.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { pdfBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, storeOf } from '../support/staff.js';

const clock = settableClock('2027-01-20T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

const VACANCY = '1961';
const APPLICATION = '5ec0e2e0-0000-4000-8000-000000000001';
const screenshots = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const screenshotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(screenshots, name) : undefined);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  if (process.env.UPDATE_SCREENSHOTS === '1') await mkdir(screenshots, { recursive: true });
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(
    openVacancy({ number: VACANCY, status: 'filled', publishedAt: '2026-10-01', deadline: '2026-11-15', secondmentType: 'regular', unit: 'Cybercrime Directorate', location: 'Singapore', timeZone: 'Asia/Singapore' }),
  );
  client.destroy();
  const stores = storeOf(stack);
  await seedApplications(stores.applications, [
    aminaApplication({
      id: APPLICATION,
      vacancy: VACANCY,
      nationality: 'FR',
      givenName: 'Camille',
      familyName: 'Martin',
      email: 'camille.martin@police.fr.example',
      status: 'appointed',
      language: 'fr',
      offer: {
        madeAt: '2026-12-20T09:00:00.000Z',
        madeBy: hrOfficer.email,
        answerBy: '2027-01-03',
        startsOn: '2027-03-01',
        months: 24,
        homeConfirmation: { by: '2027-02-15', terms: ['release-for-period'], confirmedAt: '2027-01-10T09:00:00.000Z', confirmedBy: ncbFrance.email },
        answer: { decision: 'accepted', at: '2026-12-22T09:00:00.000Z' },
      },
    }),
  ]);
  stores.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signIn = async (as: 'hr' | 'ncb'): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = watchPageProblems(page);
  await page.goto(`${stack.url}/admin${as === 'ncb' ? '?lang=fr' : ''}`);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(as === 'hr' ? hrOfficer.email : ncbFrance.email);
  await page.locator(`input[name="group"][value="${as}"]`).check();
  if (as === 'ncb') await page.locator('select[name="country"]').selectOption('FR');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: as === 'hr' ? hrOfficer.email : ncbFrance.email }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

describe('the Secondments tab', () => {
  it('HR records the secondment of an appointed officer from the accepted offer', async () => {
    const { page, problems } = await signIn('hr');
    await page.locator('#tab-secondments').click();
    await expect.poll(() => page.locator('#secondments-state').textContent(), { timeout: 15_000 }).toBe('No secondments to show.');
    await page.locator('#secondment-create-application').fill(APPLICATION);
    await page.locator('#secondment-create-save').click();

    await expect.poll(() => page.locator('#secondment-heading').textContent(), { timeout: 15_000 }).toBe('Secondment of Camille Martin');
    const details = (await page.locator('#secondment-details').textContent()) ?? '';
    expect(details).toContain('Cybercrime Directorate, Singapore (Asia/Singapore)');
    expect(details).toContain('March 1, 2027 to February 28, 2029');
    expect(await page.locator('#secondment-state').textContent()).toBe('Arriving');
    expect(await page.locator('#secondment-room').textContent()).toBe('48 months (at most 72 in all)');
    expect(describeViolations([await runAxe(page, 'HR’s secondment record')])).toBe('');

    await page.locator('#secondment-back').click();
    await expect.poll(() => page.locator('#secondments-rows tr').count()).toBe(1);
    expect(describeViolations([await runAxe(page, 'HR’s secondments list')])).toBe('');
    expect(problems).toEqual([]);
  }, 180_000);

  it('France’s NCB, in French, asks for an extension and records the home administration’s confirmation with its letter', async () => {
    const { page, problems } = await signIn('ncb');
    await page.locator('#tab-secondments').click();
    expect(await page.locator('#secondments-heading').textContent()).toBe('Détachements');
    const row = page.locator('#secondments-rows tr');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('td').nth(4).textContent()).toBe('Arrivée prochaine');
    expect(describeViolations([await runAxe(page, 'the NCB’s secondments, in French')])).toBe('');

    await row.getByRole('button', { name: 'Ouvrir le détachement de Camille Martin' }).click();
    await expect.poll(() => page.locator('#secondment-heading').textContent(), { timeout: 15_000 }).toBe('Détachement de Camille Martin');
    expect(await page.locator('#secondment-signed-terms-file').count()).toBe(0);

    // Beyond the limit first: the API's refusal, in French, with the months left.
    await page.locator('#secondment-ask-months').fill('49');
    await page.locator('#secondment-ask-reason').fill('Le projet se poursuit');
    await page.locator('#secondment-ask-send').click();
    await expect.poll(() => page.locator('#message-text').textContent(), { timeout: 15_000 }).toContain('au plus 48 mois');

    await page.locator('#secondment-ask-months').fill('12');
    await page.locator('#secondment-ask-send').click();
    await expect.poll(() => page.locator('.secondment-extension-state').first().textContent(), { timeout: 15_000 }).toContain('En attente de la confirmation de l’administration d’origine');
    expect(describeViolations([await runAxe(page, 'the NCB’s secondment record, in French')])).toBe('');

    const letter = page.locator('#secondment-extensions input[type="file"]');
    await letter.setInputFiles({ name: 'lettre-administration.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Confirmation de l’administration d’origine')) });
    await page.getByRole('button', { name: 'Enregistrer la confirmation' }).click();
    await expect.poll(() => page.locator('.secondment-extension-state').first().textContent(), { timeout: 15_000 }).toContain('En attente de l’approbation des RH');
    expect(await page.locator('#message-text').textContent()).toContain('La confirmation de l’administration d’origine est enregistrée');
    await page.screenshot({ path: screenshotPath('secondments-ncb-fr.png'), fullPage: true });
    expect(problems.filter((problem) => !problem.includes('422'))).toEqual([]);
  }, 180_000);

  it('HR approves the extension the NCB confirmed: the last day moves', async () => {
    const { page, problems } = await signIn('hr');
    await page.locator('#tab-secondments').click();
    const row = page.locator('#secondments-rows tr');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByRole('button', { name: 'Open the secondment of Camille Martin' }).click();
    await page.locator('#secondment-extensions').waitFor({ timeout: 15_000 });
    expect(describeViolations([await runAxe(page, 'HR’s record with an extension to approve')])).toBe('');

    await page.locator('#secondment-extensions button[id^="secondment-approve-"]').click();

    await expect.poll(() => page.locator('#message-text').textContent(), { timeout: 15_000 }).toBe('Extension approved: the last day is now February 28, 2030.');
    expect(await page.locator('.secondment-extension-state').first().textContent()).toContain('Approved');
    expect(await page.locator('#secondment-details').textContent()).toContain('March 1, 2027 to February 28, 2030');
    expect(await page.locator('#secondment-room').textContent()).toBe('36 months (at most 72 in all)');
    await expect.poll(() => page.locator('#secondment-history li').allTextContents()).toEqual([
      expect.stringMatching(/hr\.officer@secondment-hub\.local: created$/),
      expect.stringMatching(/ncb\.lyon@interpol\.fr\.example: extension asked$/),
      expect.stringMatching(/ncb\.lyon@interpol\.fr\.example: extension home confirmed$/),
      expect.stringMatching(/hr\.officer@secondment-hub\.local: extension approved$/),
    ]);
    await page.screenshot({ path: screenshotPath('secondments-hr.png'), fullPage: true });
    expect(describeViolations([await runAxe(page, 'HR’s record once extended')])).toBe('');
    expect(problems).toEqual([]);
  }, 180_000);
});
