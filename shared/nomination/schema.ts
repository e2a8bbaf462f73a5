/**
 * What HR sends to nominate a candidate to the mission, withdraw a nomination, record the day it
 * went and the mission's answer (issue 18, point 5). Unknown fields are refused (strict objects).
 */
import * as z from '../zod.js';
import { isIsoDate } from '../time/zoned.js';
import { note } from '../admin/application-edit.js';
import { vacancyNumber } from '../vacancies/schema.js';
import { missionAnswers } from './nomination.js';

const version = z.int().check(z.minimum(1));

/** A required day (YYYY-MM-DD) whose absence is named by what it is. */
const dayOf = (missing: string) => z.string(missing).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format.'), z.refine(isIsoDate, 'Not a calendar date.'));

/** `/admin/nominations/{vacancy}`. */
export const nominationCallPathSchema = z.strictObject({ vacancy: vacancyNumber });
/** `/admin/nominations/{vacancy}/applications/{id}...`. */
export const nominationPathSchema = z.strictObject({ vacancy: vacancyNumber, id: z.uuid('Not an application id.') });

/** `POST .../applications/{id}`: at the application's version HR read. */
export const nominateBodySchema = z.strictObject({ version });
export type NominateBody = z.infer<typeof nominateBodySchema>;

/** `POST .../withdraw`: the unit takes a nomination back before it goes, saying why (audited). */
export const withdrawNominationBodySchema = z.strictObject({
  version,
  reason: note.check(z.refine((value) => value.trim() !== '', 'A nomination is withdrawn with a reason.')),
});
export type WithdrawNominationBody = z.infer<typeof withdrawNominationBodySchema>;

/** `POST .../sent`: the day the package went to the mission. */
export const nominationSentBodySchema = z.strictObject({
  version,
  sentOn: dayOf('The day the package went to the mission.'),
});
export type NominationSentBody = z.infer<typeof nominationSentBodySchema>;

/** `POST .../answer`: the mission's answer and the day it came; HR's note stays internal. */
export const missionAnswerBodySchema = z.strictObject({
  version,
  outcome: z.enum(missionAnswers, 'selected, reserve or not-selected.'),
  answeredOn: dayOf('The day the mission answered.'),
  note: z.optional(note),
});
export type MissionAnswerBody = z.infer<typeof missionAnswerBodySchema>;
