import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { Suppressions } from '#shared/email/send-once.js';

/** Keyed by the address's SHA-256: the list needs no second copy of anyone's email. */
const keyOf = async (address: string) => ({ pk: `SUPPRESSED#${await sha256Hex(address.trim().toLowerCase())}`, sk: 'SUPPRESSED' });

/** Addresses SES reported as bounced or complaining (docs/data-model.md). */
export const dynamoSuppressions = (client: DynamoDBDocumentClient, tableName: string): Suppressions => ({
  async isSuppressed(address) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: await keyOf(address) }));
    return Item !== undefined;
  },

  async suppress(address, reason, at) {
    await client.send(new PutCommand({ TableName: tableName, Item: { ...(await keyOf(address)), entity: 'suppression', reason, at: at.toISOString() } }));
  },
});
