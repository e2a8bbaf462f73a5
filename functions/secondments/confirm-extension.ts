import { confirmExtension } from '#shared/secondments/extension-letter.js';
import { extensionConfirmationSchema, extensionPathSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { documentsBucket } from '../stores/documents-bucket.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { objects } = documentsBucket();

/** POST /admin/secondments/{id}/extensions/{extension}/confirm `{key, version}`: the NCB records the home administration's confirmation with its letter. */
export const handler = staffHandler({ name: 'confirmExtension', path: extensionPathSchema, body: extensionConfirmationSchema }, async ({ path, body, principal, now, logger }) => {
  const onOrphan = (key: string, error: unknown) => logger.warn('document object left behind', { key, error: error instanceof Error ? error.name : 'unknown' });
  const secondment = await confirmExtension({ secondments, objects, onOrphan }, principal, path.id, path.extension, body, now);
  return json(200, { secondment: secondmentView(secondment, now) });
});
