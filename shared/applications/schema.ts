import * as z from 'zod';
import { isMemberCountry, isoCountryCodes } from '../reference/countries.js';
import { isLanguageCode } from '../reference/languages.js';
import { singleLine } from '../text.js';
import { vacancyNumber } from '../vacancies/schema.js';

export const applicantCategories = ['law-enforcement', 'government-official'] as const;

const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Use the two-letter ISO 3166-1 country code, such as FR.', abort: true })
  .refine((code) => isoCountryCodes.has(code), { message: 'Not an ISO 3166-1 country code.', abort: true });

export const nationality = countryCode.refine(isMemberCountry, 'Only nationals of INTERPOL member countries may apply.');

/** The home administration's country: its NCB validates the application and forwards the letter. */
export const homeAdministrationCountry = countryCode.refine(
  isMemberCountry,
  'The home administration must be in an INTERPOL member country: its NCB forwards your application.',
);

export const email = z
  .string()
  .trim()
  .max(254, 'At most 254 characters.')
  // The pattern browsers use for <input type=email>, so the form and the API agree.
  .pipe(z.email({ pattern: z.regexes.html5Email, message: 'Not an email address.' }))
  .transform((value) => value.toLowerCase());

/** The body of `POST /applications` (DESIGN.md); unknown keys are refused. */
export const applicationSubmissionSchema = z.strictObject({
  vacancy: vacancyNumber,
  givenName: singleLine(100),
  familyName: singleLine(100),
  email,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, 'Digits, spaces and + ( ) . - only, such as +33 4 72 00 00 00.')
    .optional(),
  nationality,
  category: z.enum(applicantCategories, 'Either law-enforcement or government-official.'),
  currentTitle: singleLine(200),
  homeAdministration: singleLine(200),
  /** Optional: without it, the nationality (ncbCountry in application.ts). */
  homeAdministrationCountry: homeAdministrationCountry.optional(),
  yearsOfExperience: z.number().int('A whole number of years.').min(0).max(60),
  languages: z
    .array(z.string().refine(isLanguageCode, 'Not an ISO 639-1 language code, such as en.'))
    .min(1, 'At least one language.')
    .max(20)
    .refine((codes) => new Set(codes).size === codes.length, 'Each language once.'),
  privacyConsent: z.literal(true, 'Consent to the privacy notice is required to apply.'),
});

export type ApplicationSubmission = z.infer<typeof applicationSubmissionSchema>;
export type ApplicantCategory = (typeof applicantCategories)[number];
