import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OwedProposalEmail } from '#shared/proposals/store.js';
import type { ProposalPurgeStore } from '#shared/retention/proposals.js';
import { batchWriteAll } from './batch-write.js';
import { owedEmailKey } from './proposal-owed-emails.js';
import { proposalFromItem, proposalKey, proposalStatePartition } from './proposal-item.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

const { byStatus } = tableDesign.indexes;

/** The email a final proposal may still owe, by the move that closed or matched it (its outbox key). */
const owedBy = (item: Record<string, unknown>): Pick<OwedProposalEmail, 'proposalId' | 'kind' | 'at'> | undefined => {
  const proposal = proposalFromItem(item);
  if (proposal.match) return { proposalId: proposal.id, kind: 'matched', at: proposal.match.matchedAt };
  if (proposal.closed && (proposal.state === 'declined' || proposal.state === 'lapsed')) return { proposalId: proposal.id, kind: proposal.state, at: proposal.closed.at };
  return undefined;
};

/**
 * The retention purge's side of proposals (docs/data-model.md, pattern 41): the closed ones past
 * retention, and the deletion of everything a proposal left in the table.
 */
export const dynamoProposalPurge = (client: DynamoDBDocumentClient, tableName: string): ProposalPurgeStore => ({
  async closedBefore(state, before) {
    // The state's partition is sorted by lapsesAt, not by when the proposal closed (a decline comes
    // before its lapsesAt, a lapse after): the Query reads the partition and filters on closed.at.
    // It holds only the proposals closed within the retention period: the purge empties the rest.
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: byStatus.name,
      KeyConditionExpression: '#pk = :pk',
      FilterExpression: '#closed.#at < :before',
      ExpressionAttributeNames: { '#pk': byStatus.partitionKey, '#closed': 'closed', '#at': 'at' },
      ExpressionAttributeValues: { ':pk': proposalStatePartition(state), ':before': before },
    });
    return items.map(proposalFromItem);
  },

  async erase(id) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: proposalKey(id), ConsistentRead: true }));
    // Its email still owed (the outbox's TTL would drop it within a week anyway): it names the proposal.
    const owed = Item ? owedBy(Item) : undefined;
    if (owed) await client.send(new DeleteCommand({ TableName: tableName, Key: owedEmailKey(owed) }));
    // Its audit entries and email claims, everything in its partition but the item itself.
    const beside = (
      await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ProjectionExpression: 'pk, sk',
        ExpressionAttributeValues: { ':pk': proposalKey(id).pk },
        ConsistentRead: true,
      })
    ).filter((item) => item.sk !== proposalKey(id).sk);
    await batchWriteAll(
      client,
      tableName,
      beside.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })),
    );
    // Last: until it goes, the next run finds the proposal again. ALL_OLD says whether this run removed it.
    const { Attributes } = await client.send(new DeleteCommand({ TableName: tableName, Key: proposalKey(id), ReturnValues: 'ALL_OLD' }));
    const removed = Attributes !== undefined;
    return { items: beside.length + (removed ? 1 : 0), removed };
  },
});
