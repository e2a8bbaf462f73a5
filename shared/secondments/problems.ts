/**
 * What an NCB officer may meet on a secondment (its extensions), said in their language (the
 * validation catalogue's problem.* keys, shared/i18n/catalogues/secondments/problems/): domain
 * errors, no HTTP. HR's own refusals are in hr-problems.ts, in English.
 */
import { calendarDate, Conflict, Forbidden, NotFound, SecondmentRulesBroken, type FieldIssue, type ProblemMessage } from '../errors.js';
import type { SecondmentType } from '../vacancies/schema.js';
import type { ExtensionRoom, ExtensionState } from './extension.js';

export const noSecondment = (): NotFound => new NotFound('There is no secondment with this id.', { key: 'problem.notFound.secondment' });

export const noExtension = (): NotFound => new NotFound('This secondment has no such extension.', { key: 'problem.notFound.extension' });

/** A write carried a version that is no longer the stored one. */
export const secondmentChanged = (): Conflict =>
  new Conflict('This secondment changed since you read it: read it again, then decide again.', { key: 'problem.conflict.secondmentChanged' });

export const secondmentEnded = (lastDay: string): Conflict =>
  new Conflict(`This secondment ended on ${lastDay}: it can no longer be extended.`, { key: 'problem.conflict.secondmentEnded', values: { day: calendarDate(lastDay) } });

export const extensionUnderWay = (): Conflict =>
  new Conflict('An extension of this secondment is already under way: it is approved, refused or withdrawn before another is asked.', {
    key: 'problem.conflict.extensionUnderWay',
  });

/** A step asked of an extension that stands elsewhere (confirmed twice, decided, withdrawn). */
export const extensionNotAt = (state: ExtensionState): Conflict =>
  // ICU's select keys take no hyphen: the message chooses by the state's camel-case name.
  new Conflict(`This extension is ${state}: that step is not open to it.`, {
    key: 'problem.conflict.extensionNotAt',
    values: { state: state.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase()) },
  });

/** Only who asked (HR, or the NCB of the country) withdraws. */
export const notTheAsker = (as: 'hr' | 'ncb'): Forbidden =>
  new Forbidden(`Only ${as === 'hr' ? 'HR' : 'the NCB'}, who asked for this extension, may withdraw it.`, { key: 'problem.forbidden.notTheAsker', values: { as } });

/**
 * More months than the type's limit in all leaves room for: a 422 of the secondment rules whose
 * `errors` name `months`, said in the reader's language with the exact limit and the months left.
 */
export class ExtensionBeyondLimit extends SecondmentRulesBroken {
  // The parent takes none: an NCB reads this one, so it carries its own.
  override readonly translation: ProblemMessage;
  constructor(
    errors: FieldIssue[],
    translation: ProblemMessage,
    readonly room: ExtensionRoom,
  ) {
    super(errors);
    this.translation = translation;
  }
}

export const extensionBeyondLimit = (type: SecondmentType, months: number, room: ExtensionRoom): ExtensionBeyondLimit => {
  const kind = type === 'regular' ? 'A regular secondment' : 'A short-term secondment';
  const left = room.left === 0 ? 'it cannot be extended' : `it may be extended by at most ${room.left} more ${room.left === 1 ? 'month' : 'months'}`;
  return new ExtensionBeyondLimit(
    [{ path: 'months', message: `${kind} runs at most ${room.limit} months in all; this one takes ${room.taken}, so ${left} (${months} asked).` }],
    { key: 'problem.secondmentRules.extensionLimit', values: { type, limit: room.limit, taken: room.taken, left: room.left, months } },
    room,
  );
};
