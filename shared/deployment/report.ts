/**
 * The deployments counted (issue 18, point 6): by mission, organisation, applicant category, force
 * and role category. `total` counts deployments whose tour overlaps the period; `deployedNow` those
 * deployed (or extended) today in their duty station. Labels are English, for HR; the staff page
 * says each key in the reader's language.
 */
import { en as missionStaffEn } from '../i18n/catalogues/mission-staff/en.js';
import { sendingApplicantCategories } from '../profiles/applicant-categories.js';
import type { Force } from '../profiles/forces.js';
import { missionOrganisations } from '../profiles/mission.js';
import { roleCategories, type RoleCategory } from '../profiles/role-categories.js';
import { dateIn } from '../time/zoned.js';
import { deploymentState, type Deployment } from './deployment.js';
import { todayOf } from './view.js';

export interface Count {
  key: string;
  label: string;
  total: number;
  deployedNow: number;
}

export interface DeploymentReport {
  period: { from: string; until: string };
  total: number;
  deployedNow: number;
  byMission: Count[];
  byOrganisation: Count[];
  byCategory: Count[];
  byForce: Count[];
  byRoleCategory: Count[];
}

const categoryLabels = { 'serving-police': 'Serving police officer', 'retired-police': 'Retired police officer', 'civilian-expert': 'Civilian expert' } as const;
const organisationLabels = { EU: 'European Union (EU)', UN: 'United Nations (UN)', OSCE: 'Organization for Security and Co-operation in Europe (OSCE)' } as const;
const camel = (key: string): string => key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const roleLabel = (category: RoleCategory): string => missionStaffEn[`admin.mission.role.${camel(category)}` as keyof typeof missionStaffEn];

/** The same day a year before (29 February: the 28th). */
const yearBefore = (day: string): string => {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  const candidate = `${String(year - 1).padStart(4, '0')}${rest}`;
  return rest === '-02-29' ? `${String(year - 1).padStart(4, '0')}-02-28` : candidate;
};

/** The period asked, or the last twelve months to today (UTC: the unit's report spans missions in many zones). */
export const reportPeriod = (query: { from?: string | undefined; until?: string | undefined }, now: Date): { from: string; until: string } => {
  const until = query.until ?? dateIn(now, 'UTC');
  return { from: query.from ?? yearBefore(until), until };
};

/** A tour runs from the deployment day to the return, or to the rotation day while none is recorded. */
const overlaps = (deployment: Deployment, period: { from: string; until: string }): boolean =>
  deployment.deploymentDay <= period.until && (deployment.returned?.on ?? deployment.rotationDay) >= period.from;

export const deploymentReport = (deployments: readonly Deployment[], forces: readonly Force[], query: { from?: string | undefined; until?: string | undefined }, now: Date): DeploymentReport => {
  const period = reportPeriod(query, now);
  const judged = deployments.map((deployment) => {
    const state = deploymentState(deployment, todayOf(deployment, now));
    return { deployment, inPeriod: overlaps(deployment, period), now: state === 'deployed' || state === 'extended' };
  });
  const counted = judged.filter((one) => one.inPeriod || one.now);
  /** The counts by `keyOf`, for the keys given (in their order) and any other key met, by label. */
  const countBy = (keyOf: (deployment: Deployment) => string | undefined, labelOf: (key: string) => string, listed: readonly string[] = []): Count[] => {
    const counts = new Map<string, Count>(listed.map((key) => [key, { key, label: labelOf(key), total: 0, deployedNow: 0 }]));
    for (const one of counted) {
      const key = keyOf(one.deployment);
      if (key === undefined) continue;
      const count = counts.get(key) ?? { key, label: labelOf(key), total: 0, deployedNow: 0 };
      if (one.inPeriod) count.total += 1;
      if (one.now) count.deployedNow += 1;
      counts.set(key, count);
    }
    const rest = [...counts.values()].filter((count) => !listed.includes(count.key)).sort((a, b) => a.label.localeCompare(b.label, 'en'));
    return [...listed.map((key) => counts.get(key)).filter((count): count is Count => count !== undefined), ...rest];
  };
  const present = (list: readonly string[], keyOf: (deployment: Deployment) => string) => list.filter((key) => counted.some((one) => keyOf(one.deployment) === key));
  return {
    period,
    total: judged.filter((one) => one.inPeriod).length,
    deployedNow: judged.filter((one) => one.now).length,
    byMission: countBy((deployment) => deployment.mission.name, (name) => name),
    byOrganisation: countBy(
      (deployment) => deployment.mission.organisation,
      (key) => organisationLabels[key as keyof typeof organisationLabels] ?? key,
      present(missionOrganisations, (deployment) => deployment.mission.organisation),
    ),
    byCategory: countBy((deployment) => deployment.category, (key) => categoryLabels[key as keyof typeof categoryLabels] ?? key, present(sendingApplicantCategories, (deployment) => deployment.category)),
    byForce: countBy((deployment) => deployment.force, (id) => forces.find((force) => force.id === id)?.name ?? id),
    // Every role category, police then civilian, even at 0: the report reads where the unit sends no one.
    byRoleCategory: countBy((deployment) => deployment.mission.roleCategory, (key) => roleLabel(key as RoleCategory), roleCategories),
  };
};
