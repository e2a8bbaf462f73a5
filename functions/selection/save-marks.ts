import { selectionCandidatePathSchema } from '#shared/selection/panel.js';
import { marksDraftSchema } from '#shared/selection/marks.js';
import { saveDraft } from '#shared/selection/marking.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** PUT .../candidates/{id}/marks: the member's draft, against the revision read (409 when another tab saved meanwhile). */
export const handler = staffHandler({ name: 'saveSelectionMarks', path: selectionCandidatePathSchema, body: marksDraftSchema }, async ({ principal, path, body, now }) =>
  json(200, { marks: await saveDraft(selectionStores(), principal, path.vacancy, path.id, body, now) }),
);
