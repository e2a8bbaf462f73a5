import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import type { ManagedVacancyStore } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications, storeOf } from '../../support/staff.js';
import { secondmentFixture } from '../../support/secondment-fixture.js';

interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

let stack: Awaited<ReturnType<typeof startTestStack>>;
let applications: ReturnType<typeof storeOf>;
let vacancies: ManagedVacancyStore;
let vacancyClient: DynamoDBClient;

// The stack's demo vacancies are counted from 1 December 2026: 1701 to 1704 are open (1701, Lyon, closes on
// 22 December), 1705 is a draft; each test adds what its case is about.
beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-12-01T06:00:00Z'));
  applications = storeOf(stack);
  vacancyClient = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  vacancies = dynamoVacancyStore(createDocumentClient(vacancyClient), stack.tableName);
});
afterAll(async () => {
  applications?.close();
  vacancyClient?.destroy();
  await stack?.stop();
});

const runDigest = async (now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/hr-digest?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, unknown> }).summary;
};

const digests = async (): Promise<Mail[]> => {
  const { items } = (await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Mail[] };
  return items.filter((mail) => mail.subject.startsWith('HR digest'));
};

/** One vacancy's block of the text part: from its heading to the next blank line. */
const blockOf = (text: string, heading: string): string => {
  const start = text.indexOf(heading);
  expect(start, `no "${heading}" in the digest`).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('\n\n', start));
};

const received = (at: string) => ({ key: 'k', contentType: 'application/pdf' as const, size: 10, sha256: 'x', receivedAt: at });
const complete = (at: string): Partial<Application> => ({
  documents: { cv: received(at), confirmationLetter: received(at) },
  ncbValidation: { decision: 'validated', screeningAttested: true, at, by: 'ncb@example.org' },
});

const applicant = (n: number, vacancy: string, submittedAt: string, overrides: Partial<Application> = {}) =>
  aminaApplication({
    id: `01JHRDIGEST${String(n).padStart(4, '0')}`,
    vacancy,
    email: `candidate${n}@police.example`,
    familyName: `Candidate${n}`,
    submittedAt,
    updatedAt: submittedAt,
    ...overrides,
  });

