import { readImportRows } from '#shared/admin/spreadsheet/import-rows.js';
import { importApplications } from '#shared/admin/spreadsheet/judge-import.js';
import { staffHandler } from '../../http/staff-handler.js';
import { rawBody, rawBodySchema } from '../../http/middleware/raw-body.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { importQuerySchema } from './import-query.js';
import { IMPORT_BODY_LIMIT, importMediaTypes, readSpreadsheet } from './read-spreadsheet.js';

const { applications } = tableStores();

/** POST /admin/applications/import: an edited export back, judged row by row; `dryRun=false` applies it. */
export const handler = staffHandler(
  { name: 'importApplications', query: importQuerySchema, body: rawBodySchema, rawBody: rawBody({ limit: IMPORT_BODY_LIMIT, mediaTypes: importMediaTypes }) },
  async ({ query, body, principal, now }) => {
    const table = await readSpreadsheet(body.mediaType, body.bytes);
    return json(200, await importApplications(applications, principal, readImportRows(table), { dryRun: query.dryRun, now }));
  },
);
