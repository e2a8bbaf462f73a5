import * as z from '../zod.js';
import { MAX_NOTICE_LENGTH } from './notice-parser.js';
import { checkVacancyDates, vacancyFields } from './schema.js';
import { missionPostSchema, type MissionPost } from '../profiles/mission.js';

// A mission post's details are a sending unit's (../profiles/mission.ts): a receiving stage's
// vacancies refuse the field as unknown, as they always have.
const { mission: _mission, ...ownFields } = vacancyFields;
const { number: _number, status, ...editableFields } = ownFields;
const createStatus = z.enum(['draft', 'open'], 'A new vacancy is a draft or open.');

/** `POST /admin/vacancies`: a new vacancy starts as a draft or goes straight out as open. */
export const vacancyCreateSchema = z.strictObject({ ...ownFields, status: createStatus }).check(z.superRefine(checkVacancyDates));

/** `POST /admin/vacancies` on a sending stage: a call for a post names its mission (issue 18). */
export const missionCallCreateSchema = z
  .strictObject({ ...ownFields, status: createStatus, mission: missionPostSchema })
  .check(z.superRefine(checkVacancyDates));

export type VacancyCreate = z.infer<typeof vacancyCreateSchema> & { mission?: MissionPost };

/** The version a stored vacancy is at: every save bumps it, and a save names the one it read. */
export const vacancyVersion = z.number().check(z.int(), z.minimum(1));

/** `PUT /admin/vacancies/{number}`: every field but the number (which is the path), at the version read. */
export const vacancyUpdateSchema = z.strictObject({ version: vacancyVersion, ...editableFields, status }).check(z.superRefine(checkVacancyDates));

/** `PUT /admin/vacancies/{number}` on a sending stage: a call keeps naming its mission. */
export const missionCallUpdateSchema = z
  .strictObject({ version: vacancyVersion, ...editableFields, status, mission: missionPostSchema })
  .check(z.superRefine(checkVacancyDates));

export type VacancyUpdate = z.infer<typeof vacancyUpdateSchema> & { mission?: MissionPost };

/** `POST /admin/vacancies/parse`: a pasted notice (one notice is about 10,000 characters). */
export const noticeParseSchema = z.strictObject({
  text: z
    .string()
    .check(z.minLength(1, 'Paste the text of a vacancy notice.'), z.maxLength(MAX_NOTICE_LENGTH, `At most ${MAX_NOTICE_LENGTH} characters: paste one notice only.`)),
});
