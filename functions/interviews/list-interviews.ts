import { interviewPathSchema } from '#shared/interviews/slot.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { interviewStore } from './interview-stores.js';

const interviews = interviewStore();

/** GET /admin/interviews/{vacancy}: HR reads the vacancy's slots (cancelled ones too) and invitations. */
export const handler = staffHandler({ name: 'listInterviews', path: interviewPathSchema }, async ({ path }) => {
  const [slots, invitations] = await Promise.all([interviews.slots(path.vacancy), interviews.invitations(path.vacancy)]);
  return json(200, { vacancy: path.vacancy, slots, invitations });
});
