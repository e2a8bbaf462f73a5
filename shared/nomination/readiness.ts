import { missingItems, type Application, type MissingItem } from '../applications/application.js';
import { applicationsCloseAt } from '../vacancies/deadline.js';
import { dateIn } from '../time/zoned.js';
import { requirementLabel } from './words.js';
import type { MissionCall } from './call.js';

/** Why a candidate cannot be nominated now, in the order the unit meets them. */
export type NominationBlock =
  | { reason: 'not-interviewed'; status: Application['status'] }
  | { reason: 'incomplete'; missing: MissingItem[] }
  | { reason: 'national-deadline-open'; deadline: string; timeZone: string }
  | { reason: 'full'; allowed: number };

/**
 * Whether the unit may nominate `application` to `call` now, given how many nominations already
 * hold a place: the mission takes the ones the unit sifted and interviewed, complete (the CV; a
 * serving officer's release by their force, without which the unit cannot nominate: point 4), once
 * everyone who applied by the national deadline can be weighed together, within the call's number.
 */
export const nominationBlock = (application: Application, call: MissionCall, holding: number, now: Date): NominationBlock | undefined => {
  if (application.status !== 'interviewed') return { reason: 'not-interviewed', status: application.status };
  const missing = missingItems(application);
  if (missing.length > 0) return { reason: 'incomplete', missing };
  if (now < applicationsCloseAt(call)) return { reason: 'national-deadline-open', deadline: call.deadline, timeZone: call.timeZone };
  if (holding >= call.mission.nominationsAllowed) return { reason: 'full', allowed: call.mission.nominationsAllowed };
  return undefined;
};

/** The block in HR's words (English; the problem a refused nomination answers says it in the reader's language). */
export const blockText = (block: NominationBlock): string => {
  switch (block.reason) {
    case 'not-interviewed':
      return `Only an interviewed candidate can be nominated; this application is ${block.status}.`;
    case 'incomplete':
      return `This candidate cannot be nominated yet: ${block.missing.map(requirementLabel).join(' and ')} ${block.missing.length === 1 ? 'is' : 'are'} still missing.`;
    case 'national-deadline-open':
      return `Nominations wait for the national deadline (${block.deadline} in ${block.timeZone}): everyone who applied in time is sifted together.`;
    case 'full':
      return `The call takes at most ${block.allowed} ${block.allowed === 1 ? 'nomination' : 'nominations'}, and every place is taken.`;
  }
};

/** Today in the duty station: the day a package goes or an answer comes is never after it. */
export const todayAt = (call: Pick<MissionCall, 'timeZone'>, now: Date): string => dateIn(now, call.timeZone);
