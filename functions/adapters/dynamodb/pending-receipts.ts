import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PENDING_RECEIPT_LIFETIME_MS, type PendingReceipt, type PendingReceiptStore } from '#shared/applications/pending-receipt.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';

/** One partition of owed receipts in submission order (docs/data-model.md, pattern 25): few at any time, none most of it. */
const OUTBOX = 'RECEIPTS_OWED';
const keyOf = (receipt: Pick<PendingReceipt, 'applicationId' | 'submittedAt'>) => ({ pk: OUTBOX, sk: `${receipt.submittedAt}#${receipt.applicationId}` });

/** The owed receipt as an item of the application's create transaction (application-store.ts). */
export const pendingReceiptItem = (receipt: PendingReceipt) => ({
  ...keyOf(receipt),
  entity: 'pending-receipt',
  ...receipt,
  [tableDesign.timeToLiveAttribute]: Math.floor((Date.parse(receipt.submittedAt) + PENDING_RECEIPT_LIFETIME_MS) / 1000),
});

export const dynamoPendingReceipts = (client: DynamoDBDocumentClient, tableName: string): PendingReceiptStore => ({
  async listSubmittedBefore(before) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :before',
      ExpressionAttributeValues: { ':pk': OUTBOX, ':before': before.toISOString() },
      ConsistentRead: true,
    });
    return items.map((item) => ({
      applicationId: String(item.applicationId),
      submittedAt: String(item.submittedAt),
      statusToken: String(item.statusToken),
      // An entry of the previous version has none: its application is confirmed already.
      ...(typeof item.confirmationToken === 'string' ? { confirmationToken: item.confirmationToken } : {}),
    }));
  },

  async remove(receipt) {
    await client.send(new DeleteCommand({ TableName: tableName, Key: keyOf(receipt) }));
  },
});
