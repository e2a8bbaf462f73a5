import { addDays } from '../time/zoned.js';
import type { SecondmentDocument } from './document.js';
import type { SecondmentType } from '../vacancies/schema.js';
import { renewalViolation, secondmentLimits } from '../vacancies/secondment-rules.js';
import { addMonths, extendedLastDay, monthsServedBetween } from './months.js';

/**
 * An extension (issue 17, point 2): asked by HR, or by the NCB for the home administration; it
 * needs the home administration's confirmation through the NCB, as the first letter did, and HR's
 * approval, in that order. Only an approved one moves the secondment's last day.
 */
export const extensionStates = ['awaiting-home-confirmation', 'awaiting-approval', 'approved', 'refused', 'withdrawn'] as const;
export type ExtensionState = (typeof extensionStates)[number];

export interface Extension {
  id: string;
  months: number;
  /** The last day planned when it was asked, and the one it gives once approved. */
  fromLastDay: string;
  toLastDay: string;
  requestedBy: { email: string; as: 'hr' | 'ncb' };
  requestedAt: string;
  reason?: string;
  state: ExtensionState;
  /** Recorded by the NCB with the home administration's letter. */
  homeConfirmation?: { at: string; by: string; letter: SecondmentDocument };
  /** HR's approval or refusal (a refusal says why). */
  decision?: { at: string; by: string; reason?: string };
  /** The asker took it back, saying why. */
  withdrawal?: { at: string; by: string; reason: string };
}

/** Asked, and neither approved nor ended: the secondment may not be asked another meanwhile. */
export const isUnderWay = (extension: Pick<Extension, 'state'>): boolean =>
  extension.state === 'awaiting-home-confirmation' || extension.state === 'awaiting-approval';

/** A secondment's run as the limits read it. */
export interface Run {
  type: SecondmentType;
  firstDay: string;
  lastDay: string;
}

/**
 * Months the run takes against the limit: a month begun counts whole, so a run of 11 months and
 * 17 days takes 12 and the limit is never passed by days.
 */
export const monthsTaken = (run: Pick<Run, 'firstDay' | 'lastDay'>): number => {
  const whole = monthsServedBetween(run.firstDay, run.lastDay);
  return addMonths(run.firstDay, whole) === addDays(run.lastDay, 1) ? whole : whole + 1;
};

export interface ExtensionRoom {
  /** The type's limit in all (regular 72, short-term 36). */
  limit: number;
  /** Months the run takes now (first day to the last day planned). */
  taken: number;
  /** How many more whole months an extension may give. */
  left: number;
}

export const extensionRoom = (run: Run): ExtensionRoom => {
  const limit = secondmentLimits[run.type].maxTotal;
  const taken = monthsTaken(run);
  return { limit, taken, left: Math.max(0, limit - taken) };
};

export type ExtensionVerdict =
  | { allowed: true; toLastDay: string; room: ExtensionRoom }
  | { allowed: false; reason: string; room: ExtensionRoom };

/**
 * Whether `months` more may be asked on `today` (the duty station's date): not once the run has
 * ended or while another extension is under way, and within the type's limit, refused with the
 * exact limit and the months left.
 */
export const checkExtension = (
  run: Run & { extensions: readonly Pick<Extension, 'state'>[]; ended?: unknown },
  months: number,
  today: string,
): ExtensionVerdict => {
  const room = extensionRoom(run);
  if (run.ended !== undefined || today > run.lastDay) return { allowed: false, reason: 'The secondment has ended: it cannot be extended.', room };
  if (run.extensions.some(isUnderWay)) {
    return { allowed: false, reason: 'An extension is already under way: it is approved, refused or withdrawn before another is asked.', room };
  }
  const violation = renewalViolation(run.type, room.taken, months);
  if (violation) {
    const left = room.left === 0 ? 'none is left' : `at most ${room.left} more ${room.left === 1 ? 'month' : 'months'}`;
    return { allowed: false, reason: `${violation} It may be extended by ${left}.`, room };
  }
  return { allowed: true, toLastDay: extendedLastDay(run.lastDay, months), room };
};
