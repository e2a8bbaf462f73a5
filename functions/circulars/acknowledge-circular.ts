import { acknowledgeCircular, acknowledgementQuerySchema, circularPathSchema, type AcknowledgementAnswer } from '#shared/circulars/acknowledge.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { circularStores } from './circular-stores.js';

const { circulars } = circularStores();

/**
 * GET /vacancies/{number}/circular-acknowledgement?edition=&country=&token=: the one click from the circular
 * email. The first click records the NCB's acknowledgement; any later one answers `already` and
 * writes nothing. A forged link is a 404, an expired one a 403, both problem+json. JSON only: a
 * page in the NCB's language would bring the emails' messages into the function this route shares
 * with the candidates' writes (infra/aws/route-functions.ts), which carries none.
 */
export const handler = httpHandler({ name: 'acknowledgeCircular', path: circularPathSchema, query: acknowledgementQuerySchema }, async ({ path, query, now }) => {
  const { outcome, acknowledgedAt } = await acknowledgeCircular(circulars, path.number, query, now);
  return json(200, { number: path.number, country: query.country, outcome, acknowledgedAt } satisfies AcknowledgementAnswer);
});
