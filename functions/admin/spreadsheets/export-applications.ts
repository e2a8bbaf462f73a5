import { randomUUID } from 'node:crypto';
import { exportApplications } from '#shared/admin/spreadsheet/export-applications.js';
import { exportQuerySchema } from '#shared/admin/spreadsheet/export-query.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { stageProfile } from '../../profile.js';
import { spreadsheetStores } from './spreadsheet-stores.js';

const { applications } = tableStores();
const { log, files } = spreadsheetStores();
// A sending unit's file carries its applicants' status (shared/admin/spreadsheet/columns.ts).
const profile = stageProfile();

/** GET /admin/applications/export: the grid's rows as XLSX or CSV, through a 5-minute link; an NCB gets only its own. */
export const handler = staffHandler({ name: 'exportApplications', query: exportQuerySchema }, async ({ query, principal, now }) =>
  json(200, await exportApplications({ store: applications, files, log, newId: randomUUID, profile }, principal, query, now)),
);
