import { randomUUID } from 'node:crypto';
import { askExtension } from '#shared/secondments/extension-steps.js';
import { extensionAskSchema, secondmentPathSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** POST /admin/secondments/{id}/extensions `{months, reason, version}`: HR or the country's NCB asks; 422 with the limit and the months left when it does not fit. */
export const handler = staffHandler({ name: 'askExtension', path: secondmentPathSchema, body: extensionAskSchema }, async ({ path, body, principal, now }) => {
  const { secondment, extension } = await askExtension({ secondments, newExtensionId: randomUUID }, principal, path.id, body, now);
  return json(201, { secondment: secondmentView(secondment, now), extension }, { Location: `/admin/secondments/${secondment.id}/extensions/${extension.id}` });
});
