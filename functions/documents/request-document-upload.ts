import { openWithStatusToken } from '#shared/applications/access.js';
import { uploadRequestSchema } from '#shared/documents/schema.js';
import { offerDocumentUpload } from '#shared/documents/uploads.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { documentPathSchema } from './document-path.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { applicationReads } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = applicationReads();
const vacancies = vacancyStore();
const { offers } = documentsBucket();

/** POST /applications/{id}/documents/{kind} with the status token: a fresh presigned POST for that document. */
export const handler = httpHandler(
  { name: 'requestDocumentUpload', path: documentPathSchema, body: uploadRequestSchema },
  async ({ path, body, event, now }) => {
    const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
    return json(201, await offerDocumentUpload({ vacancies, offers }, application, path.kind, body.contentType, now));
  },
);
