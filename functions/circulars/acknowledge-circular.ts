import {
  acknowledgeCircular,
  acknowledgementBodySchema,
  acknowledgementPostQuerySchema,
  circularPathSchema,
  type AcknowledgementAnswer,
} from '#shared/circulars/acknowledge.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { vacancyStore } from '../stores/vacancy-store.js';
import { acknowledgementBody } from './acknowledgement-body.js';
import { acknowledgementLanguage, refusedLinkPage, wantsJson } from './acknowledgement-answer.js';
import { acknowledgementPageResponse } from './acknowledgement-view.js';
import { circularStores } from '../stores/circular-stores.js';

const { circulars } = circularStores();
const vacancies = vacancyStore();

/**
 * POST /vacancies/{number}/circular-acknowledgement?edition=&country=&lang=, the token in the body
 * (the acknowledgement page's form, URL-encoded; or JSON): the first records the NCB's
 * acknowledgement, any later one answers `already` and writes nothing. A client that asks for JSON
 * gets `{number, country, outcome, acknowledgedAt}`; a browser the page again, saying so. A forged
 * token is a 404, an expired link a 403 (a page, or problem+json).
 */
export const handler = httpHandler(
  { name: 'acknowledgeCircular', path: circularPathSchema, query: acknowledgementPostQuerySchema, body: acknowledgementBodySchema, rawBody: acknowledgementBody() },
  async ({ path, query, body, event, now }) => {
    const link = { edition: query.edition, country: query.country };
    try {
      const { outcome, acknowledgedAt, send } = await acknowledgeCircular(circulars, path.number, { ...link, token: body.token }, now);
      if (wantsJson(event)) return json(200, { number: path.number, country: query.country, outcome, acknowledgedAt } satisfies AcknowledgementAnswer);
      const vacancy = await vacancies.get(path.number);
      return acknowledgementPageResponse({
        status: 200,
        language: acknowledgementLanguage(event, query.lang, send.language),
        state: { kind: outcome, vacancy: { number: path.number, country: query.country, edition: query.edition, ...(vacancy ? { title: vacancy.title } : {}) }, acknowledgedAt },
        link,
      });
    } catch (error) {
      return refusedLinkPage(error, event, query.lang, link);
    }
  },
);
