import { randomUUID } from 'node:crypto';
import type { RosterRow } from '#shared/secondments/roster.js';
import { exportRoster, rosterExportQuerySchema } from '#shared/secondments/roster-export.js';
import { exportFiles } from '../admin/spreadsheets/export-files.js';
import { spreadsheetStores } from '../admin/spreadsheets/spreadsheet-stores.js';
import { staffHandler } from '../http/staff-handler.js';
import { json } from '../http/response.js';
import { secondmentStore } from './secondment-stores.js';

const secondments = secondmentStore();
const { log, objects } = spreadsheetStores();
const files = exportFiles<RosterRow>(objects, 'Roster');

/** GET /admin/secondments/roster/export: the roster's rows as XLSX or CSV, through a 5-minute link; an NCB's own country's. */
export const handler = staffHandler({ name: 'exportSecondmentRoster', query: rosterExportQuerySchema }, async ({ query, principal, now }) =>
  json(200, await exportRoster({ store: secondments, files, log, newId: randomUUID }, principal, query, now)),
);
