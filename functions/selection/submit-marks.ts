import { selectionCandidatePathSchema } from '#shared/selection/panel.js';
import { marksSubmitSchema } from '#shared/selection/marks.js';
import { submitMarks } from '#shared/selection/marking.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** POST .../candidates/{id}/marks/submit: the draft at the revision read, every criterion scored, made final. */
export const handler = staffHandler({ name: 'submitSelectionMarks', path: selectionCandidatePathSchema, body: marksSubmitSchema }, async ({ principal, path, body, now }) =>
  json(200, { marks: await submitMarks(selectionStores(), principal, path.vacancy, path.id, body.revision, now) }),
);
