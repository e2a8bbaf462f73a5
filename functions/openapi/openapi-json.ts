import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { routes } from '../routes.js';
import { openApiDocument } from './document.js';
import { stageProfile } from '../profile.js';

// Built once per cold start: the document follows the code deployed with it.
const document = openApiDocument(routes, stageProfile());

/** GET /openapi.json: the OpenAPI 3.1 document of this API. */
export const handler = httpHandler({ name: 'openApiDocument' }, async () => json(200, document, { 'Cache-Control': 'public, max-age=300' }));
