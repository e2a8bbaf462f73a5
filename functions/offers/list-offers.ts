import { vacancyOffers } from '#shared/offers/listing.js';
import { offerVacancyPathSchema } from '#shared/offers/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { offerDependencies } from './offer-stores.js';

/** GET /admin/offers/{vacancy}: HR's offers of a vacancy, its posts, the reserve list and who is next on it. */
export const handler = staffHandler({ name: 'listOffers', path: offerVacancyPathSchema }, async ({ path, now }) =>
  json(200, await vacancyOffers(offerDependencies(), path.vacancy, now), { 'Cache-Control': 'no-store' }),
);
