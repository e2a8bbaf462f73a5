import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * A booking's confirmation that could not go (issue 16, point 3): SES is down when the candidate
 * books and when HR assigns (the emulator is stopped: a real outage, no mock), the bookings stand,
 * and the hourly interview-reminders job sends each confirmation once SES is back, exactly once
 * however often it runs; a confirmation that went at booking is never sent again.
 */
const clock = settableClock('2026-12-01T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;

const VACANCY = '1791';
const chair = 'chair.panel@secondment-hub.local';
const idOf = (n: number) => `6c2f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tokenOf = (n: number) => `status-token-of-candidate-${n}-${'y'.repeat(20)}`;
const candidate = async (n: number, language: Application['language']): Promise<Application> =>
  aminaApplication({ id: idOf(n), vacancy: VACANCY, email: `owed${n}@police.example`, givenName: `Owed${n}`, status: 'shortlisted', statusTokenHash: await sha256Hex(tokenOf(n)), language });

const book = async (n: number, slotId: string) => {
  const response = await fetch(`${stack.url}/applications/${idOf(n)}/interview`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${tokenOf(n)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ slotId }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async (act: () => Promise<unknown>): Promise<MailItem[]> => {
  const before = (await mailbox()).length;
  await act();
  return (await mailbox()).slice(before);
};
const runJob = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/interview-reminders?now=${now}`, { method: 'POST' });
  return { status: response.status, summary: ((await response.json()) as { summary?: Record<string, number> }).summary ?? {} };
};

const slotIds: string[] = [];
// The panel marks experience, which the notice states.
const notice = {
  duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
  experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' as const }] },
  languages: [{ language: 'en', need: 'required' as const, wording: 'Excellent English', level: 'C1' as const }],
  abilities: [{ text: 'Sound judgement' }],
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  hr = await staffClient(stack, hrOfficer);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await dynamoVacancyStore(createDocumentClient(client), stack.tableName).put(openVacancy({ number: VACANCY, status: 'closed', deadline: '2026-11-15', publishedAt: '2026-10-01', notice }));
  client.destroy();
  await seedApplications(stores.applications, [await candidate(1, 'es'), await candidate(2, 'en'), await candidate(3, 'ar')]);
  expect((await hr('PUT', `/admin/selection/panels/${VACANCY}`, { members: [chair], chair, criteria: [{ id: 'experience', weight: 1 }] })).status).toBe(200);
  for (const hour of ['09', '10', '11']) {
    const created = await hr('POST', `/admin/interviews/${VACANCY}/slots`, { startsAt: `2027-01-20T${hour}:00:00+01:00`, durationMinutes: 45, timeZone: 'Europe/Madrid', videoLink: 'https://meet.example/interview', panelMembers: [chair] });
    expect(created.status).toBe(201);
    slotIds.push((created.body.slot as { id: string }).id);
  }
  expect((await hr('POST', `/admin/interviews/${VACANCY}/invitations`, { applicationIds: [idOf(1), idOf(2), idOf(3)] })).status).toBe(200);
}, 180_000);
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('a booking confirmation through an SES outage (fault injected: the SES emulator stopped)', () => {
  it('keeps the bookings, and the job sends each owed confirmation once SES is back, never twice', async () => {
    // Candidate 2 books while SES is up: their confirmation goes at once and is never owed.
    const sentAtOnce = await sentDuring(async () => expect((await book(2, slotIds[1] ?? '')).body.email).toBe('sent'));
    await stack.emulators.ses.stop();
    let byCandidate: Awaited<ReturnType<typeof book>> | undefined;
    let byHr: Awaited<ReturnType<Client>> | undefined;
    let whileDown: Awaited<ReturnType<typeof runJob>> | undefined;
    try {
      byCandidate = await book(1, slotIds[0] ?? '');
      byHr = await hr('PUT', `/admin/interviews/${VACANCY}/invitations/${idOf(3)}`, { slotId: slotIds[2] });
      whileDown = await runJob('2026-12-01T10:05:00.000Z');
    } finally {
      await stack.emulators.ses.start();
    }
    let first: Awaited<ReturnType<typeof runJob>> | undefined;
    const sent = await sentDuring(async () => (first = await runJob('2026-12-01T11:05:00.000Z')));
    let second: Awaited<ReturnType<typeof runJob>> | undefined;
    const resent = await sentDuring(async () => (second = await runJob('2026-12-01T12:05:00.000Z')));

    expect(sentAtOnce.map((mail) => mail.subject)).toEqual([`Your interview for vacancy ${VACANCY} is booked`]);
    expect(byCandidate).toMatchObject({ status: 200, body: { email: 'failed', booked: { id: slotIds[0] } } });
    expect(byHr).toMatchObject({ status: 200, body: { email: 'failed' } });
    // The run that could not send fails, so that Lambda retries it (a dependency away: 503).
    expect(whileDown?.status).toBe(503);
    expect(first).toMatchObject({ status: 200, summary: { confirmationsOwed: 2, confirmationsSent: 2, confirmationsFailed: 0, failed: 0 } });
    expect(sent.map((mail) => mail.to[0]).sort()).toEqual(['owed1@police.example', 'owed3@police.example']);
    const spanish = sent.find((mail) => mail.to[0] === 'owed1@police.example');
    expect(spanish?.subject).toBe(`Su entrevista para la vacante ${VACANCY} está reservada`);
    expect(spanish?.attachments?.map((attachment) => attachment.filename)).toEqual(['interview.ics']);
    expect(second).toMatchObject({ status: 200, summary: { confirmationsOwed: 0, confirmationsSent: 0 } });
    expect(resent).toEqual([]);
    const stored = (await hr('GET', `/admin/interviews/${VACANCY}`)).body as { slots: Array<{ id: string; bookedBy?: string }> };
    expect(stored.slots.map((slot) => slot.bookedBy)).toEqual([idOf(1), idOf(2), idOf(3)]);
  }, 180_000);
});
