/**
 * What the OpenAPI document says of the offers' routes (functions/offers/; issue 16, point 7;
 * docs/offers.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import * as z from '#shared/zod.js';
import {
  homeConfirmationBodySchema,
  homeConfirmationPathSchema,
  homeLetterUploadSchema,
  makeOfferBodySchema,
  offerAnswerSchema,
  offerApplicationPathSchema,
  offerTermsSchema,
  offerVacancyPathSchema,
} from '#shared/offers/schema.js';
import { applicationPathSchema } from '../applications/application-path.js';

const termsExample = {
  answerBy: '2027-02-15',
  startsOn: '2027-04-01',
  months: 24,
  homeConfirmation: { by: '2027-03-15', terms: ['release-for-period', 'salary-and-benefits', 'travel-and-removal'] },
};

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const offerOperations = {
  listOffers: {
    summary: 'A vacancy’s offers (outstanding, answered, lapsed), its posts, the reserve list and who is next on it',
    path: offerVacancyPathSchema,
    answers: { 200: { schema: 'VacancyOffers', description: 'Offers by answer-by date; the reserve in the panel’s ranking order.' } },
    problems: ['not-found'],
  },
  makeOffer: {
    summary: 'HR offers the post to an interviewed candidate: answer-by, start, months, what the home administration confirms and by when',
    description:
      'The application moves interviewed → offered with its offer in the transaction that holds one of the vacancy’s posts: 409 with `posts` and `held` when every post is held, 409 with `current` when `version` is stale. `answerBy` defaults to the stage’s days after today in the duty station; it is never in the past there. `months` is within the secondment type’s first period (422).',
    path: offerApplicationPathSchema,
    body: makeOfferBodySchema,
    bodyExample: { ...termsExample, version: 3 },
    answers: { 201: { schema: 'OfferMade', description: 'The row at its new version and the offer.' }, 200: { schema: 'OfferMade', description: 'The same offer was made already: nothing written.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition', 'secondment-rules'],
  },
  offerNextOnReserve: {
    summary: 'HR offers a freed post to the next on the reserve list, in one action, under the same rules',
    path: offerVacancyPathSchema,
    body: offerTermsSchema,
    bodyExample: termsExample,
    answers: { 201: { schema: 'OfferMade', description: 'Who was offered the post (`applicationId`), the row and the offer.' }, 200: { schema: 'OfferMade', description: 'Already offered with these terms.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition', 'secondment-rules'],
  },
  listHomeConfirmations: {
    summary: 'The offers to the NCB’s officers that wait for their home administration’s confirmation',
    description: 'An NCB officer sees their own country’s; HR and admins name one with `?country=`.',
    query: z.strictObject({ country: z.optional(z.string()) }),
    answers: { 200: { schema: 'HomeConfirmationList', description: 'Soonest due first.' } },
  },
  requestHomeLetterUpload: {
    summary: 'The NCB asks for a presigned POST for the home administration’s letter',
    path: homeConfirmationPathSchema,
    body: homeLetterUploadSchema,
    bodyExample: { contentType: 'application/pdf' },
    answers: { 201: { schema: 'UploadOffer', description: 'Post `fields` and then the file to `url` within 15 minutes.' } },
    problems: ['not-found', 'conflict'],
  },
  recordHomeConfirmation: {
    summary: 'The NCB records the home administration’s confirmation of the terms, with the uploaded letter',
    description: 'The letter is checked (type, size, content) and kept beside the application’s documents; the confirmation is audited. 409 when already recorded or `version` is stale.',
    path: homeConfirmationPathSchema,
    body: homeConfirmationBodySchema,
    bodyExample: { key: 'uploads/0b6f5f8e-1d3c-4a55-9f0e-2a1c3d4e5f60/homeConfirmation/6c1f2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f', version: 5 },
    answers: { 200: { schema: 'HomeConfirmationRecorded', description: 'When and by whom, and the letter as checked.' } },
    problems: ['not-found', 'conflict', 'document-rejected'],
  },
  getCandidateOffer: {
    summary: 'The candidate’s offer: its terms, the answer-by day in the duty station and when it ends, whether it may be answered now',
    path: applicationPathSchema,
    statusToken: true,
    answers: { 200: { schema: 'CandidateOffer', description: 'No `offer` when there is none.' } },
    problems: ['not-found', 'unauthorized'],
  },
  answerOffer: {
    summary: 'The candidate accepts or declines the offer, until the end of its answer-by day in the duty station',
    description: 'A decline ends the application (withdrawn) and frees its post at once. A second answer is a 409 (of two at once, one wins); after the answer-by day, a 422.',
    path: applicationPathSchema,
    statusToken: true,
    body: offerAnswerSchema,
    bodyExample: { decision: 'accepted' },
    answers: { 200: { schema: 'CandidateOffer', description: 'The offer as answered, and the application’s status.' } },
    problems: ['not-found', 'unauthorized', 'conflict', 'forbidden-transition'],
  },
} as const;
