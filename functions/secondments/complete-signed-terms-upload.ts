import { secondmentPathSchema, signedTermsCompletionSchema } from '#shared/secondments/schema.js';
import { recordSignedTerms } from '#shared/secondments/signed-terms.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { objects } = documentsBucket();

/** POST /admin/secondments/{id}/signed-terms/complete `{key, version}`: checks HR's upload and records it; 200 the secondment. */
export const handler = staffHandler(
  { name: 'completeSignedTermsUpload', path: secondmentPathSchema, body: signedTermsCompletionSchema },
  async ({ path, body, principal, now, logger }) => {
    const onOrphan = (key: string, error: unknown) => logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
    const secondment = await recordSignedTerms({ secondments, objects, onOrphan }, principal, path.id, body, now);
    return json(200, { secondment: secondmentView(secondment, now) });
  },
);
