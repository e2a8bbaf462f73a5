import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { IdempotencyKeyTaken } from '#shared/applications/store.js';
import { StaleProposal, type ProposalStore } from '#shared/proposals/store.js';
import { dynamoApplicationReads } from './application-reads.js';
import { writeMatch } from './proposal-match.js';
import { owedEmailItem, owedEmails, settleEmail } from './proposal-owed-emails.js';
import { idempotencyPut } from './idempotency-put.js';
import { proposalAuditFromItem, proposalAuditItem, proposalCountryPartition, proposalFromItem, proposalItem, proposalKey, proposalStatePartition } from './proposal-item.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { conditionFailedAt, putAtVersion } from './versioned-put.js';

const { byStatus, byCountry } = tableDesign.indexes;

/**
 * Proposals in the one table (docs/data-model.md, "Proposals"): GetItem by id, a Query of a
 * state's partition (HR's list, the expiry job's due ones) or of a country's (the NCB's list),
 * each write one transaction with its audit entry.
 */
export const dynamoProposalStore = (client: DynamoDBDocumentClient, tableName: string): ProposalStore => {
  // The applications' records: one key space for every creating POST's Idempotency-Key.
  const idempotency = dynamoApplicationReads(client, tableName);
  return {
    async get(id) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: proposalKey(id), ConsistentRead: true }));
      return Item ? proposalFromItem(Item) : undefined;
    },

    async history(id) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': `PROPOSAL#${id}`, ':audit': 'AUDIT#' },
      });
      return items.map(proposalAuditFromItem);
    },

    async listByState(state, lapsingBefore) {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byStatus.name,
        KeyConditionExpression: lapsingBefore === undefined ? '#pk = :pk' : '#pk = :pk AND #sk < :before',
        ExpressionAttributeNames: { '#pk': byStatus.partitionKey, ...(lapsingBefore === undefined ? {} : { '#sk': byStatus.sortKey }) },
        ExpressionAttributeValues: { ':pk': proposalStatePartition(state), ...(lapsingBefore === undefined ? {} : { ':before': lapsingBefore }) },
      });
      return items.map(proposalFromItem);
    },

    async listByCountry(country) {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byCountry.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': byCountry.partitionKey },
        ExpressionAttributeValues: { ':pk': proposalCountryPartition(country) },
        ScanIndexForward: false,
      });
      return items.map(proposalFromItem);
    },

    async create(proposal, audit, idempotency) {
      const items = [
        { Put: { TableName: tableName, Item: proposalItem(proposal), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: tableName, Item: proposalAuditItem(proposal.id, proposal.version, audit), ConditionExpression: 'attribute_not_exists(pk)' } },
        ...(idempotency ? [idempotencyPut(tableName, idempotency)] : []),
      ];
      try {
        const transaction = new TransactWriteCommand({ TransactItems: items });
        await retryingTransactionConflicts(() => client.send(transaction));
      } catch (error) {
        if (idempotency && conditionFailedAt(error, 2)) throw new IdempotencyKeyTaken();
        throw error;
      }
    },

    async update(next, expectedVersion, audit, owed) {
      await putAtVersion(client, tableName, { item: proposalItem(next), expectedVersion, audit: proposalAuditItem(next.id, next.version, audit), alongside: owed ? [owedEmailItem(owed)] : [], stale: () => new StaleProposal() });
    },

    match: (write) => writeMatch(client, tableName, write),

    findIdempotencyRecord: (keyHash) => idempotency.findIdempotencyRecord(keyHash),

    owedEmails: () => owedEmails(client, tableName),

    settleEmail: (owed) => settleEmail(client, tableName, owed),
  };
};
