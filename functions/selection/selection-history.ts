import { selectionPathSchema } from '#shared/selection/panel.js';
import { readHistory } from '#shared/selection/reading.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels/{vacancy}/history: who set the panel, saved and submitted marks, recommended, and when; for HR. */
export const handler = staffHandler({ name: 'selectionHistory', path: selectionPathSchema }, async ({ principal, path }) =>
  json(200, await readHistory(selectionStores(), principal, path.vacancy)),
);
