import { moveSlot } from '#shared/interviews/scheduling.js';
import { slotBodySchema, slotPathSchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewDependencies } from './interview-stores.js';

/** PUT /admin/interviews/{vacancy}/slots/{slot}: HR moves a slot (the revision read); its candidate and panel are told once. */
export const handler = staffHandler({ name: 'moveInterviewSlot', path: slotPathSchema, body: slotBodySchema }, async ({ principal, path, body, now }) =>
  json(200, await moveSlot(interviewDependencies(), principal, path.vacancy, path.slot, body, now)),
);
