import { sendPendingReceipts } from '#shared/applications/pending-receipt.js';
import { receiptStores } from '../../stores/receipt-stores.js';
import { jobHandler } from '../job-handler.js';

const receipts = receiptStores();

/** The `pending-receipts` job: the receipts the submissions could not send (SES down, a crash) go out, once. */
export const handler = jobHandler('pending-receipts', async ({ now }) => ({ ...(await sendPendingReceipts(receipts, now)) }));
