import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { StaleVersion } from '#shared/applications/store.js';
import { PostsBelowHeld } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, seedApplications, staffClient } from '../../support/staff.js';

/**
 * An offer and a save that lowers the vacancy's posts, each judged on what it read before the
 * other was written: the window between read and write is injected by calling the stores with
 * the values read before (the real DynamoDB Local judges the writes).
 */
const clock = settableClock('2026-11-22T09:00:00.000Z');
const VACANCY = '1798';
let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const interviewed = (n: number): Application =>
  aminaApplication({
    id: idOf(n),
    vacancy: VACANCY,
    email: `race.${n}@police.example`,
    status: 'interviewed',
    documents: {
      cv: { key: `applications/${idOf(n)}/cv/1`, contentType: 'application/pdf', size: 1000, sha256: '0'.repeat(64), receivedAt: '2026-11-20T10:00:00.000Z', suppliedBy: 'candidate' },
      confirmationLetter: { key: `applications/${idOf(n)}/confirmationLetter/1`, contentType: 'application/pdf', size: 1000, sha256: '0'.repeat(64), receivedAt: '2026-11-20T10:00:00.000Z', suppliedBy: 'ncb' },
    },
    ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: 'ncb.sn@secondment-hub.local' },
  });

beforeAll(async () => {
  stack = await startTestStack(clock);
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const table = createDocumentClient(dynamo);
  await dynamoVacancyStore(table, stack.tableName).put(openVacancy({ number: VACANCY, posts: 2 }));
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [interviewed(1), interviewed(2), interviewed(3)]);
});
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

const stores = () => {
  const table = createDocumentClient(dynamo);
  return { applications: dynamoApplicationStore(table, stack.tableName), vacancies: dynamoVacancyStore(table, stack.tableName) };
};
const offer = (n: number, version: number) => ({
  id: idOf(n),
  version,
  changes: { status: 'offered' as const, updatedAt: clock.now().toISOString() },
  audit: { at: clock.now().toISOString(), by: hrOfficer.email, action: 'status-changed' as const, changes: { status: { from: 'interviewed', to: 'offered' } } },
});

describe('posts under an offer and a save of fewer posts at once (read-write window injected)', () => {
  it('refuses an offer judged on posts that a save lowered meanwhile, and then the offer is judged again on the posts as stored', async () => {
    const hr = await staffClient(stack, hrOfficer);
    expect((await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: 1, status: 'offered' })).status).toBe(200);
    const { number: _number, ...fields } = (await hr('GET', `/admin/vacancies/${VACANCY}`)).body;
    // HR lowers the posts to 1 (one is held: allowed) after another officer read 2.
    expect((await hr('PUT', `/admin/vacancies/${VACANCY}`, { ...fields, posts: 1 })).status).toBe(200);

    const { applications } = stores();
    const stale = offer(2, 1);
    await expect(applications.update(stale.id, stale.version, stale.changes, stale.audit, undefined, { posts: 2 })).rejects.toBeInstanceOf(StaleVersion);

    expect(await applications.vacancyTerms(VACANCY)).toMatchObject({ posts: 1, held: 1 });
    const judgedAgain = await hr('PATCH', `/admin/applications/${idOf(2)}`, { version: 1, status: 'offered' });
    expect(judgedAgain).toMatchObject({ status: 409, body: { posts: 1, held: 1 } });
  });

  it('refuses a save of fewer posts than an offer made since the save read the count', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const { number: _number, version, ...fields } = (await hr('GET', `/admin/vacancies/${VACANCY}`)).body;
    expect((await hr('PUT', `/admin/vacancies/${VACANCY}`, { ...fields, version, posts: 2 })).status).toBe(200);
    // The save below read one post held; an offer takes the second before it writes.
    expect((await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, status: 'offered' })).status).toBe(200);

    const { vacancies, applications } = stores();
    const stored = await vacancies.get(VACANCY);
    if (!stored) throw new Error('no vacancy');
    const { version: storedVersion, ...vacancy } = stored;
    const audit = { at: clock.now().toISOString(), by: hrOfficer.email, version: storedVersion + 1, action: 'edited' as const, changes: { posts: { from: 2, to: 1 } } };
    await expect(vacancies.update({ ...vacancy, posts: 1 }, storedVersion, audit, { postsCoverHeld: true })).rejects.toBeInstanceOf(PostsBelowHeld);

    expect(await applications.vacancyTerms(VACANCY)).toMatchObject({ posts: 2, held: 2 });
    const { number: _n, ...now } = (await hr('GET', `/admin/vacancies/${VACANCY}`)).body;
    expect(await hr('PUT', `/admin/vacancies/${VACANCY}`, { ...now, posts: 1 })).toMatchObject({ status: 409, body: { detail: expect.stringContaining('cannot have fewer than 2 posts') } });
  });
});
