import * as z from '../zod.js';
import { genderSchema } from './gender.js';
import { languageSchema } from '../i18n/language-schema.js';
import { isMemberCountry, isoCountryCodes } from '../reference/countries.js';
import { isLanguageCode } from '../reference/languages.js';
import { dropDirectionMarks, singleLine } from '../text.js';
import { isTimeZone } from '../time/zoned.js';
import { vacancyNumber } from '../vacancies/schema.js';
import { cefrLevels } from '../vacancies/notice-schema.js';
import { sendingApplicantCategories, type ApplicantStatus } from '../profiles/applicant-categories.js';

/** Who may apply to a receiving organisation (the default profile); a sending unit's are in ../profiles/. */
export const applicantCategories = ['law-enforcement', 'government-official'] as const;
/** Every category of either profile, as stored applications hold them. */
export const allApplicantCategories = [...applicantCategories, ...sendingApplicantCategories] as const;

/**
 * The highest education a candidate completed, on UNESCO's International Standard Classification
 * of Education (ISCED 2011), which every member country's diplomas map to: secondary is levels 3
 * (upper secondary; lower ones are not asked of a seconded officer), post-secondary levels 4 and 5
 * (vocational or short-cycle tertiary, police academies' diplomas among them), then bachelor (6),
 * master (7) and doctorate (8). Lowest first, so two levels compare by index.
 */
export const educationLevels = ['secondary', 'post-secondary', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof educationLevels)[number];

const languageList = z
  .array(z.string().check(z.refine(isLanguageCode, 'Not an ISO 639-1 language code, such as en.')))
  .check(
    z.minLength(1, 'At least one language.'),
    z.maxLength(20),
    z.refine((codes) => new Set(codes).size === codes.length, 'Each language once.'),
  );

/**
 * The candidate's level in each language chosen, on the CEFR scale (the notice's words map to it:
 * docs/vacancy-notice.md), so the eligibility rules compare it with what the notice asks. Optional
 * in the API (clients made before it send none, and those applications' levels stay unknown); the
 * form asks it for every language chosen. Its keys are checked against `languages` below (a key
 * that is no language code is no language chosen either).
 */
const languageLevels = z.record(z.string().check(z.maxLength(8)), z.enum(cefrLevels, 'A CEFR level: A1, A2, B1, B2, C1 or C2.'));

const countryCode = z
  .string()
  .check(
    z.regex(/^[A-Z]{2}$/, { message: 'Use the two-letter ISO 3166-1 country code, such as FR.', abort: true }),
    z.refine((code) => isoCountryCodes.has(code), { message: 'Not an ISO 3166-1 country code.', abort: true }),
  );

export const nationality = countryCode.check(z.refine(isMemberCountry, 'Only nationals of INTERPOL member countries may apply.'));

/** The home administration's country: its NCB validates the application and forwards the letter. */
export const homeAdministrationCountry = countryCode.check(
  z.refine(isMemberCountry, 'The home administration must be in an INTERPOL member country: its NCB forwards your application.'),
);

/**
 * The pattern browsers use for <input type=email> (HTML's "valid email address"), so the form and
 * the API agree: zod's regexes.html5Email, written out, since reaching it through zod's `regexes`
 * bundles every one of its patterns.
 */
const HTML5_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export const email = z.pipe(
  z.pipe(
    z.string().check(dropDirectionMarks(), z.trim(), z.maxLength(254, 'At most 254 characters.')),
    z.email({ pattern: HTML5_EMAIL, message: 'Not an email address.' }),
  ),
  z.transform((value) => value.toLowerCase()),
);

/** The fields of `POST /applications` on a receiving stage; a sending one's schema changes a few (../profiles/sending-submission.ts). */
export const applicationSubmissionFields = {
  vacancy: vacancyNumber,
  givenName: singleLine(100),
  /** Optional: many people have one name only (issue 14); every application stored before has one. */
  familyName: z.optional(singleLine(100)),
  email,
  phone: z.optional(
    z.string().check(dropDirectionMarks(), z.trim(), z.regex(/^\+?[0-9][0-9 ().-]{5,24}$/, 'Digits, spaces and + ( ) . - only, such as +33 4 72 00 00 00.')),
  ),
  nationality,
  category: z.enum(applicantCategories, 'Either law-enforcement or government-official.'),
  currentTitle: singleLine(200),
  homeAdministration: singleLine(200),
  /** Optional: without it, the nationality (ncbCountry in application.ts). */
  homeAdministrationCountry: z.optional(homeAdministrationCountry),
  yearsOfExperience: z.number().check(z.int('A whole number of years.'), z.minimum(0), z.maximum(60)),
  languages: languageList,
  /** Each chosen language's CEFR level, keyed by its code; a key must be among `languages`. */
  languageLevels: z.optional(languageLevels),
  /** The highest education completed (ISCED-based, `educationLevels`); optional for clients made before the form asked it. */
  education: z.optional(z.enum(educationLevels, 'One of secondary, post-secondary, bachelor, master, doctorate.')),
  /**
   * Self-declared and optional (gender.ts): absent when not answered or the candidate prefers not
   * to say. Kept for the reports' counts only; never in a staff view, an export, an email or a log.
   */
  gender: z.optional(
    genderSchema.check(
      z.describe(
        'Optional and self-declared: leave it out when the candidate prefers not to say. Counted only in HR\'s reports (in counts of 5 or more); never answered by any staff, NCB or panel view, export or email.',
      ),
    ),
  ),
  privacyConsent: z.literal(true, 'Consent to the privacy notice is required to apply.'),
  /**
   * The language the candidate reads the hub in (ar, en, fr or es): stored with the application, so
   * every later email uses it. Optional: without it, the submit request's Accept-Language.
   */
  language: z.optional(languageSchema),
  /**
   * The candidate's own time zone (IANA, as the browser reports it): optional; when known, emails
   * give the deadline in it too, after the duty station's.
   */
  timeZone: z.optional(z.string().check(z.maxLength(64), z.refine(isTimeZone, 'Not an IANA time zone such as Europe/Paris.'))),
};

/** A level belongs to a language the candidate says they speak; each stray one is named by its path. */
export const checkLanguageLevels = (submission: { languages: string[]; languageLevels?: Record<string, string> | undefined }, context: z.core.$RefinementCtx): void => {
    const chosen = new Set(submission.languages);
    for (const code of Object.keys(submission.languageLevels ?? {})) {
      if (!chosen.has(code)) {
        context.addIssue({ code: 'custom', message: 'A level only for a language you chose in languages.', path: ['languageLevels', code], input: submission.languageLevels });
      }
    }
};

/** The body of `POST /applications` on a receiving stage (DESIGN.md); unknown keys are refused. */
export const applicationSubmissionSchema = z.strictObject(applicationSubmissionFields).check(z.superRefine(checkLanguageLevels));

export type ApplicantCategory = (typeof allApplicantCategories)[number];
export type ReceivingApplicantCategory = (typeof applicantCategories)[number];

/**
 * A submission as the domain takes it from either profile's schema: the receiving one's fields,
 * with a sending unit's categories and its applicant's status (../profiles/sending-submission.ts).
 */
export type ApplicationSubmission = Omit<z.infer<typeof applicationSubmissionSchema>, 'category'> & {
  category: ApplicantCategory;
  applicantStatus?: ApplicantStatus;
};
