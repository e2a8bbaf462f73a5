import * as z from '../zod.js';
import { documentContentTypes, documentKinds } from './kinds.js';

export const documentKind = z.enum(documentKinds, 'Use cv, coverLetter or confirmationLetter.');

export const documentContentType = z.enum(
  documentContentTypes,
  `Send a PDF (${documentContentTypes[0]}) or a Word document (${documentContentTypes[1]}).`,
);

/** The body of `POST /applications/{id}/documents/{kind}`: the type of the file about to be sent. */
export const uploadRequestSchema = z.strictObject({ contentType: documentContentType });

/** The body of `POST /applications/{id}/documents/{kind}/complete`: the `key` field of the offer used. */
export const uploadCompletionSchema = z.strictObject({
  key: z.string().check(z.minLength(1, 'Required: the key field of the upload offer.'), z.maxLength(200, 'At most 200 characters.')),
});

export type UploadRequest = z.infer<typeof uploadRequestSchema>;
export type UploadCompletion = z.infer<typeof uploadCompletionSchema>;
