import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sha256Hex } from '#shared/applications/secrets.js';
import { comparableAddress } from '#shared/email/address.js';
import type { RosterExpert } from '#shared/expert-roster/expert.js';
import { ExpertEmailTaken, ExpertMoved, type ExpertAuditEntry, type ExpertRoster } from '#shared/expert-roster/store.js';
import { queryAll } from './query-all.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';

/*
 * A sending unit's roster of civilian experts (docs/data-model.md, pattern 59): one partition of a
 * few hundred records read in Query pages; each email's guard keyed by its SHA-256 (no second copy
 * of the address); each record's audit trail in a partition of its own, which outlives the record.
 */
const PARTITION = 'EXPERT_ROSTER';
const expertKey = (id: string) => ({ pk: PARTITION, sk: `EXPERT#${id}` });
const guardKey = async (email: string) => ({ pk: `EXPERT_EMAIL#${await sha256Hex(comparableAddress(email))}`, sk: 'EXPERT_EMAIL' });
const auditPartition = (id: string) => `EXPERT_AUDIT#${id}`;

const expertItem = (expert: RosterExpert) => ({ ...expertKey(expert.id), entity: 'roster-expert', ...expert });
const guardItem = async (expert: Pick<RosterExpert, 'id' | 'email'>) => ({ ...(await guardKey(expert.email)), entity: 'roster-expert-email', expertId: expert.id });
const auditItem = (id: string, version: number, entry: ExpertAuditEntry) => ({
  pk: auditPartition(id),
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'roster-expert-audit',
  ...entry,
});

const fromItem = (item: Record<string, unknown>): RosterExpert => {
  const { pk: _pk, sk: _sk, entity: _entity, ...expert } = item;
  // A record is always written with its invitations; a missing list reads as none.
  return { ...(expert as unknown as RosterExpert), invitations: Array.isArray(expert.invitations) ? (expert.invitations as RosterExpert['invitations']) : [] };
};

/** Which of a cancelled transaction's items failed their condition. */
const failed = (error: unknown): boolean[] | undefined =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((reason) => reason.Code === 'ConditionalCheckFailed') : undefined;

export const dynamoExpertRoster = (client: DynamoDBDocumentClient, tableName: string): ExpertRoster => {
  const transact = (items: Record<string, unknown>[]) => retryingTransactionConflicts(() => client.send(new TransactWriteCommand({ TransactItems: items as never })));
  const atVersion = (version: number) => ({ ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': version } });
  const audit = (id: string, version: number, entry: ExpertAuditEntry) => ({ Put: { TableName: tableName, Item: auditItem(id, version, entry), ConditionExpression: 'attribute_not_exists(pk)' } });

  return {
    async list() {
      // Pages of 1 MB each: a unit's roster is hundreds of records.
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :expert)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':expert': 'EXPERT#' },
      });
      return items.map(fromItem);
    },

    async get(id) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: expertKey(id), ConsistentRead: true }));
      return Item ? fromItem(Item) : undefined;
    },

    async create(expert, entry) {
      try {
        await transact([
          { Put: { TableName: tableName, Item: expertItem(expert), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tableName, Item: await guardItem(expert), ConditionExpression: 'attribute_not_exists(pk)' } },
          audit(expert.id, expert.version, entry),
        ]);
      } catch (error) {
        if (failed(error)?.[1]) throw new ExpertEmailTaken();
        throw error;
      }
    },

    async update(next, expectedVersion, previousEmail, entry) {
      const moves = comparableAddress(previousEmail) !== comparableAddress(next.email);
      try {
        await transact([
          { Put: { TableName: tableName, Item: expertItem(next), ...atVersion(expectedVersion) } },
          audit(next.id, next.version, entry),
          ...(moves
            ? [
                { Put: { TableName: tableName, Item: await guardItem(next), ConditionExpression: 'attribute_not_exists(pk)' } },
                { Delete: { TableName: tableName, Key: await guardKey(previousEmail) } },
              ]
            : []),
        ]);
      } catch (error) {
        const conditions = failed(error);
        if (conditions?.[0]) throw new ExpertMoved();
        if (conditions?.[2]) throw new ExpertEmailTaken();
        throw error;
      }
    },

    async remove(expert, entry) {
      try {
        await transact([
          { Delete: { TableName: tableName, Key: expertKey(expert.id), ...atVersion(expert.version) } },
          { Delete: { TableName: tableName, Key: await guardKey(expert.email) } },
          audit(expert.id, expert.version + 1, entry),
        ]);
      } catch (error) {
        if (failed(error)?.[0]) throw new ExpertMoved();
        throw error;
      }
    },

    async recordInvitation(expert, invitation, entry) {
      const next: RosterExpert = { ...expert, invitations: [...expert.invitations, invitation], version: expert.version + 1, updatedAt: invitation.at };
      try {
        await transact([{ Put: { TableName: tableName, Item: expertItem(next), ...atVersion(expert.version) } }, audit(expert.id, next.version, entry)]);
      } catch (error) {
        if (failed(error)?.[0]) throw new ExpertMoved();
        throw error;
      }
      return next;
    },

    async history(id) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': auditPartition(id), ':audit': 'AUDIT#' },
      });
      return items.map(({ pk: _pk, sk: _sk, entity: _entity, ...entry }) => entry as unknown as ExpertAuditEntry);
    },
  };
};
