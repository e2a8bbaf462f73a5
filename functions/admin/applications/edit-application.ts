import { applicationEditSchema } from '#shared/admin/application-edit.js';
import { editApplication } from '#shared/admin/edit-application.js';
import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { staffApplicationPath } from './staff-application-path.js';

const { applications } = tableStores();

/** PATCH /admin/applications/{id} `{version, status?, score?, note?}`: 200 the row; 409 stale (with `current`) or every post held (with `posts`, `held`), 422 a forbidden move. */
export const handler = staffHandler(
  { name: 'editStaffApplication', path: staffApplicationPath, body: applicationEditSchema },
  async ({ path, body, principal, now }) => {
    const { version, ...changes } = body;
    const { application } = await editApplication(applications, principal, path.id, version, changes, now);
    return json(200, await rowOf(applications, application, principal, now));
  },
);
