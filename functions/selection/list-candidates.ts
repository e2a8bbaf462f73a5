import { selectionPathSchema } from '#shared/selection/panel.js';
import { readCandidates } from '#shared/selection/reading.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels/{vacancy}/candidates: the candidates before the panel, and the marks the viewer may read. */
export const handler = staffHandler({ name: 'listSelectionCandidates', path: selectionPathSchema }, async ({ principal, path }) =>
  json(200, await readCandidates(selectionStores(), principal, path.vacancy)),
);
