/**
 * The body of a vacancy notice as structured data (issue 15, point 1): what the post does, what it
 * asks of a candidate, and the standing text every notice carries. Each part is optional, so a
 * vacancy stored before notices had a body, or a notice that lacks a part, still reads. The text
 * stays in the language the notice was written in (pages mark it with its own `lang`).
 */
import * as z from '../zod.js';
import { languages } from '../i18n/languages.js';
import { singleLine } from '../text.js';

/** The Common European Framework of Reference levels, lowest first (comparable by index). */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

/** Whether a candidate must meet a requirement, or it only counts in their favour. */
export const requirementNeeds = ['required', 'asset'] as const;
export type RequirementNeed = (typeof requirementNeeds)[number];

/** One bullet of a notice: a sentence or two. */
const item = singleLine(1_000);
/** A paragraph of prose (a summary paragraph, a standing text). */
const paragraph = singleLine(4_000);

const list = <T extends z.core.SomeType>(of: T, max: number) => z.array(of).check(z.minLength(1, 'At least one item.'), z.maxLength(max, `At most ${max} items.`));

/** A requirement as the notice words it, and whether it is required or an asset. */
export const requirementSchema = z.strictObject({
  text: item,
  need: z.enum(requirementNeeds),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** One duty ("DUTY 1: Plan, monitor and coordinate...") and its activities; a duty has a title, activities, or both. */
export const dutySchema = z
  .strictObject({
    title: z.optional(item),
    activities: z.array(item).check(z.maxLength(40, 'At most 40 activities.')),
  })
  .check(
    z.refine((duty) => duty.title !== undefined || duty.activities.length > 0, { message: 'A duty has a title or at least one activity.', path: ['title'] }),
  );
export type Duty = z.infer<typeof dutySchema>;

/** An ISO 639-1 code (en, fr, es, ar...): what the candidate's own languages are compared with. */
export const languageCode = z.string().check(z.regex(/^[a-z]{2}$/, 'An ISO 639-1 language code such as en or fr.'));

/**
 * A language the post needs: its code, the CEFR level the notice's words map to (absent when the
 * notice names no level), required or an asset, the notice's own words (shown to candidates), and
 * the languages it is an alternative to.
 * The mapping from words to levels is `levelFromWords` in notice-languages.ts (docs/vacancy-notice.md).
 */
export const languageRequirementSchema = z.strictObject({
  language: languageCode,
  level: z.optional(z.enum(cefrLevels)),
  need: z.enum(requirementNeeds),
  wording: item,
  /**
   * Languages with the same number are alternatives ("Excellent command of English or French"):
   * the post needs one of them, at its level. Absent: the language is needed by itself.
   */
  either: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
});
export type LanguageRequirement = z.infer<typeof languageRequirementSchema>;

/** An ability as a bullet, with the sub-bullets of a lead-in such as "Ability to:" or "These skills include:". */
export const abilitySchema = z.strictObject({
  text: item,
  details: z.optional(list(item, 30)),
});
export type Ability = z.infer<typeof abilitySchema>;

/** Experience: the bullets, and the minimum years where the notice states one (15 in notice 1614). */
export const experienceSchema = z.strictObject({
  minimumYears: z.optional(z.number().check(z.int('Whole years.'), z.minimum(1), z.maximum(40))),
  items: list(requirementSchema, 30),
});
export type Experience = z.infer<typeof experienceSchema>;

/** The text every notice carries, in its own words; none of it changes from notice to notice by much. */
export const standingTextSchema = z.strictObject({
  /** "This vacancy announcement pertains to law enforcement and/or governmental officials ... only." */
  audience: z.optional(paragraph),
  /** "Please read the Conditions of Secondment in force at INTERPOL (shared via the NCB) ..." */
  conditions: z.optional(paragraph),
  /** Who pays: "your home Administration ... will be responsible for all of your salary ...". */
  costs: z.optional(paragraph),
  /** "INTERPOL strives to achieve a diverse and inclusive workforce ..." */
  diversity: z.optional(paragraph),
  /** How experience is assessed and proved ("Please only include professional experience for which ..."). */
  evidence: z.optional(paragraph),
});
export type StandingText = z.infer<typeof standingTextSchema>;

export const noticeFields = {
  /** The language the notice is written in, which its text stays in (pages mark it with `lang`); absent means English. */
  language: z.optional(z.enum(languages)),
  /** The summary of duties (or "introduction of the post"), paragraph by paragraph. */
  summary: z.optional(list(paragraph, 10)),
  duties: z.optional(list(dutySchema, 20)),
  education: z.optional(list(requirementSchema, 10)),
  experience: z.optional(experienceSchema),
  languages: z.optional(list(languageRequirementSchema, 12)),
  abilities: z.optional(list(abilitySchema, 40)),
  /** A notice may list aptitudes apart from abilities (notice 1614). */
  aptitudes: z.optional(list(item, 30)),
  standing: z.optional(standingTextSchema),
};

/** The notice's body; a language appears once, and alternatives come at least two, all required or all assets. */
export const vacancyNoticeSchema = z.strictObject(noticeFields).check(
  z.superRefine((notice, ctx) => {
    const seen = new Set<string>();
    const groups = new Map<number, Array<{ index: number; need: string }>>();
    (notice.languages ?? []).forEach((entry, index) => {
      if (seen.has(entry.language)) {
        ctx.addIssue({ code: 'custom', path: ['languages', index, 'language'], message: `The language ${entry.language} is listed twice.` });
      }
      seen.add(entry.language);
      if (entry.either !== undefined) groups.set(entry.either, [...(groups.get(entry.either) ?? []), { index, need: entry.need }]);
    });
    for (const [group, members] of groups) {
      const [first, ...others] = members;
      if (!first) continue;
      if (others.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['languages', first.index, 'either'], message: `Alternative ${group} names one language only: give the same number to the languages a candidate may choose between.` });
      }
      for (const other of others.filter((member) => member.need !== first.need)) {
        ctx.addIssue({ code: 'custom', path: ['languages', other.index, 'need'], message: `The alternatives of ${group} are all required or all assets.` });
      }
    }
  }),
);
export type VacancyNotice = z.infer<typeof vacancyNoticeSchema>;

/** The parts of a notice, in the order a notice gives them (what the parser reports as unread). */
export const noticeParts = ['summary', 'duties', 'education', 'experience', 'languages', 'abilities', 'aptitudes', 'standing'] as const;
export type NoticePart = (typeof noticeParts)[number];
