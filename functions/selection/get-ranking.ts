import { selectionPathSchema } from '#shared/selection/panel.js';
import { readRanking } from '#shared/selection/reading.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels/{vacancy}/ranking: HR; a member, the chair too, once all their marks are submitted. */
export const handler = staffHandler({ name: 'getSelectionRanking', path: selectionPathSchema }, async ({ principal, path }) =>
  json(200, await readRanking(selectionStores(), principal, path.vacancy)),
);
