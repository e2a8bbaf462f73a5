import { selectionCandidatePathSchema } from '#shared/selection/panel.js';
import { recommendationBodySchema } from '#shared/selection/recommendation.js';
import { recommend } from '#shared/selection/recommending.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { selectionStores } from './selection-stores.js';

/** PUT .../candidates/{id}/recommendation: the chair's recommendation for a ranked candidate, audited. */
export const handler = staffHandler({ name: 'recommendSelectionCandidate', path: selectionCandidatePathSchema, body: recommendationBodySchema }, async ({ principal, path, body, now }) =>
  json(200, { recommendation: await recommend(selectionStores(), principal, path.vacancy, path.id, body, now) }),
);
