import { createSlot } from '#shared/interviews/scheduling.js';
import { interviewPathSchema, slotBodySchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewDependencies } from './interview-stores.js';

/** POST /admin/interviews/{vacancy}/slots: HR sets a slot (its members from the vacancy's panel). */
export const handler = staffHandler({ name: 'createInterviewSlot', path: interviewPathSchema, body: slotBodySchema }, async ({ principal, path, body, now }) =>
  json(201, { slot: await createSlot(interviewDependencies(), principal, path.vacancy, body, now) }),
);
