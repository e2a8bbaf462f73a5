import { recordHomeConfirmation } from '#shared/offers/home-confirmation.js';
import { homeConfirmationBodySchema, homeConfirmationPathSchema } from '#shared/offers/schema.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { tableStores } from '../stores/table-stores.js';

const { applications } = tableStores();
const { objects } = documentsBucket();

/**
 * POST /admin/home-confirmations/{id} `{key, version}`: checks the uploaded letter, keeps it and
 * records the home administration's confirmation on the offer (audited); 409 when stale or already recorded.
 */
export const handler = staffHandler(
  { name: 'recordHomeConfirmation', path: homeConfirmationPathSchema, body: homeConfirmationBodySchema },
  async ({ path, body, principal, now, logger }) => {
    const onOrphan = (key: string, error: unknown) => logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
    const application = await recordHomeConfirmation({ applications, objects, onOrphan }, principal, path.id, body, now);
    const { confirmedAt, confirmedBy, letter } = application.offer?.homeConfirmation ?? {};
    return json(200, { applicationId: application.id, version: application.version, confirmedAt, confirmedBy, letter: letter && { contentType: letter.contentType, size: letter.size, sha256: letter.sha256 } });
  },
);
