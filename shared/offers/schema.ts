/**
 * What HR sends to make an offer, what the candidate sends to answer it, and what the NCB sends to
 * record the home administration's confirmation. Unknown fields are refused (strict objects).
 */
import * as z from '../zod.js';
import { isoDate } from '../text.js';
import { documentContentTypes } from '../documents/kinds.js';
import { vacancyNumber } from '../vacancies/schema.js';
import { homeConfirmationTerms } from './offer.js';

/** The offer's terms: answer-by (absent: the stage's default), start, months, what the home administration confirms. */
export const offerTermsSchema = z.strictObject({
  answerBy: z.optional(isoDate),
  startsOn: isoDate,
  months: z.int('Whole months.').check(z.minimum(1, 'At least 1 month.'), z.maximum(72, 'At most 72 months.')),
  homeConfirmation: z.strictObject({
    by: isoDate,
    terms: z
      .array(z.enum(homeConfirmationTerms, `One of ${homeConfirmationTerms.join(', ')}.`))
      .check(
        z.minLength(1, 'Name at least one term the home administration confirms.'),
        z.refine((terms) => new Set(terms).size === terms.length, 'Each term once.'),
      ),
  }),
});
export type OfferTerms = z.infer<typeof offerTermsSchema>;

/** `POST /admin/offers/{vacancy}/applications/{id}`: the terms, at the application's version HR read. */
export const makeOfferBodySchema = z.strictObject({
  ...offerTermsSchema.shape,
  version: z.int().check(z.minimum(1)),
});
export type MakeOfferBody = z.infer<typeof makeOfferBodySchema>;

/** `PUT /applications/{id}/offer`: the candidate's answer. */
export const offerAnswerSchema = z.strictObject({
  decision: z.enum(['accepted', 'declined'], 'accepted or declined.'),
});
export type OfferAnswerBody = z.infer<typeof offerAnswerSchema>;

/** `POST /admin/home-confirmations/{id}/upload`: the type of the home administration's letter. */
export const homeLetterUploadSchema = z.strictObject({
  contentType: z.enum(documentContentTypes, 'A PDF or a Word (.docx) document.'),
});

/** `POST /admin/home-confirmations/{id}`: the uploaded letter's key, at the application's version. */
export const homeConfirmationBodySchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  version: z.int().check(z.minimum(1)),
});
export type HomeConfirmationBody = z.infer<typeof homeConfirmationBodySchema>;

/** `{vacancy}` in /admin/offers/{vacancy}. */
export const offerVacancyPathSchema = z.strictObject({ vacancy: vacancyNumber });
export const offerApplicationPathSchema = z.strictObject({ vacancy: vacancyNumber, id: z.uuid('Not an application id.') });
export const homeConfirmationPathSchema = z.strictObject({ id: z.uuid('Not an application id.') });
