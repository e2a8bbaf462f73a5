import * as z from '../zod.js';

/**
 * The five kinds of policing role in international missions, as a sending government lists them
 * (the team folder's seeds/uk-international-secondments.txt): executive policing, training,
 * monitoring and reporting, mentoring and advising, programme and project management.
 */
export const policeRoleCategories = [
  'executive-policing',
  'training',
  'monitoring-and-reporting',
  'mentoring-and-advising',
  'programme-and-project-management',
] as const;

/** The ten kinds of civilian role, from the same page. */
export const civilianRoleCategories = [
  'border-monitoring',
  'field-office-management',
  'human-rights',
  'rule-of-law',
  'media',
  'programme-management',
  'police-training',
  'political-affairs',
  'good-governance',
  'democratisation',
] as const;

export type PoliceRoleCategory = (typeof policeRoleCategories)[number];
export type CivilianRoleCategory = (typeof civilianRoleCategories)[number];
export type RoleCategory = PoliceRoleCategory | CivilianRoleCategory;

/** Every role category, police first; no name is in both lists (police `training`, civilian `police-training`). */
export const roleCategories: readonly RoleCategory[] = [...policeRoleCategories, ...civilianRoleCategories];

export const roleCategorySchema = z.enum([...policeRoleCategories, ...civilianRoleCategories], 'One of the five police or ten civilian role categories.');
export const civilianRoleCategorySchema = z.enum(civilianRoleCategories, 'One of the ten civilian role categories.');

/** Whether a category is a police role or a civilian one: the reports count them apart. */
export const roleTrack = (category: RoleCategory): 'police' | 'civilian' =>
  (policeRoleCategories as readonly string[]).includes(category) ? 'police' : 'civilian';
