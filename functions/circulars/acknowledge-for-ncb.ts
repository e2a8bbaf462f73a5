import { circularPathSchema, type AcknowledgementAnswer } from '#shared/circulars/acknowledge.js';
import { acknowledgeForCountry } from '#shared/circulars/ncb-circular.js';
import { Forbidden } from '#shared/errors.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { circularStores } from '../stores/circular-stores.js';

const { circulars } = circularStores();

/**
 * POST /admin/vacancies/{number}/circular/acknowledgement: an NCB officer acknowledges, from the
 * Vacancies tab, the latest circular of the vacancy sent to their country, which comes from the
 * signed-in principal (the route takes no body). Once: again answers `already`, writing nothing.
 */
export const handler = staffHandler({ name: 'acknowledgeCircularForNcb', path: circularPathSchema }, async ({ path, principal, now }) => {
  const { country } = principal;
  if (!country) throw new Forbidden('Your NCB account has no country: ask an administrator to set it.', { key: 'problem.forbidden.noCountry' });
  const { outcome, acknowledgedAt } = await acknowledgeForCountry(circulars, path.number, country, now);
  return json(200, { number: path.number, country, outcome, acknowledgedAt } satisfies AcknowledgementAnswer, { 'Cache-Control': 'no-store' });
});
