import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaApplication, aminaSubmission } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { storeOf } from '../../support/staff.js';

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let db: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  stack = await startTestStack(clock);
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  db = createDocumentClient(dynamo);
});
afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

const submit = async (body: unknown) => {
  const response = await fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { applicationId: string; statusToken: string } };
};
const mailTo = async (address: string) =>
  ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Array<{ to: string[]; subject: string; text: string }> }).items.filter((item) =>
    item.to.includes(address),
  );
const owedReceipts = async () =>
  (await db.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'RECEIPTS_OWED' } }))).Items ?? [];
const runJob = async (at: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/pending-receipts?now=${at}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, number> }).summary;
};

describe('receipts owed through the outbox', () => {
  it('sends the receipt at submit, confirms its claim and leaves nothing owed', async () => {
    const email = 'receipt.now@police.example';
    const answer = await submit(aminaSubmission({ email }));

    expect(answer.status).toBe(201);
    const mail = await mailTo(email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain(`/status#id=${answer.body.applicationId}&token=${answer.body.statusToken}`);
    expect(await owedReceipts()).toEqual([]);
    const { Item: claim } = await db.send(
      new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICATION#${answer.body.applicationId}`, sk: 'CLAIM#receipt#2026-11-22' } }),
    );
    expect(claim?.state).toBe('sent');
    expect(await runJob('2026-11-22T10:00:00Z')).toMatchObject({ owed: 0, sent: 0 });
  });

  it('sends, once, a receipt that a submit wrote but never sent (its container died before claiming it)', async () => {
    const { applications, close } = storeOf(stack);
    const email = 'receipt.later@police.example';
    const statusToken = 'owed-token-0123456789abcdef';
    const application = aminaApplication({
      id: 'owed-receipt-0001',
      email,
      submittedAt: '2026-11-22T09:30:00.000Z',
      updatedAt: '2026-11-22T09:30:00.000Z',
      statusTokenHash: await sha256Hex(statusToken),
    });
    await applications.create(application, { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: {} }, {
      receipt: { applicationId: application.id, submittedAt: application.submittedAt, statusToken },
    });
    close();
    expect(await owedReceipts()).toHaveLength(1);

    // A minute on, the submit might still be sending it: not yet.
    expect(await runJob('2026-11-22T09:31:00Z')).toMatchObject({ owed: 0, sent: 0 });
    expect(await mailTo(email)).toHaveLength(0);

    expect(await runJob('2026-11-22T09:45:00Z')).toEqual({ owed: 1, sent: 1, alreadySent: 0, suppressed: 0, notDue: 0, givenUp: 0, failed: 0 });
    expect(await runJob('2026-11-22T10:00:00Z')).toMatchObject({ owed: 0, sent: 0 });
    const mail = await mailTo(email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain('vacancy 1701');
    expect(mail[0]?.text).toContain(`/status#id=${application.id}&token=${statusToken}`);
    expect(await owedReceipts()).toEqual([]);
  });
});
