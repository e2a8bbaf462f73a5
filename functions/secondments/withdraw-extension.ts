import { withdrawExtension } from '#shared/secondments/extension-steps.js';
import { extensionPathSchema, extensionWithdrawalSchema } from '#shared/secondments/schema.js';
import { secondmentView } from '#shared/secondments/view.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();

/** POST /admin/secondments/{id}/extensions/{extension}/withdraw `{reason, version}`: the asker (HR, or the NCB) takes it back. */
export const handler = staffHandler({ name: 'withdrawExtension', path: extensionPathSchema, body: extensionWithdrawalSchema }, async ({ path, body, principal, now }) =>
  json(200, { secondment: secondmentView(await withdrawExtension({ secondments }, principal, path.id, path.extension, body, now), now) }),
);
