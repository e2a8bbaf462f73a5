import { missingItems } from '#shared/applications/application.js';
import { openWithStatusToken } from '#shared/applications/access.js';
import { uploadCompletionSchema } from '#shared/documents/schema.js';
import { completeDocumentUpload } from '#shared/documents/uploads.js';
import { bearerToken } from '../http/bearer-token.js';
import { httpHandler } from '../http/http-handler.js';
import { json } from '../http/response.js';
import { documentPathSchema } from './document-path.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { applicationReads, applicationWrites } from '../stores/application-stores.js';
import { vacancyStore } from '../stores/vacancy-store.js';

const applications = { ...applicationReads(), ...applicationWrites() };
const vacancies = vacancyStore();
const { objects } = documentsBucket();

/**
 * POST /applications/{id}/documents/{kind}/complete with the status token and `{key}`: checks the
 * uploaded object and records it; 422 `/problems/document-rejected` (and the object deleted) if not,
 * 422 `/problems/document-too-late` when the vacancy stopped taking documents before it arrived.
 */
export const handler = httpHandler(
  { name: 'completeDocumentUpload', path: documentPathSchema, body: uploadCompletionSchema },
  async ({ path, body, event, now, logger }) => {
    const application = await openWithStatusToken(await applications.get(path.id), bearerToken(event));
    const onOrphan = (key: string, error: unknown) =>
      logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
    const { application: updated, document } = await completeDocumentUpload({ applications, objects, vacancies, onOrphan }, application, path.kind, body.key, now);
    return json(200, {
      kind: path.kind,
      document: { contentType: document.contentType, size: document.size, sha256: document.sha256, receivedAt: document.receivedAt },
      missing: missingItems(updated),
    });
  },
);
