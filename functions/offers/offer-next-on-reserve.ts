import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { offerToNextOnReserve } from '#shared/offers/reserve-offer.js';
import { offerTermsSchema, offerVacancyPathSchema } from '#shared/offers/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { offerDependencies } from './offer-stores.js';

/** POST /admin/offers/{vacancy}/next-on-reserve `{answerBy?, startsOn, months, homeConfirmation}`: the freed post offered to the next on the reserve list. */
export const handler = staffHandler(
  { name: 'offerNextOnReserve', path: offerVacancyPathSchema, body: offerTermsSchema },
  async ({ path, body, principal, now }) => {
    const deps = offerDependencies();
    const { outcome, application, applicationId } = await offerToNextOnReserve(deps, principal, path.vacancy, body, now);
    return json(outcome === 'made' ? 201 : 200, { outcome, applicationId, row: await rowOf(deps.applications, application, principal, now), offer: application.offer });
  },
);
