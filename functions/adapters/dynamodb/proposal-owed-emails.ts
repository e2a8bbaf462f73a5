import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OwedProposalEmail } from '#shared/proposals/store.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

/**
 * One partition of the emails proposals' moves still owe, in the order of the moves
 * (docs/data-model.md, "Proposals"): written in the move's transaction, deleted once sent by the
 * move's request or the expiry job. Few at any time, none most of it.
 */
const OUTBOX = 'PROPOSAL_EMAILS_OWED';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A backstop: TTL removes an owed email a week after its move, when the job's daily runs have long given it every chance. */
const OWED_LIFETIME_MS = 7 * DAY_MS;

/** An owed email's key: also how the retention purge deletes one still owed by a proposal it removes. */
export const owedEmailKey = (owed: Pick<OwedProposalEmail, 'proposalId' | 'kind' | 'at'>) => ({ pk: OUTBOX, sk: `${owed.at}#${owed.proposalId}#${owed.kind}` });

export const owedEmailItem = (owed: OwedProposalEmail) => ({
  ...owedEmailKey(owed),
  entity: 'proposal-email-owed',
  ...owed,
  [tableDesign.timeToLiveAttribute]: Math.floor((Date.parse(owed.at) + OWED_LIFETIME_MS) / 1000),
});

const KINDS = new Set<OwedProposalEmail['kind']>(['matched', 'declined', 'lapsed']);

export const owedEmails = async (client: DynamoDBDocumentClient, tableName: string): Promise<OwedProposalEmail[]> =>
  (
    await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': OUTBOX },
      ConsistentRead: true,
    })
  )
    .filter((item) => KINDS.has(item.kind as OwedProposalEmail['kind']))
    .map((item) => ({
      proposalId: String(item.proposalId),
      kind: item.kind as OwedProposalEmail['kind'],
      at: String(item.at),
      ...(typeof item.statusToken === 'string' ? { statusToken: item.statusToken } : {}),
    }));

export const settleEmail = async (client: DynamoDBDocumentClient, tableName: string, owed: OwedProposalEmail): Promise<void> => {
  await client.send(new DeleteCommand({ TableName: tableName, Key: owedEmailKey(owed) }));
};
