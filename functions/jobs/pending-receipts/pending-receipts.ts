import { sendPendingReceipts } from '#shared/applications/pending-receipt.js';
import { readConfig } from '../../config.js';
import { emailStores } from '../../stores/email-stores.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';

const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
const { vacancies, applications, pendingReceipts } = tableStores();
const deps = { applications, vacancies, receipts: pendingReceipts, email: emailStores(), publicBaseUrl: PUBLIC_BASE_URL };

/** The `pending-receipts` job: the receipts the submissions could not send (SES down, a crash) go out, once. */
export const handler = jobHandler('pending-receipts', async ({ now }) => ({ ...(await sendPendingReceipts(deps, now)) }));
