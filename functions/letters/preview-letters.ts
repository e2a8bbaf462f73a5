import { previewLetters } from '#shared/letters/preview.js';
import { letterKindPathSchema, previewQuerySchema } from '#shared/letters/requests.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';

/** GET /admin/letters/{vacancy}/kinds/{kind}?application=: who is due this letter, and one of them rendered in their language. */
export const handler = staffHandler({ name: 'previewLetters', path: letterKindPathSchema, query: previewQuerySchema }, async ({ path, query, now }) =>
  json(200, await previewLetters(letterDependencies(), path.vacancy, path.kind, now, query.application)),
);
