import { bulkEditSchema } from '#shared/admin/application-edit.js';
import { bulkEdit } from '#shared/admin/bulk-edit.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';

const { applications } = tableStores();

/** POST /admin/applications/bulk `{rows: [{id, version}], changes}`: 200 with a result per row. */
export const handler = staffHandler({ name: 'bulkEditStaffApplications', body: bulkEditSchema }, async ({ body, principal, now }) =>
  json(200, await bulkEdit(applications, principal, body, now)),
);
