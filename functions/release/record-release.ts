import { recordRelease } from '#shared/release/record-release.js';
import { releaseDecisionSchema } from '#shared/release/schema.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { stageProfile } from '../profile.js';
import { tableStores } from '../stores/table-stores.js';

const { applications, vacancies } = tableStores();
const { forces } = stageProfile();

/**
 * POST /admin/releases/{id} `{version, decision, from?, until?, note?}`: the officer's force approves
 * or refuses their release; 200 the row; 404 another force's officer; 409 stale or ended.
 */
export const handler = staffHandler({ name: 'recordRelease', path: applicationPathSchema, body: releaseDecisionSchema }, async ({ path, body, principal, now }) =>
  json(200, (await recordRelease({ applications, vacancies }, principal, path.id, body, forces, now)).row),
);
