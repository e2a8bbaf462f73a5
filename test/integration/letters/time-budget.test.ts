import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '#functions/adapters/dynamodb/email-claims.js';
import { dynamoLetterLedger } from '#functions/adapters/dynamodb/letter-ledger.js';
import { dynamoLetterSettings } from '#functions/adapters/dynamodb/letter-settings.js';
import { dynamoWrittenTestsOfVacancy } from '#functions/adapters/dynamodb/letter-written-tests.js';
import { dynamoNcbContacts } from '#functions/adapters/dynamodb/ncb-contacts.js';
import { dynamoRecommendations } from '#functions/adapters/dynamodb/selection-recommendations.js';
import { dynamoSuppressions } from '#functions/adapters/dynamodb/suppressions.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { sesEmailSender } from '#functions/adapters/ses/email-sender.js';
import type { MailItem } from '#infra/local/mailbox.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { LOCAL_SENDER } from '#infra/local/stack.js';
import type { CloseOutDependencies } from '#shared/letters/dependencies.js';
import { closeOut } from '#shared/letters/close-out.js';
import { sendDue } from '#shared/letters/send-letters.js';
import type { Clock } from '#shared/time/clock.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, seedApplications } from '../../support/staff.js';

/**
 * A letters run given a time budget (a route's 28 s, the job's) begins no letter once it is out,
 * so none is cut off half-way with its claim pending; it says how many it left, and the next run
 * sends them, once; and it begins them no faster than the stage's send rate. The run's clock is
 * injected: it moves a second each time the run asks it, or stands still while the run's pauses are noted.
 */
const clock = settableClock('2027-02-01T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: DynamoDBClient;
let ses: SESClient;
let deps: CloseOutDependencies;

const SHORTLISTED = '1811';
const CLOSING = '1812';
const PACED = '1813';
const now = new Date('2027-02-01T09:00:00.000Z');
const idOf = (vacancy: string, n: number) => `7c2e5d2f-${vacancy}-4000-8000-${String(n).padStart(12, '0')}`;
const complete = { documents: { cv: { key: 'k', contentType: 'application/pdf', size: 1, sha256: 'x', receivedAt: '2026-11-20T10:00:00.000Z' } } } as const;

/** A clock a second further on at each reading: the run's time runs out after `letters` letters begun. */
const ticking = (from: Date): Clock => {
  let readings = 0;
  return { now: () => new Date(from.getTime() + 1_000 * (readings += 1)) };
};
const budgetFor = (letters: number) => ({ clock: ticking(now), stopAt: new Date(now.getTime() + 1_000 * letters + 500) });

const mailbox = async (): Promise<MailItem[]> => ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: MailItem[] }).items;
const sentDuring = async <T>(act: () => Promise<T>): Promise<{ result: T; mail: MailItem[] }> => {
  const before = (await mailbox()).length;
  const result = await act();
  return { result, mail: (await mailbox()).slice(before) };
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  ses = new SESClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.ses });
  const documents = createDocumentClient(client);
  const table = stack.tableName;
  deps = {
    applications: dynamoApplicationStore(documents, table),
    vacancies: dynamoVacancyStore(documents, table),
    recommendations: dynamoRecommendations(documents, table),
    writtenTests: dynamoWrittenTestsOfVacancy(documents, table),
    settings: dynamoLetterSettings(documents, table),
    ledger: dynamoLetterLedger(documents, table),
    contacts: dynamoNcbContacts(documents, table),
    email: { claims: dynamoEmailClaims(documents, table), suppressions: dynamoSuppressions(documents, table), sender: sesEmailSender(ses, LOCAL_SENDER) },
    publicBaseUrl: stack.url,
  };
  const vacancies = dynamoVacancyStore(documents, table);
  for (const number of [SHORTLISTED, CLOSING, PACED]) await vacancies.put(openVacancy({ number, status: 'closed', deadline: '2026-12-13', publishedAt: '2026-11-01' }));
  await seedApplications(deps.applications, [
    ...Array.from({ length: 5 }, (_, n) => aminaApplication({ ...complete, id: idOf(SHORTLISTED, n), vacancy: SHORTLISTED, email: `budget${n}@police.example`, status: 'shortlisted', language: 'fr' })),
    ...Array.from({ length: 4 }, (_, n) => aminaApplication({ ...complete, id: idOf(CLOSING, n), vacancy: CLOSING, email: `closing${n}@police.example`, status: 'screening', language: 'es' })),
    ...Array.from({ length: 5 }, (_, n) => aminaApplication({ ...complete, id: idOf(PACED, n), vacancy: PACED, email: `paced${n}@police.example`, status: 'shortlisted', language: 'ar' })),
  ]);
}, 180_000);
afterAll(async () => {
  client?.destroy();
  ses?.destroy();
  await stack?.stop();
});

