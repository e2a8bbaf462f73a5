import { runEndingNotices } from '#shared/secondments/send-ending-notices.js';
import { readConfig } from '../../config.js';
import { JOB_ROOM_MS, sendBudget } from '../../letters/send-budget.js';
import { secondmentStore } from '../../secondments/secondment-stores.js';
import { emailStores } from '../../stores/email-stores.js';
import { ncbContactStore } from '../../stores/ncb-contact-store.js';
import { jobHandler } from '../job-handler.js';

// Read once per container.
const { ENDING_NOTICE_MONTHS, HR_DIGEST_RECIPIENTS } = readConfig(['ENDING_NOTICE_MONTHS', 'HR_DIGEST_RECIPIENTS']);

/**
 * The hourly `secondment-endings` job: the notice due on each duty station's date that a
 * secondment ends, to HR, its NCB and the officer, once each; it begins none once its time is
 * nearly out, at the stage's send rate, and the next run sends what it left (or SES refused).
 */
export const handler = jobHandler('secondment-endings', async ({ now, context }) => ({
  ...(await runEndingNotices(
    { secondments: secondmentStore(), contacts: ncbContactStore(), email: emailStores() },
    { monthsBefore: ENDING_NOTICE_MONTHS, hrRecipients: HR_DIGEST_RECIPIENTS },
    now,
    sendBudget(context, JOB_ROOM_MS),
  )),
}));
