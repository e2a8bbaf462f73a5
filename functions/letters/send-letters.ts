import { letterKindPathSchema } from '#shared/letters/requests.js';
import { sendDue, vacancyOf } from '#shared/letters/send-letters.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { letterDependencies } from './letter-stores.js';
import { ROUTE_ROOM_MS, sendBudget } from './send-budget.js';

/** POST /admin/letters/{vacancy}/kinds/{kind}/send: HR's bulk send of what is due and unsent (turned-off kinds too); a second run sends nothing again. */
export const handler = staffHandler({ name: 'sendLetters', path: letterKindPathSchema }, async ({ path, now, context }) => {
  const deps = letterDependencies();
  const { summary } = await sendDue(deps, await vacancyOf(deps, path.vacancy), [path.kind], now, undefined, sendBudget(context, ROUTE_ROOM_MS));
  return json(200, { vacancy: path.vacancy, kind: path.kind, ...summary });
});
