import { listPanels } from '#shared/selection/reading.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels: every panel for HR, the ones naming the member for a panel member. */
export const handler = staffHandler({ name: 'listSelectionPanels' }, async ({ principal }) => json(200, await listPanels(selectionStores(), principal)));
