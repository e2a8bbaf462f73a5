import { expireProposals } from '#shared/proposals/expiry.js';
import { deliveryStores } from '../../proposals/delivery-stores.js';
import { proposalStore } from '../../proposals/proposal-stores.js';
import { jobHandler } from '../job-handler.js';

const proposals = proposalStore();
const delivery = deliveryStores();

/** The `proposal-expiry` job: proposals nobody took close as lapsed, and the NCB is told, once; emails the moves still owe go out. */
export const handler = jobHandler('proposal-expiry', async ({ now }) => ({ ...(await expireProposals({ proposals, delivery }, now)) }));
