import { acknowledgementQuerySchema, acknowledgementSend, circularPathSchema } from '#shared/circulars/acknowledge.js';
import { httpHandler } from '../http/http-handler.js';
import { vacancyStore } from '../stores/vacancy-store.js';
import { acknowledgementLanguage, refusedLinkPage } from './acknowledgement-answer.js';
import { acknowledgementPageResponse } from './acknowledgement-view.js';
import { circularStores } from '../stores/circular-stores.js';

const { circulars } = circularStores();
const vacancies = vacancyStore();

/**
 * GET /vacancies/{number}/circular-acknowledgement?edition=&country=&token=&lang=: what the
 * circular email's link opens. It reads and never writes: mail scanners and link previewers fetch
 * every link of an email, and a GET that recorded would record acknowledgements nobody made. The
 * page, in the circular's language, names the vacancy and the country and offers a button that
 * POSTs the token (./acknowledge-circular.ts); once acknowledged, it says when. A forged link is
 * a 404 page, an expired one a 403 page (problem+json to a client that asks for JSON).
 */
export const handler = httpHandler({ name: 'circularAcknowledgementPage', path: circularPathSchema, query: acknowledgementQuerySchema }, async ({ path, query, event, now }) => {
  const link = { edition: query.edition, country: query.country };
  try {
    const [send, vacancy] = await Promise.all([acknowledgementSend(circulars, path.number, query, now), vacancies.get(path.number)]);
    const named = { number: path.number, country: query.country, edition: query.edition, ...(vacancy ? { title: vacancy.title } : {}) };
    return acknowledgementPageResponse({
      status: 200,
      language: acknowledgementLanguage(event, query.lang, send.language),
      state: send.acknowledgedAt === undefined ? { kind: 'confirm', vacancy: named, token: query.token } : { kind: 'already', vacancy: named, acknowledgedAt: send.acknowledgedAt },
      link,
      token: query.token,
    });
  } catch (error) {
    return refusedLinkPage(error, event, query.lang, link);
  }
});
