import type { StaffPrincipal } from '../staff/principal.js';
import { openSecondment } from './access.js';
import { isUnderWay } from './extension.js';
import { alreadyEnded, endOutOfRun, endWhileExtending } from './hr-problems.js';
import type { SecondmentEndBody } from './schema.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';
import { checkVersion, writeChange } from './write.js';

/**
 * `POST /admin/secondments/{id}/end` `{lastDay, reason, version}`: HR records the end, on time (the
 * planned last day) or early (before it), with a reason; an early end may be recorded ahead of its
 * day (the secondment is `ending` until then). Not while an extension is under way: that is decided
 * or withdrawn first, so an approval never moves the last day of an ended secondment.
 */
export const recordEnd = async (deps: { secondments: Pick<SecondmentStore, 'get' | 'update'> }, principal: StaffPrincipal, id: string, body: SecondmentEndBody, now: Date): Promise<Secondment> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  if (secondment.ended) throw alreadyEnded();
  if (secondment.extensions.some(isUnderWay)) throw endWhileExtending();
  if (body.lastDay > secondment.lastDay) throw endOutOfRun(`The last day served is on or before the planned last day, ${secondment.lastDay}; extend the secondment to go beyond it.`);
  if (body.lastDay < secondment.firstDay) throw endOutOfRun(`The last day served is on or after the first day, ${secondment.firstDay}.`);
  checkVersion(secondment, body.version);
  const ended = { lastDay: body.lastDay, early: body.lastDay < secondment.lastDay, reason: body.reason, at: now.toISOString(), by: principal.email };
  return writeChange(
    deps.secondments,
    secondment,
    { ended },
    { by: principal.email, action: 'end-recorded', changes: { ended: { from: null, to: { lastDay: ended.lastDay, early: ended.early } } } },
    now,
  );
};
