import type { ReceiptDependencies } from '#shared/applications/pending-receipt.js';
import { readConfig } from '../config.js';
import { emailStores } from './email-stores.js';
import { tableStores } from './table-stores.js';

let stores: ReceiptDependencies | undefined;

/** What sends an owed receipt (the submit at once, the pending-receipts job later): built once per container. */
export const receiptStores = (): ReceiptDependencies => {
  if (!stores) {
    const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
    const { applications, vacancies, pendingReceipts } = tableStores();
    stores = { applications, vacancies, receipts: pendingReceipts, email: emailStores(), publicBaseUrl: PUBLIC_BASE_URL };
  }
  return stores;
};
