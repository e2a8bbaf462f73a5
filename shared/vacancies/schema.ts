import * as z from '../zod.js';
import { isoDate, singleLine } from '../text.js';
import { isTimeZone } from '../time/zoned.js';
import { vacancyNoticeSchema } from './notice-schema.js';
import { checkMissionDeadline, missionPostSchema } from '../profiles/mission.js';

export const vacancyStatuses = ['draft', 'open', 'closed', 'filled', 'cancelled'] as const;
export const clearanceLevels = ['Basic', 'Enhanced'] as const;
export const secondmentTypes = ['regular', 'short-term'] as const;

export const vacancyNumber = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, 'A vacancy number is 1 to 20 letters, digits or hyphens.'));

export const vacancyFields = {
  number: vacancyNumber,
  title: singleLine(200),
  unit: singleLine(200),
  reportingTo: singleLine(200),
  location: singleLine(100),
  timeZone: z.string().check(z.refine(isTimeZone, 'Not an IANA time zone such as Europe/Paris.')),
  grade: singleLine(10),
  durationMonths: z.optional(z.number().check(z.int('Whole months.'), z.minimum(1), z.maximum(72))),
  endsOn: z.optional(isoDate),
  posts: z.number().check(z.int('A whole number.'), z.minimum(1), z.maximum(100)),
  /**
   * At most this many applications of one member country's nationals may stand validated by its
   * NCB (the UN's practice is two per post); absent, no limit (every vacancy stored before).
   */
  maxValidatedPerCountry: z.optional(z.number().check(z.int('A whole number.'), z.minimum(1), z.maximum(20))),
  clearance: z.enum(clearanceLevels),
  secondmentType: z.enum(secondmentTypes),
  publishedAt: isoDate,
  deadline: isoDate,
  status: z.enum(vacancyStatuses),
  /** The notice's body (duties, requirements, standing text); absent on vacancies stored before it existed. */
  notice: z.optional(vacancyNoticeSchema),
  /**
   * `false`: not advertised (a vacancy a proposal's match made for one unit's need): off the public
   * list and page, and no circular, until HR advertises it. Absent: advertised, as every vacancy stored before.
   */
  advertised: z.optional(z.boolean()),
  /**
   * A sending unit's call for a post in a mission (issue 18, ../profiles/mission.ts): the mission,
   * who runs it, the role category, the rank sought and the mission's own deadline. A sending
   * stage's calls carry it and a receiving stage's vacancies never do (the profile's postCreate, ../profiles/profile.ts).
   */
  mission: z.optional(missionPostSchema),
};

type VacancyShape = z.output<z.ZodMiniObject<typeof vacancyFields>>;

/** The rules across fields: exactly one of `durationMonths` and `endsOn`, dates in order. */
export const checkVacancyDates = (
  vacancy: Pick<VacancyShape, 'durationMonths' | 'endsOn' | 'publishedAt' | 'deadline'> & Partial<Pick<VacancyShape, 'mission'>>,
  ctx: z.core.$RefinementCtx,
): void => {
  const hasMonths = vacancy.durationMonths !== undefined;
  const hasEnd = vacancy.endsOn !== undefined;
  if (hasMonths === hasEnd) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationMonths'],
      message: 'Give either durationMonths or endsOn, not both and not neither.',
    });
  }
  if (vacancy.deadline < vacancy.publishedAt) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'The deadline is before the publication date.' });
  }
  if (vacancy.endsOn !== undefined && vacancy.endsOn <= vacancy.deadline) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The secondment ends before the application deadline.' });
  }
  checkMissionDeadline(vacancy, ctx);
};

/** A vacancy as the API shows it (DESIGN.md). */
export const vacancySchema = z.strictObject(vacancyFields).check(z.superRefine(checkVacancyDates));

export type Vacancy = z.infer<typeof vacancySchema>;
export type VacancyStatus = (typeof vacancyStatuses)[number];
export type Clearance = (typeof clearanceLevels)[number];
export type SecondmentType = (typeof secondmentTypes)[number];

/** Whether the public and the NCBs' circular see it: every vacancy but one marked `advertised: false`. */
export const isAdvertised = (vacancy: Pick<Vacancy, 'advertised'>): boolean => vacancy.advertised !== false;

/** What the notice parser can fill in: every field optional, nothing else allowed. */
export const vacancyDraftSchema = z.partial(z.strictObject(vacancyFields));
export type VacancyDraft = z.infer<typeof vacancyDraftSchema>;

export const vacancyListQuerySchema = z.strictObject({
  status: z._default(z.enum(['open', 'all'], 'Use status=open (the default) or status=all.'), 'open'),
});
export type VacancyListQuery = z.infer<typeof vacancyListQuerySchema>;

export const vacancyPathSchema = z.strictObject({ number: vacancyNumber });
