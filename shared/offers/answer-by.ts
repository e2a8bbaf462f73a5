/**
 * When an offer may be answered (issue 16, point 7): until the end of its answer-by day in the
 * vacancy's duty station, judged at the request's instant, whatever the candidate's own zone.
 */
import { addDays, dateIn, startOfDay } from '../time/zoned.js';
import type { Offer } from './offer.js';

/** The instant the answer-by day ends in `timeZone`: the start of the next day there (a DST change that day moves it with the clocks). */
export const answerByEndsAt = (answerBy: string, timeZone: string): Date => startOfDay(addDays(answerBy, 1), timeZone);

/** An answer is taken while the answer-by day has not ended there: at its last millisecond yes, at midnight no. */
export const mayStillAnswer = (offer: Pick<Offer, 'answerBy'>, timeZone: string, now: Date): boolean =>
  now.getTime() < answerByEndsAt(offer.answerBy, timeZone).getTime();

/** An offer waiting for the candidate: no answer, not lapsed. */
export const awaitsAnswer = (offer: Pick<Offer, 'answer' | 'lapsedAt'>): boolean => offer.answer === undefined && offer.lapsedAt === undefined;

/** Lapses now: no answer and its answer-by day has ended in the duty station. */
export const isLapsing = (offer: Offer, timeZone: string, now: Date): boolean => awaitsAnswer(offer) && !mayStillAnswer(offer, timeZone, now);

/** Today in the duty station: the earliest answer-by an offer may take. */
export const todayIn = (timeZone: string, now: Date): string => dateIn(now, timeZone);

/** The stage's default answer-by: `days` after today in the duty station. */
export const defaultAnswerBy = (timeZone: string, now: Date, days: number): string => addDays(todayIn(timeZone, now), days);
