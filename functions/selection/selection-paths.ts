import * as z from '#shared/zod.js';
import { selectionPathSchema } from '#shared/selection/panel.js';

export { selectionPathSchema };

/** A candidate before a vacancy's panel: `/admin/selection/panels/{vacancy}/candidates/{id}/...`. */
export const selectionCandidatePathSchema = z.extend(selectionPathSchema, { id: z.uuid('Not an application id.') });
