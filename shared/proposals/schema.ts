import * as z from '../zod.js';
import { applicationSubmissionSchema, educationLevels, email, nationality } from '../applications/schema.js';
import { languageSchema } from '../i18n/language-schema.js';
import { isoDate, singleLine } from '../text.js';
import { clearanceLevels, vacancyNumber } from '../vacancies/schema.js';
import { vacancyCreateSchema } from '../vacancies/edit-schema.js';
import { secondmentLimits } from '../vacancies/secondment-rules.js';
import { proposalAreas } from './areas.js';
import { proposalDocumentKinds, proposalStates } from './states.js';

const submission = applicationSubmissionSchema.shape;
const shortTerm = secondmentLimits['short-term'];

/** The officer an NCB proposes: the application's own fields and rules, so a match makes an application of them as they are. */
export const proposedOfficerSchema = z
  .strictObject({
    givenName: submission.givenName,
    familyName: submission.familyName,
    email,
    nationality,
    /** The officer's rank, e.g. "Commissaire de police": the application's current title. */
    rank: singleLine(200),
    homeAdministration: submission.homeAdministration,
    yearsOfExperience: submission.yearsOfExperience,
    education: z.enum(educationLevels, 'One of secondary, post-secondary, bachelor, master, doctorate.'),
    languages: submission.languages,
    /** Each language's CEFR level, keyed by its code, as the application takes them. */
    languageLevels: submission.languageLevels,
    /** The language the officer reads: the match's email and every later one. */
    preferredLanguage: languageSchema,
  })
  .check(
    z.superRefine((officer, context) => {
      const chosen = new Set(officer.languages);
      for (const code of Object.keys(officer.languageLevels ?? {})) {
        if (!chosen.has(code)) context.addIssue({ code: 'custom', message: 'A level only for a language you chose in languages.', path: ['languageLevels', code], input: officer.languageLevels });
      }
    }),
  );

/** What the NCB offers: the units or crime areas, from when, and for how long (a short-term secondment's 6 to 36 months). */
export const proposalOfferSchema = z.strictObject({
  areas: z
    .array(z.enum(proposalAreas, `One of ${proposalAreas.join(', ')}.`))
    .check(
      z.minLength(1, 'At least one unit or crime area.'),
      z.maxLength(proposalAreas.length),
      z.refine((areas) => new Set(areas).size === areas.length, 'Each area once.'),
    ),
  availableFrom: isoDate,
  durationMonths: z
    .number()
    .check(
      z.int('Whole months.'),
      z.minimum(shortTerm.minInitial, `A short-term secondment runs at least ${shortTerm.minInitial} months.`),
      z.maximum(shortTerm.maxInitial, `A short-term secondment runs at most ${shortTerm.maxInitial} months.`),
    ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'At most 2,000 characters.'))),
});

/** The NCB's attestation of the officer's security screening, as its validation of an application names it. */
export const proposalScreeningSchema = z.strictObject({
  clearance: z.enum(clearanceLevels, 'Basic or Enhanced.'),
  screenedOn: isoDate,
});

/** The body of `POST /admin/proposals`. */
export const proposalCreateSchema = z.strictObject({
  officer: proposedOfficerSchema,
  offer: proposalOfferSchema,
  screening: proposalScreeningSchema,
});
export type ProposalCreate = z.infer<typeof proposalCreateSchema>;

export const proposalId = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'A proposal id is a UUID.'));

export const proposalPathSchema = z.strictObject({ id: proposalId });

export const proposalDocumentPathSchema = z.strictObject({
  id: proposalId,
  kind: z.enum(proposalDocumentKinds, `Use ${proposalDocumentKinds.join(' or ')}.`),
});

export const proposalListQuerySchema = z.strictObject({
  state: z.optional(z.enum(proposalStates, `One of ${proposalStates.join(', ')}.`)),
});

/** The body of a withdrawal or a decline: why, which the NCB reads. */
export const proposalReasonSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1, 'Required.'), z.maxLength(2000, 'At most 2,000 characters.')),
});

/**
 * The body of `POST /admin/proposals/{id}/match`: an existing published short-term vacancy, or a
 * new one written in the same request under the rules of `POST /admin/vacancies`.
 */
export const proposalMatchSchema = z.union([
  z.strictObject({ vacancyNumber }),
  z.strictObject({ vacancy: vacancyCreateSchema }),
]);
export type ProposalMatchBody = z.infer<typeof proposalMatchSchema>;