describe('a letters run out of time', () => {
  it('begins no letter after its budget, says how many it left, and the next run sends them, once', async () => {
    const vacancy = await deps.vacancies.get(SHORTLISTED);
    if (!vacancy) throw new Error('not seeded');
    const cut = await sentDuring(() => sendDue(deps, vacancy, ['shortlisted'], now, undefined, budgetFor(2)));
    const rest = await sentDuring(() => sendDue(deps, vacancy, ['shortlisted'], now));
    const again = await sentDuring(() => sendDue(deps, vacancy, ['shortlisted'], now));

    expect(cut.result.summary).toMatchObject({ due: 5, sent: 2, left: 3, failed: 0, sesCalls: 2 });
    expect(cut.mail).toHaveLength(2);
    expect(rest.result.summary).toMatchObject({ due: 3, sent: 3, left: 0 });
    expect(new Set([...cut.mail, ...rest.mail].map((mail) => mail.to[0])).size).toBe(5);
    expect(again.result.summary).toMatchObject({ due: 0, sent: 0 });
    expect(again.mail).toEqual([]);
  }, 60_000);

  it('a close-out out of time still ends everyone, and its second run sends the letters it left', async () => {
    const principal = { subject: 'hr', email: hrOfficer.email, groups: ['hr' as const] };
    const cut = await sentDuring(() => closeOut(deps, principal, CLOSING, now, budgetFor(1)));
    const rest = await sentDuring(() => closeOut(deps, principal, CLOSING, now));

    expect(cut.result).toMatchObject({ ended: 4, letters: { due: 4, sent: 1, left: 3 } });
    expect(rest.result).toMatchObject({ ended: 0, letters: { due: 3, sent: 3, left: 0 } });
    expect([...cut.mail, ...rest.mail].map((mail) => mail.to[0]).sort()).toEqual(['closing0@police.example', 'closing1@police.example', 'closing2@police.example', 'closing3@police.example']);
    for (let n = 0; n < 4; n += 1) expect((await deps.applications.get(idOf(CLOSING, n)))?.status).toBe('rejected');
  }, 60_000);

  it('begins letters no faster than the stage’s send rate: at 2 a second, 1.6 s of budget begins four, half a second apart', async () => {
    const vacancy = await deps.vacancies.get(PACED);
    if (!vacancy) throw new Error('not seeded');
    // The run's clock stands still; its pauses are noted (what a timer would wait): each letter's wait from the run's start is its slot.
    const waits: number[] = [];
    const paced = { clock: { now: () => now }, stopAt: new Date(now.getTime() + 1_600), ratePerSecond: 2, pause: async (ms: number) => void waits.push(ms) };
    const cut = await sentDuring(() => sendDue(deps, vacancy, ['shortlisted'], now, undefined, paced));
    const rest = await sentDuring(() => sendDue(deps, vacancy, ['shortlisted'], now));

    expect(cut.result.summary).toMatchObject({ due: 5, sent: 4, left: 1, failed: 0 });
    expect(waits.sort((a, b) => a - b)).toEqual([500, 1_000, 1_500]);
    expect(rest.result.summary).toMatchObject({ due: 1, sent: 1 });
    expect(new Set([...cut.mail, ...rest.mail].map((mail) => mail.to[0])).size).toBe(5);
  }, 60_000);
});