// The steps build on each other as the days pass: one watermark, one mailbox.
describe('hr-digest through /_local/jobs', () => {
  it('sends HR one digest: per open vacancy the applications so far, counts by status and the incomplete ones', async () => {
    await vacancies.put(openVacancy({ number: '1790', title: 'Cybercrime Analyst', publishedAt: '2026-11-20', deadline: '2026-12-04' }));
    await seedApplications(applications.applications, [
      applicant(1, '1701', '2026-11-30T09:00:00.000Z'),
      applicant(2, '1701', '2026-11-30T10:00:00.000Z', { status: 'screening', ...complete('2026-11-30T11:00:00.000Z') }),
      applicant(3, '1701', '2026-11-30T12:00:00.000Z', { status: 'withdrawn' }),
      applicant(4, '1790', '2026-12-01T08:00:00.000Z', { givenName: 'Seán', familyName: `O'Brien <script>alert(1)</script>` }),
    ]);

    const summary = await runDigest('2026-12-02T07:00:00Z');

    expect(summary).toMatchObject({ outcome: 'sent', day: '2026-12-02', newApplications: 4, closedVacancies: 0, watermark: 'advanced' });
    const [digest, ...others] = await digests();
    expect(others).toHaveLength(0);
    expect(digest?.to).toEqual(['hr@secondment-hub.local']);
    expect(digest?.subject).toBe('HR digest, Wednesday, 2 December 2026: 4 new applications, 5 open vacancies');
    const lyon = blockOf(digest?.text ?? '', '1701 · Criminal Intelligence Officer (Lyon)');
    expect(lyon).toContain('Applications: 3 applications (submitted 1, screening 1, withdrawn 1); incomplete: 1');
    expect(lyon).toContain('New so far (this is the first digest): 3');
    expect(lyon).toContain('- Amina Candidate1 (SN), 30 November 2026, 09:00 UTC, submitted; missing: CV, confirmation letter and NCB validation');
    expect(lyon).toContain('- Amina Candidate2 (SN), 30 November 2026, 10:00 UTC, screening; complete');
    expect(lyon).toContain(`Open 1701 in the grid: ${stack.url}/admin#vacancy=1701`);
    expect(blockOf(digest?.text ?? '', '1702 · ')).toContain('Applications: 0 applications; incomplete: 0');
    expect(digest?.html).toContain(`href="${stack.url}/admin#vacancy=1701"`);
  });

  it('flags the deadlines within 7 days, with how many applications are still incomplete', async () => {
    const [digest] = await digests();

    expect(digest?.text).toContain('Deadlines within 7 days:\n- 1790 · Cybercrime Analyst: closes in 2 days, 1 incomplete\n\n');
    expect(blockOf(digest?.text ?? '', '1790 · Cybercrime Analyst (Lyon)')).toContain('Deadline: 4 December 2026, 23:59 Lyon time (Europe/Paris, UTC+01:00), closes in 2 days');
  });

  it('escapes a candidate-supplied name in the HTML part and keeps it as written in the text part', async () => {
    const [digest] = await digests();

    expect(digest?.html).toContain('Seán O&#39;Brien &lt;script&gt;alert(1)&lt;/script&gt; (SN)');
    expect(digest?.html).not.toContain('<script>');
    expect(digest?.text).toContain(`Seán O'Brien <script>alert(1)</script> (SN)`);
  });

  it('sends nothing on a second run the same day', async () => {
    const summary = await runDigest('2026-12-02T07:30:00Z');

    expect(summary).toMatchObject({ outcome: 'already-sent', watermark: 'kept' });
    expect(await digests()).toHaveLength(1);
  });

  it('lists the next day only the applications submitted after the last digest', async () => {
    await seedApplications(applications.applications, [
      applicant(5, '1701', '2026-12-02T07:00:00.001Z'),
      applicant(6, '1701', '2026-12-03T06:59:59.999Z', complete('2026-12-03T06:59:59.999Z')),
    ]);

    const summary = await runDigest('2026-12-03T07:00:00Z');

    expect(summary).toMatchObject({ outcome: 'sent', day: '2026-12-03', newApplications: 2, watermark: 'advanced' });
    const latest = (await digests()).at(-1);
    expect(latest?.subject).toBe('HR digest, Thursday, 3 December 2026: 2 new applications, 5 open vacancies');
    const lyon = blockOf(latest?.text ?? '', '1701 · Criminal Intelligence Officer (Lyon)');
    expect(lyon).toContain('New since the last digest (2 December 2026, 07:00 UTC): 2');
    expect(lyon).toContain('Amina Candidate5');
    expect(lyon).toContain('Amina Candidate6');
    expect(lyon).not.toContain('Amina Candidate1');
    expect(lyon).toContain('Applications: 5 applications (submitted 3, screening 1, withdrawn 1); incomplete: 2');
    expect(blockOf(latest?.text ?? '', '1790 · Cybercrime Analyst (Lyon)')).toContain('since the last digest (2 December 2026, 07:00 UTC): 0');
  });

  it('reports, after a missed day, the vacancy that closed since the last digest with its final counts', async () => {
    await seedApplications(applications.applications, [applicant(7, '1790', '2026-12-04T21:00:00.000Z', complete('2026-12-04T21:00:00.000Z'))]);

    // No digest on 4 December; 1790's deadline day ended in Lyon at 23:00 UTC that day.
    const summary = await runDigest('2026-12-05T07:00:00Z');

    expect(summary).toMatchObject({ outcome: 'sent', openVacancies: 4, closedVacancies: 1, newApplications: 0 });
    const latest = (await digests()).at(-1);
    expect(latest?.subject).toBe('HR digest, Saturday, 5 December 2026: 0 new applications, 4 open vacancies, 1 closed');
    const [, closedPart = ''] = (latest?.text ?? '').split('CLOSED SINCE THE LAST DIGEST');
    expect(blockOf(closedPart, '1790 · Cybercrime Analyst (Lyon): closed')).toContain('Final counts: 2 applications (submitted 2); incomplete: 1');
    expect(latest?.text.split('CLOSED SINCE THE LAST DIGEST')[0]).not.toContain('1790 ·');
  });

  it('does not report a closed vacancy again the day after', async () => {
    await runDigest('2026-12-06T07:00:00Z');

    const latest = (await digests()).at(-1);
    expect(latest?.subject).toBe('HR digest, Sunday, 6 December 2026: 0 new applications, 4 open vacancies');
    expect(latest?.text).not.toContain('1790');
  });

  it('lists the secondments ending within the notices’ window and the extensions waiting for the home administration’s letter', async () => {
    const store = dynamoSecondmentStore(createDocumentClient(vacancyClient), stack.tableName);
    const secondment = (id: string, givenName: string, lastDay: string, overrides: Partial<Secondment> = {}): Secondment =>
      secondmentFixture(id, {
        vacancy: '1701',
        officer: { givenName, familyName: 'Ortega', email: `${id}@policia.es.example`, language: 'es' },
        firstDay: '2025-09-01',
        lastDay,
        createdAt: '2025-06-01T10:00:00.000Z',
        updatedAt: '2025-06-01T10:00:00.000Z',
        ...overrides,
      });
    const asked = { id: 'ext-1', months: 12, fromLastDay: '2028-08-31', toLastDay: '2029-08-31', requestedBy: { email: 'ncb.es@secondment-hub.local', as: 'ncb' as const }, requestedAt: '2026-12-01T10:00:00.000Z', state: 'awaiting-home-confirmation' as const };
    for (const one of [
      secondment('digest-soon', 'Soon', '2027-08-31'),
      secondment('digest-later', 'Later', '2027-12-31'),
      secondment('digest-asking', 'Asking', '2028-08-31', { extensions: [asked] }),
    ])
      await store.create(one, { at: one.createdAt, by: 'hr@secondment-hub.local', action: 'created', changes: {} });

    const summary = await runDigest('2026-12-07T07:00:00Z');

    expect(summary).toMatchObject({ outcome: 'sent', endingSecondments: 1, waitingExtensions: 1 });
    const text = (await digests()).at(-1)?.text ?? '';
    expect(text).toContain('SECONDMENTS ENDING WITHIN 9 MONTHS\n\n- Soon Ortega (ES), Cybercrime Directorate, Lyon: last day 31 August 2027; 48 months left under the rules\n\n');
    expect(text).not.toContain('Later Ortega');
    expect(text).toContain('- Asking Ortega, Cybercrime Directorate: 12 months asked on 1 December 2026; waiting for the home administration’s letter through the NCB');
  });
});
