/**
 * An offer in real headless Chromium against the local stack (issue 16, point 7): HR offers the
 * post from the staff page's Offers tab (the dialog's answer-by from the stage's default); the
 * candidate accepts on her status page in Spanish, the answer-by said in the duty station's time
 * and hers; her NCB, signed in in Spanish, uploads the home administration's letter in its "Offers
 * to confirm" tab and records the confirmation. Every scene passes axe.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { dateIn } from '#shared/time/zoned.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { pdfBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, storeOf, type StaffIdentity } from '../support/staff.js';

// The real clock: the page's sign-in judges its token by the browser's time.
const clock = settableClock(new Date());
const WIDE = { width: 1440, height: 900 };
const VACANCY = '1891';
const LUCIA = '0ffe1891-0000-4000-8000-000000000001';
const TOKEN = `status-token-of-lucia-${'o'.repeat(30)}`;

const received = (kind: string): ReceivedDocument => ({
  key: `applications/${LUCIA}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(
    openVacancy({ number: VACANCY, status: 'closed', deadline: dateIn(new Date(Date.now() - 20 * 86_400_000), 'UTC'), publishedAt: '2026-10-01', posts: 1 }),
  );
  client.destroy();
  const stores = storeOf(stack);
  const lucia: Partial<Application> = {
    id: LUCIA,
    vacancy: VACANCY,
    status: 'interviewed',
    givenName: 'Lucía',
    familyName: 'Romero',
    email: 'lucia.romero@police.example',
    nationality: 'FR',
    statusTokenHash: await sha256Hex(TOKEN),
    language: 'es',
    timeZone: 'America/Bogota',
    documents: { cv: received('cv'), confirmationLetter: received('confirmationLetter') },
    ncbValidation: validation,
  };
  await seedApplications(stores.applications, [aminaApplication(lucia)]);
  stores.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Script errors and CSP violations; none is expected here. */
const watch = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (entry) => {
    if (entry.type() === 'error') problems.push(`console: ${entry.text()}`);
  });
  return problems;
};

/** A fresh tab signed in through the local hosted sign-in, as a person picks a role (and an NCB its country) there. */
const signedIn = async (identity: StaffIdentity, url = `${stack.url}/admin`): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  await page.setViewportSize(WIDE);
  const problems = watch(page);
  await page.goto(url);
  await page.waitForURL(/\/_local\/auth\/oauth2\/authorize/, { timeout: 15_000 });
  await page.getByLabel('Email').fill(identity.email);
  await page.locator(`input[name="group"][value="${identity.groups[0] ?? ''}"]`).check();
  if (identity.country) await page.locator('select[name="country"]').selectOption(identity.country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#who-email', { hasText: identity.email }).waitFor({ timeout: 15_000 });
  return { page, problems };
};

describe('an offer, made, accepted in Spanish and confirmed through the NCB (issue 16, point 7)', () => {
  it('HR offers the post from the Offers tab', async () => {
    const { page, problems } = await signedIn(hrOfficer);
    // The tab's first vacancy's offers answer late (a delay injected), after HR chose this one: they must not overwrite its.
    const offersOfAnother = (url: string | URL) => /\/admin\/offers\/[^/?]+$/.test(new URL(url).pathname) && !new URL(url).pathname.endsWith(`/${VACANCY}`);
    await page.route(offersOfAnother, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const late = page.waitForResponse((response) => offersOfAnother(response.url()));
    await page.locator('#tab-offers').click();
    await page.locator('#offers-vacancy').selectOption(VACANCY);
    await page.locator('#offers-summary', { hasText: '0 of 1 posts held' }).waitFor({ timeout: 15_000 });
    await late;
    await page.waitForTimeout(200);
    expect(await page.locator('#offers-summary').textContent()).toContain('0 of 1 posts held');

    await page.getByRole('button', { name: 'Offer the post to Lucía Romero' }).click();
    await page.locator('#offer-dialog[open]').waitFor();
    expect(await page.locator('#offer-answerBy').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(describeViolations([await runAxe(page, 'HR’s offer dialog')])).toBe('');
    await page.locator('#offer-save').click();

    await page.locator('#message-text', { hasText: 'The post is offered to Lucía Romero' }).waitFor({ timeout: 15_000 });
    await page.locator('#offers-summary', { hasText: '1 of 1 posts held' }).waitFor();
    expect(await page.locator('#offers-table tbody').textContent()).toContain('Awaiting the answer');
    expect(describeViolations([await runAxe(page, 'HR’s Offers tab, one offer')])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('the candidate accepts on her status page in Spanish, the answer-by in the duty station’s time and hers', async () => {
    const page = await browser.context.newPage();
    const problems = watch(page);
    await page.goto(`${stack.url}/status?lang=es#id=${LUCIA}&token=${TOKEN}`);
    await page.locator('#offer-heading', { hasText: 'Su oferta' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#offer-answer-by').textContent()).toContain('Europe/Paris');
    expect(await page.locator('.offer-your-time').textContent()).toContain('America/Bogota');
    expect(describeViolations([await runAxe(page, 'the offer on the status page, in Spanish')])).toBe('');

    await page.getByLabel('Acepto la oferta').check();
    await page.getByRole('button', { name: 'Enviar mi respuesta' }).click();

    await page.locator('#offer-answered', { hasText: 'Aceptó la oferta' }).waitFor({ timeout: 15_000 });
    expect(describeViolations([await runAxe(page, 'the offer accepted, in Spanish')])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('her NCB records the home administration’s confirmation with its letter, in Spanish', async () => {
    const { page, problems } = await signedIn(ncbFrance, `${stack.url}/admin?lang=es`);
    await page.locator('#tab-ncb-offers', { hasText: 'Ofertas por confirmar' }).click();
    const row = page.locator('#ncb-offers-rows tr', { hasText: 'Lucía Romero' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('Aceptada');
    expect(describeViolations([await runAxe(page, 'the NCB’s offers to confirm, in Spanish')])).toBe('');

    await page.setInputFiles(`#ncb-offer-file-${LUCIA}`, { name: 'confirmacion.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('Policía Nacional')) });
    await row.getByRole('button', { name: 'Registrar la confirmación' }).click();

    await page.locator('#message-text', { hasText: 'ha quedado registrada' }).waitFor({ timeout: 15_000 });
    await page.locator('#ncb-offers-state', { hasText: 'Ninguna oferta' }).waitFor();
    const stores = storeOf(stack);
    const stored = await stores.applications.get(LUCIA);
    stores.close();
    expect(stored?.offer).toMatchObject({ answer: { decision: 'accepted' }, homeConfirmation: { confirmedBy: ncbFrance.email, letter: { contentType: 'application/pdf' } } });
    expect(describeViolations([await runAxe(page, 'the NCB’s offers, none left')])).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
