/**
 * What HR sends to keep the roster of deployable civilian experts (issue 18, point 7) and to invite
 * matching experts to apply. Unknown fields are refused (strict objects).
 */
import * as z from '../zod.js';
import { email } from '../applications/schema.js';
import { note } from '../admin/application-edit.js';
import { languages as pageLanguages } from '../i18n/languages.js';
import { civilianRoleCategorySchema } from '../profiles/role-categories.js';
import { isoDate, singleLine } from '../text.js';
import { cefrLevels, languageCode } from '../vacancies/notice-schema.js';
import { vacancyNumber } from '../vacancies/schema.js';

export const expertFieldsSchema = z.strictObject({
  givenName: singleLine(100),
  familyName: z.optional(singleLine(100)),
  email,
  language: z.enum(pageLanguages, 'One of ar, en, fr, es.'),
  fields: z.array(civilianRoleCategorySchema).check(
    z.minLength(1, 'At least one field of expertise.'),
    z.refine((fields) => new Set(fields).size === fields.length, 'Each field once.'),
  ),
  languages: z
    .array(z.strictObject({ language: languageCode, level: z.enum(cefrLevels, 'A CEFR level: A1, A2, B1, B2, C1 or C2.') }))
    .check(
      z.minLength(1, 'At least one working language.'),
      z.maxLength(12),
      z.refine((entries) => new Set(entries.map((entry) => entry.language)).size === entries.length, 'Each language once.'),
    ),
  yearsOfExperience: z.number().check(z.int('A whole number of years.'), z.minimum(0), z.maximum(60)),
  availableFrom: isoDate,
  availableUntil: z.optional(isoDate),
  vettingExpiresOn: z.optional(isoDate),
  note: z.optional(note),
});

const checkAvailability = z.superRefine((body: { availableFrom: string; availableUntil?: string | undefined }, context) => {
  if (body.availableUntil !== undefined && body.availableUntil < body.availableFrom) {
    context.addIssue({ code: 'custom', path: ['availableUntil'], message: 'Available until a day before available from.', input: body.availableUntil });
  }
});

/** `POST /admin/experts`. */
export const expertCreateSchema = expertFieldsSchema.check(checkAvailability);
export type ExpertCreate = z.infer<typeof expertCreateSchema>;

/** `PUT /admin/experts/{id}`: the whole record, at the version read. */
export const expertUpdateSchema = z.strictObject({ ...expertFieldsSchema.shape, version: z.int().check(z.minimum(1)) }).check(checkAvailability);
export type ExpertUpdate = z.infer<typeof expertUpdateSchema>;

export const expertPathSchema = z.strictObject({ id: z.uuid('Not an expert id.') });
export const expertCallPathSchema = z.strictObject({ vacancy: vacancyNumber });

/** `POST /admin/experts/invitations/{vacancy}`: the experts HR invites to apply, in one action. */
export const expertInvitationSchema = z.strictObject({
  experts: z.array(z.uuid('Not an expert id.')).check(z.minLength(1, 'At least one expert.'), z.maxLength(100, 'At most 100 experts at once.')),
});
export type ExpertInvitation = z.infer<typeof expertInvitationSchema>;
