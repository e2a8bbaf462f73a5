import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TestInvitation, WrittenTest } from '#shared/written-tests/test.js';
import { TestChanged, type WrittenTestStore } from '#shared/written-tests/store.js';
import { queryAll } from './query-all.js';

/**
 * A vacancy's written tests and invitations in one partition (docs/written-test.md, Data): its
 * tests and its invitations, each read with one Query. Every write is a conditional
 * Put on the revision read, so a correction, an answer and a move racing cannot both land.
 */
export const writtenTestPartition = (vacancy: string) => `WRITTEN-TESTS#${vacancy}`;
const testKey = (vacancy: string, id: string) => ({ pk: writtenTestPartition(vacancy), sk: `TEST#${id}` });
export const testInvitationKey = (vacancy: string, applicationId: string) => ({ pk: writtenTestPartition(vacancy), sk: `INVITATION#${applicationId}` });

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const testFrom = (item: Record<string, unknown>): WrittenTest => {
  const durationMinutes = number(item.durationMinutes);
  const platformLink = text(item.platformLink);
  const address = text(item.address);
  return {
    id: String(item.id),
    vacancy: String(item.vacancy),
    format: item.format === 'window' ? 'window' : 'sitting',
    startsAt: String(item.startsAt),
    endsAt: String(item.endsAt),
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    timeZone: String(item.timeZone),
    ...(platformLink ? { platformLink } : {}),
    ...(address ? { address } : {}),
    maxMark: Number(item.maxMark),
    passMark: Number(item.passMark),
    status: item.status === 'cancelled' ? 'cancelled' : 'scheduled',
    revision: Number(item.revision),
    sequence: Number(item.sequence ?? 0),
    updatedAt: String(item.updatedAt),
    updatedBy: String(item.updatedBy),
  };
};

const invitationFrom = (item: Record<string, unknown>): TestInvitation => {
  const answer = item.answer === 'confirmed' || item.answer === 'another-time' ? item.answer : undefined;
  const reason = text(item.reason);
  const answeredAt = text(item.answeredAt);
  return {
    vacancy: String(item.vacancy),
    applicationId: String(item.applicationId),
    testId: String(item.testId),
    invitedAt: String(item.invitedAt),
    invitedBy: String(item.invitedBy),
    ...(answer ? { answer } : {}),
    ...(reason ? { reason } : {}),
    ...(answeredAt ? { answeredAt } : {}),
    revision: Number(item.revision ?? 1),
  };
};

const conditional = async (write: () => Promise<unknown>) => {
  try {
    await write();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new TestChanged();
    throw error;
  }
};

export const dynamoWrittenTests = (client: DynamoDBDocumentClient, tableName: string): WrittenTestStore => {
  const query = async (vacancy: string, prefix: string) =>
    queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': writtenTestPartition(vacancy), ':prefix': prefix },
      ConsistentRead: true,
    });
  const get = async (Key: Record<string, string>) => (await client.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }))).Item;

  return {
    async tests(vacancy) {
      return (await query(vacancy, 'TEST#')).map(testFrom).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
    async test(vacancy, id) {
      const item = await get(testKey(vacancy, id));
      return item ? testFrom(item) : undefined;
    },
    async invitations(vacancy) {
      return (await query(vacancy, 'INVITATION#')).map(invitationFrom);
    },
    async invitation(vacancy, applicationId) {
      const item = await get(testInvitationKey(vacancy, applicationId));
      return item ? invitationFrom(item) : undefined;
    },
    async createTest(test) {
      await conditional(() =>
        client.send(new PutCommand({ TableName: tableName, Item: { ...testKey(test.vacancy, test.id), entity: 'written-test', ...test }, ConditionExpression: 'attribute_not_exists(pk)' })),
      );
    },
    async replaceTest(test, revision) {
      await conditional(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...testKey(test.vacancy, test.id), entity: 'written-test', ...test },
            ConditionExpression: 'revision = :revision',
            ExpressionAttributeValues: { ':revision': revision },
          }),
        ),
      );
    },
    async putInvitation(invitation, revision) {
      const condition =
        revision === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : // An invitation stored before revisions counted reads as revision 1.
            { ConditionExpression: 'revision = :revision OR (attribute_not_exists(revision) AND :revision = :one)', ExpressionAttributeValues: { ':revision': revision, ':one': 1 } };
      await conditional(() =>
        client.send(new PutCommand({ TableName: tableName, Item: { ...testInvitationKey(invitation.vacancy, invitation.applicationId), entity: 'written-test-invitation', ...invitation }, ...condition })),
      );
    },
  };
};
