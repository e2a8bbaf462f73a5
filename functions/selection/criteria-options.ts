import { selectionPathSchema } from '#shared/selection/panel.js';
import { criteriaChoices } from '#shared/selection/panel-setting.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** GET /admin/selection/panels/{vacancy}/criteria-options: what the vacancy's notice offers a panel to mark, for HR. */
export const handler = staffHandler({ name: 'selectionCriteriaOptions', path: selectionPathSchema }, async ({ path }) =>
  json(200, await criteriaChoices(selectionStores().vacancies, path.vacancy)),
);
