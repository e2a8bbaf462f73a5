import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { makeOffer } from '#shared/offers/make.js';
import { makeOfferBodySchema, offerApplicationPathSchema } from '#shared/offers/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { offerDependencies } from './offer-stores.js';

/**
 * POST /admin/offers/{vacancy}/applications/{id} `{version, answerBy?, startsOn, months, homeConfirmation}`:
 * 201 the row with its offer (200 when the same offer was already made); 409 stale (with `current`)
 * or every post held (with `posts`, `held`); 422 a move the status machine refuses or terms that break the rules.
 */
export const handler = staffHandler(
  { name: 'makeOffer', path: offerApplicationPathSchema, body: makeOfferBodySchema },
  async ({ path, body, principal, now }) => {
    const deps = offerDependencies();
    const { version, ...terms } = body;
    const { outcome, application } = await makeOffer(deps, principal, path.vacancy, path.id, version, terms, now);
    return json(outcome === 'made' ? 201 : 200, { outcome, row: await rowOf(deps.applications, application, principal, now), offer: application.offer });
  },
);
