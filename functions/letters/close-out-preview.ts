import { previewCloseOut } from '#shared/letters/close-out.js';
import { lettersPathSchema } from '#shared/letters/requests.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';

/** GET /admin/letters/{vacancy}/close-out: what closing out would end, and the letters it would send. */
export const handler = staffHandler({ name: 'previewCloseOut', path: lettersPathSchema }, async ({ path, now }) => json(200, await previewCloseOut(letterDependencies(), path.vacancy, now)));
