import * as z from '../zod.js';
import { isoDate, singleLine } from '../text.js';
import { roleCategorySchema } from './role-categories.js';

/** Who runs a mission a sending unit fills posts in. */
export const missionOrganisations = ['EU', 'UN', 'OSCE'] as const;
export type MissionOrganisation = (typeof missionOrganisations)[number];

/**
 * What a sending stage's call for a post says beyond a vacancy's header (issue 18, point 2): the
 * mission and who runs it, the role category, the rank or grade sought, and the mission's own
 * deadline. The call's `deadline` is the national one, which falls before it: the unit sifts and
 * nominates in between. Duty station, time zone, duration and the notice are the vacancy's own.
 */
export const missionPostSchema = z.strictObject({
  /** The mission's name as it calls itself, such as "EULEX Kosovo". */
  mission: singleLine(120),
  organisation: z.enum(missionOrganisations, 'EU, UN or OSCE.'),
  roleCategory: roleCategorySchema,
  /** Free text, since each mission words it its own way: "Inspector or above", "SMS 2". */
  rankSought: singleLine(100),
  /** The mission's deadline for nominations, YYYY-MM-DD in the duty station. */
  missionDeadline: isoDate,
  /** How many candidates the unit may nominate for this call (the mission's call says it). */
  nominationsAllowed: z.number().check(z.int('A whole number.'), z.minimum(1), z.maximum(20)),
});

export type MissionPost = z.infer<typeof missionPostSchema>;

/** The national deadline must leave the unit time before the mission's: a day at least. */
export const checkMissionDeadline = (
  post: { deadline: string; mission?: Pick<MissionPost, 'missionDeadline'> | undefined },
  ctx: z.core.$RefinementCtx,
): void => {
  if (post.mission && post.mission.missionDeadline <= post.deadline) {
    ctx.addIssue({
      code: 'custom',
      path: ['mission', 'missionDeadline'],
      message: "The mission's deadline must fall after the national deadline: the unit nominates in between.",
    });
  }
};
