import { runLettersJob } from '#shared/letters/send-letters.js';
import { letterDependencies } from '../../letters/letter-stores.js';
import { jobHandler } from '../job-handler.js';

/** The hourly `letters` job: every letter due and left automatic by its vacancy's setting, each once. */
export const handler = jobHandler('letters', async ({ now }) => ({ ...(await runLettersJob(letterDependencies(), now)) }));
