import { panelBodySchema, selectionPathSchema } from '#shared/selection/panel.js';
import { setPanel } from '#shared/selection/panel-setting.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** PUT /admin/selection/panels/{vacancy}: HR names or changes the panel (the revision read; after a submitted mark, members only added). */
export const handler = staffHandler({ name: 'setSelectionPanel', path: selectionPathSchema, body: panelBodySchema }, async ({ principal, path, body, now }) =>
  json(200, { panel: await setPanel(selectionStores(), principal, path.vacancy, body, now) }),
);
