/** The letters routes' paths and queries (functions/letters/), validated at the edge. */
import * as z from '../zod.js';
import { vacancyNumber } from '../vacancies/schema.js';
import { sentLetterKinds } from './kinds.js';

export const lettersPathSchema = z.strictObject({ vacancy: vacancyNumber });
export const letterKindPathSchema = z.extend(lettersPathSchema, {
  kind: z.enum(sentLetterKinds, `One of ${sentLetterKinds.join(', ')} (the interview invitation is sent by the interviews).`),
});
/** `?application=`: the letter shown in the preview (the first due, when absent). */
export const previewQuerySchema = z.strictObject({ application: z.optional(z.uuid('Not an application id.')) });
