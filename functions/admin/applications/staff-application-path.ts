import * as z from '#shared/zod.js';
import { documentKind } from '#shared/documents/schema.js';
import { applicationPathSchema } from '../../applications/application-path.js';

/** `{id}` in /admin/applications/{id}/...: the same UUIDs as the candidate's routes. */
export const staffApplicationPath = applicationPathSchema;

/** `{id}` and `{kind}` in /admin/applications/{id}/documents/{kind}. */
export const staffDocumentPath = z.extend(applicationPathSchema, { kind: documentKind });

/** The only document an NCB attaches on the candidate's behalf is the confirmation letter. */
export const ncbLetterPath = z.extend(applicationPathSchema, {
  kind: z.literal('confirmationLetter', 'An NCB attaches the confirmation letter only: use confirmationLetter.'),
});
