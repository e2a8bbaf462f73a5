/**
 * The answers of the offers' routes (functions/offers/; issue 16, point 7), as JSON Schema 2020-12:
 * part of answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */
import { homeConfirmationTerms } from '#shared/offers/offer.js';

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const date: JsonSchema = { type: 'string', format: 'date' };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const terms: JsonSchema = list({ enum: [...homeConfirmationTerms] });
const letter = object(['contentType', 'size', 'sha256'], { key: { type: 'string' }, contentType: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' }, receivedAt: dateTime });
const reserveEntry = object(['applicationId', 'name', 'rank', 'status'], {
  applicationId: uuid,
  name: { type: 'string' },
  rank: { type: 'integer', minimum: 1 },
  status: { type: 'string', description: 'Its status now (`gone`: purged or no longer before the panel); only an `interviewed` one can be offered the post.' },
  version: { type: 'integer', minimum: 1 },
});

export const offerAnswerSchemas: Record<string, JsonSchema> = {
  Offer: object(['madeAt', 'madeBy', 'answerBy', 'startsOn', 'months', 'homeConfirmation'], {
    madeAt: dateTime,
    madeBy: { type: 'string' },
    answerBy: { ...date, description: 'The candidate answers by the end of this day in the duty station.' },
    startsOn: date,
    months: { type: 'integer', minimum: 1 },
    homeConfirmation: object(['by', 'terms'], { by: date, terms, confirmedAt: dateTime, confirmedBy: { type: 'string' }, letter }),
    answer: object(['decision', 'at'], { decision: { enum: ['accepted', 'declined'] }, at: dateTime }),
    lapsedAt: dateTime,
    fromReserve: { const: true },
  }),
  OfferMade: object(['outcome', 'row', 'offer'], {
    outcome: { enum: ['made', 'unchanged'], description: '`unchanged`: the same offer was made already (a retry).' },
    applicationId: uuid,
    row: ref('ApplicationRow'),
    offer: ref('Offer'),
  }),
  VacancyOffers: object(['vacancy', 'timeZone', 'posts', 'held', 'defaultAnswerBy', 'offers', 'reserve', 'interviewed'], {
    vacancy: { type: 'string' },
    timeZone: { type: 'string' },
    posts: { type: 'integer' },
    held: { type: 'integer', description: 'Offers outstanding plus appointments.' },
    defaultAnswerBy: date,
    offers: list(
      object(['applicationId', 'name', 'ncbCountry', 'status', 'version', 'state', 'offer', 'answerUntil', 'settled'], {
        applicationId: uuid,
        name: { type: 'string' },
        ncbCountry: { type: 'string' },
        status: { type: 'string' },
        version: { type: 'integer' },
        state: { enum: ['awaiting-answer', 'accepted', 'declined', 'lapsed', 'appointed', 'ended'], description: '`ended`: HR ended the application while its offer waited.' },
        offer: ref('Offer'),
        answerUntil: { ...dateTime, description: 'When the answer-by day ends in the duty station.' },
        settled: { type: 'boolean', description: 'Accepted and confirmed by the home administration: appointing may go ahead.' },
      }),
    ),
    reserve: list(reserveEntry),
    next: reserveEntry,
    interviewed: {
      ...list(object(['applicationId', 'name', 'version'], { applicationId: uuid, name: { type: 'string' }, version: { type: 'integer' }, rank: { type: 'integer', minimum: 1 }, recommendation: { type: 'string' } })),
      description: 'Interviewed candidates with no offer yet, in the panel’s ranking order (unranked last), with the chair’s recommendation.',
    },
  }),
  HomeConfirmationList: object(['items'], {
    items: list(
      object(['applicationId', 'vacancy', 'name', 'version', 'answerBy', 'accepted', 'startsOn', 'months', 'by', 'terms'], {
        applicationId: uuid,
        vacancy: { type: 'string' },
        name: { type: 'string' },
        version: { type: 'integer' },
        answerBy: date,
        accepted: { type: 'boolean' },
        startsOn: date,
        months: { type: 'integer' },
        by: date,
        terms,
      }),
    ),
  }),
  HomeConfirmationRecorded: object(['applicationId', 'version', 'confirmedAt', 'confirmedBy', 'letter'], {
    applicationId: uuid,
    version: { type: 'integer' },
    confirmedAt: dateTime,
    confirmedBy: { type: 'string' },
    letter,
  }),
  CandidateOffer: object([], {
    status: { type: 'string', description: 'After an answer: the application’s status (withdrawn after a decline).' },
    offer: object(['answerBy', 'answerUntil', 'timeZone', 'startsOn', 'months', 'homeConfirmation', 'lapsed', 'open'], {
      answerBy: date,
      answerUntil: { ...dateTime, description: 'When the answer-by day ends in the duty station (UTC).' },
      timeZone: { type: 'string', description: 'The duty station’s zone.' },
      candidateTimeZone: { type: 'string' },
      startsOn: date,
      months: { type: 'integer' },
      homeConfirmation: object(['by', 'terms', 'confirmed'], { by: date, terms, confirmed: { type: 'boolean' } }),
      answer: object(['decision', 'at'], { decision: { enum: ['accepted', 'declined'] }, at: dateTime }),
      lapsed: { type: 'boolean' },
      open: { type: 'boolean', description: 'Whether an answer is taken now.' },
    }),
  }),
};
