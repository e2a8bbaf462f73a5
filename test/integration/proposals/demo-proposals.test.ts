import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoProposalStore } from '#functions/adapters/dynamodb/proposal-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { seedDemoProposals } from '#infra/local/seed/demo-proposals.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient, type StaffIdentity } from '../../support/staff.js';

/**
 * The demo data's two proposals (infra/local/seed/demo-proposals.ts), as `npm start` writes them.
 * The clock starts at the real time: s3rver judges a presigned GET's expiry by its own wall clock.
 */
const clock = settableClock(new Date(Math.floor(Date.now() / 1000) * 1000));
let stack: Awaited<ReturnType<typeof startTestStack>>;
const ncbSpain: StaffIdentity = { email: 'ncb.madrid@policia.es.example', groups: ['ncb'], country: 'ES' };

beforeAll(async () => {
  stack = await startTestStack(clock);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  expect(await seedDemoProposals({ proposals: dynamoProposalStore(createDocumentClient(client), stack.tableName), s3, bucket: stack.bucket, openDays: 30 }, clock.now())).toBe(2);
  client.destroy();
  s3.destroy();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the demo proposals', () => {
  it('show HR one open proposal (Spain) and one incomplete (Morocco), and Spain’s NCB its own only', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const spain = await staffClient(stack, ncbSpain);

    const all = (await hr('GET', '/admin/proposals')).body.proposals as Array<{ country: string; state: string; documents: Record<string, unknown> }>;
    const own = (await spain('GET', '/admin/proposals')).body.proposals as Array<{ country: string }>;

    expect(all.map(({ country, state }) => `${country} ${state}`).sort()).toEqual(['ES open', 'MA incomplete']);
    expect(Object.keys(all.find((one) => one.country === 'ES')?.documents ?? {}).sort()).toEqual(['confirmationLetter', 'cv']);
    expect(own.map((one) => one.country)).toEqual(['ES']);
  });

  it('lets HR match the open one to the demo’s short-term vacancy 1702, its documents already in the bucket', async () => {
    const hr = await staffClient(stack, hrOfficer);
    const [open] = ((await hr('GET', '/admin/proposals?state=open')).body.proposals as Array<{ id: string }>);

    const matched = await hr('POST', `/admin/proposals/${open?.id}/match`, { vacancyNumber: '1702' });
    const link = await hr('GET', `/admin/applications/${open?.id}/documents/cv`);

    expect(matched.status).toBe(201);
    expect(link.status).toBe(200);
    const file = await fetch(String(link.body.url));
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });
});
