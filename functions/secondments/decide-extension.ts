import { decideExtension } from '#shared/secondments/extension-steps.js';
import { extensionDecisionSchema, extensionPathSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** POST /admin/secondments/{id}/extensions/{extension}/decision `{decision, reason?, version}`: HR approves (the last day moves) or refuses. */
export const handler = staffHandler({ name: 'decideExtension', path: extensionPathSchema, body: extensionDecisionSchema }, async ({ path, body, principal, now }) =>
  json(200, { secondment: secondmentView(await decideExtension({ secondments }, principal, path.id, path.extension, body, now), now) }),
);
