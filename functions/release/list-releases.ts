import { listReleases } from '#shared/release/list-releases.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { stageProfile } from '../profile.js';
import { tableStores } from '../stores/table-stores.js';

const { applications, vacancies } = tableStores();
const { forces } = stageProfile();

/** GET /admin/releases: the serving officers whose release is asked, an approver's own force's (HR: every force's). */
export const handler = staffHandler({ name: 'listReleases' }, async ({ principal }) =>
  json(200, { items: await listReleases({ applications, vacancies }, principal, forces) }),
);
