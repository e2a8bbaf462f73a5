import { lapseOffers } from '#shared/offers/lapse.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';

const { applications, vacancies } = tableStores();

/** The `offer-lapse` job: offers not answered by the end of their answer-by day lapse, once, and free their posts. */
export const handler = jobHandler('offer-lapse', async ({ now }) => ({ ...(await lapseOffers({ applications, vacancies }, now)) }));
