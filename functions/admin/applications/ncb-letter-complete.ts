import { missingItems } from '#shared/applications/application.js';
import { completeNcbLetter } from '#shared/admin/ncb-letter.js';
import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { uploadCompletionSchema } from '#shared/documents/schema.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { documentsBucket } from '../../stores/documents-bucket.js';
import { tableStores } from '../../stores/table-stores.js';
import { ncbLetterPath } from './staff-application-path.js';

const { applications, vacancies } = tableStores();
const { objects } = documentsBucket();

/**
 * POST /admin/applications/{id}/documents/confirmationLetter/complete `{key}`: checks the NCB's
 * upload and records it; answers the row at its new version, for the grid's next edit.
 */
export const handler = staffHandler(
  { name: 'completeNcbLetterUpload', path: ncbLetterPath, body: uploadCompletionSchema },
  async ({ path, body, principal, now, logger }) => {
    const onOrphan = (key: string, error: unknown) =>
      logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
    const { application, document } = await completeNcbLetter({ applications, objects, vacancies, onOrphan }, principal, path.id, body.key, now);
    return json(200, {
      kind: path.kind,
      document: { contentType: document.contentType, size: document.size, sha256: document.sha256, receivedAt: document.receivedAt },
      missing: missingItems(application),
      row: await rowOf(applications, application, principal, now),
    });
  },
);
