import { runLettersJob } from '#shared/letters/send-letters.js';
import { letterDependencies } from '../../letters/letter-stores.js';
import { JOB_ROOM_MS, sendBudget } from '../../letters/send-budget.js';
import { jobHandler } from '../job-handler.js';

/**
 * The hourly `letters` job: every letter due and left automatic by its vacancy's setting, each
 * once; it begins no letter once its time is nearly out, and the next run sends what it left.
 */
export const handler = jobHandler('letters', async ({ now, context }) => ({ ...(await runLettersJob(letterDependencies(), now, sendBudget(context, JOB_ROOM_MS))) }));
