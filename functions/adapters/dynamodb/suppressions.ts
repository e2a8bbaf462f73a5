import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sha256Hex } from '#shared/applications/secrets.js';
import { comparableAddress } from '#shared/email/address.js';
import type { Suppressions } from '#shared/email/send-once.js';

/** Keyed by the address's SHA-256: the list needs no second copy of anyone's email (the circular's bounces read it by the same key). */
export const suppressionKey = async (address: string) => ({ pk: `SUPPRESSED#${await sha256Hex(comparableAddress(address))}`, sk: 'SUPPRESSED' });

/** Addresses SES reported as bounced or complaining (docs/data-model.md). */
export const dynamoSuppressions = (client: DynamoDBDocumentClient, tableName: string): Suppressions => ({
  async isSuppressed(address) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: await suppressionKey(address) }));
    return Item !== undefined;
  },

  async suppress(address, reason, at) {
    await client.send(new PutCommand({ TableName: tableName, Item: { ...(await suppressionKey(address)), entity: 'suppression', reason, at: at.toISOString() } }));
  },
});
