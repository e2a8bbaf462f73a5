import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { runAxe } from '../support/axe.js';
import { launchChromium, watchPageProblems } from '../support/browser.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, seedApplications, staffClient, storeOf } from '../support/staff.js';

/**
 * Issue 16, point 3, in headless Chromium: an invited candidate opens their status page in French,
 * sees the open interview times in the slot's zone and their own (Dakar), is told to choose one
 * when they press the button without, books one, and sees it booked; the section passes axe.
 */
const clock = settableClock('2026-12-01T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

const VACANCY = '1777';
const ID = '5b1f4c1e-0000-4000-8000-000000000777';
const TOKEN = `status-token-of-amina-${'y'.repeat(30)}`;
const chair = 'chair.panel@secondment-hub.local';
const notice = {
  duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
  experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' as const }] },
  languages: [{ language: 'en', need: 'required' as const, wording: 'Excellent English', level: 'C1' as const }],
  abilities: [{ text: 'Sound judgement' }],
};

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(clock), launchChromium()]);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(
    openVacancy({ number: VACANCY, status: 'closed', deadline: '2026-11-15', publishedAt: '2026-10-01', notice }),
  );
  client.destroy();
  const stores = storeOf(stack);
  await seedApplications(stores.applications, [aminaApplication({ id: ID, vacancy: VACANCY, status: 'shortlisted', statusTokenHash: await sha256Hex(TOKEN), language: 'fr', timeZone: 'Africa/Dakar' })]);
  stores.close();
  const hr = await staffClient(stack, hrOfficer);
  const panel = await hr('PUT', `/admin/selection/panels/${VACANCY}`, { members: [chair], chair, criteria: [{ id: 'experience', weight: 1 }] });
  expect(panel.status, JSON.stringify(panel.body)).toBe(200);
  for (const startsAt of ['2027-01-12T09:00:00+01:00', '2027-01-12T10:00:00+01:00']) {
    const created = await hr('POST', `/admin/interviews/${VACANCY}/slots`, { startsAt, durationMinutes: 45, timeZone: 'Europe/Paris', place: 'Lyon, salle 3', panelMembers: [chair] });
    expect(created.status).toBe(201);
  }
  expect((await hr('POST', `/admin/interviews/${VACANCY}/invitations`, { applicationIds: [ID] })).status).toBe(200);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const openStatusPage = async (): Promise<{ page: Page; problems: string[] }> => {
  const page = await browser.context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(`${stack.url}/status?lang=fr#id=${ID}&token=${TOKEN}`);
  return { page, problems };
};

describe('an invited candidate books an interview from their status page, in French', () => {
  it('shows the open times in both zones, asks for a choice, books one and shows it booked; axe finds nothing', async () => {
    const { page, problems } = await openStatusPage();
    const section = page.getByRole('region', { name: 'Votre entretien' });
    await section.waitFor();
    const group = section.getByRole('group', { name: 'Horaires d’entretien ouverts' });
    const first = group.getByRole('radio').first();

    expect(await group.getByRole('radio').count()).toBe(2);
    expect(await group.locator('label').first().innerText()).toContain('12 janvier 2027, 09:00, heure de Europe/Paris (UTC+01:00)');
    expect(await group.locator('label').first().innerText()).toContain('12 janvier 2027, 08:00 à votre heure (Africa/Dakar, UTC+00:00)');
    const choosing = await runAxe(page, 'status page, interview times to choose');

    await section.getByRole('button', { name: 'Réserver cet horaire' }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toBe('Choisissez d’abord un horaire.');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('slotId');

    await first.check();
    await section.getByRole('button', { name: 'Réserver cet horaire' }).click();
    const booked = page.locator('#interview-booked');
    await booked.waitFor();

    expect(await booked.innerText()).toContain('Votre entretien est réservé');
    expect(await booked.innerText()).toContain('Lieu : Lyon, salle 3');
    expect(await page.locator('#interview-news').innerText()).toBe('Votre entretien est réservé. Une confirmation vous est envoyée par e-mail.');
    expect(await section.getByRole('group', { name: 'Choisir un autre horaire' }).getByRole('radio').count()).toBe(1);
    const bookedScene = await runAxe(page, 'status page, interview booked');
    expect([...choosing.violations, ...bookedScene.violations]).toEqual([]);
    expect(problems).toEqual([]);

    // Opened again, the page still says it is booked.
    const again = await openStatusPage();
    await again.page.locator('#interview-booked').waitFor();
    expect(await again.page.locator('#interview-booked').innerText()).toContain('09:00, heure de Europe/Paris');
  }, 120_000);
});
