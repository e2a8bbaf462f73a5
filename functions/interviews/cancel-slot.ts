import { cancelSlot } from '#shared/interviews/scheduling.js';
import { cancelQuerySchema, slotPathSchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewDependencies } from './interview-stores.js';

/** DELETE /admin/interviews/{vacancy}/slots/{slot}?revision=: HR cancels a slot; its candidate may choose another; both told once. */
export const handler = staffHandler({ name: 'cancelInterviewSlot', path: slotPathSchema, query: cancelQuerySchema }, async ({ principal, path, query, now }) =>
  json(200, await cancelSlot(interviewDependencies(), principal, path.vacancy, path.slot, query.revision, now)),
);
