import { selectionPathSchema } from '#shared/selection/panel.js';
import { readPanel } from '#shared/selection/reading.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels/{vacancy}: the panel, the viewer's seat and the scale's anchors; 404 to a member it does not name. */
export const handler = staffHandler({ name: 'getSelectionPanel', path: selectionPathSchema }, async ({ principal, path }) =>
  json(200, await readPanel(selectionStores(), principal, path.vacancy)),
);
