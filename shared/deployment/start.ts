/**
 * A selected officer becomes a deployment (issue 18, point 6): HR gives the first and last day of
 * the tour once the mission's answer is `selected`. The deployment is written with its audit entry
 * in one transaction conditioned on the application's version read; the application is left as is.
 */
import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { EditConflict } from '../audit/edit-conflict.js';
import { Conflict, NotFound, calendarDate } from '../errors.js';
import { languageOr } from '../i18n/languages.js';
import { sendingApplicantCategories, type SendingApplicantCategory } from '../profiles/applicant-categories.js';
import type { Force } from '../profiles/forces.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { openCall } from '../nomination/call.js';
import type { Deployment } from './deployment.js';
import { refusals } from './refusals.js';
import { DeploymentAlreadyMade, StaleDeployment, type DeploymentAuditEntry, type DeploymentStore } from './store.js';
import { deploymentView, type DeploymentView } from './view.js';
import type { StartDeploymentBody } from './schema.js';

export interface DeploymentDependencies {
  deployments: DeploymentStore;
  applications: Pick<ApplicationStore, 'get'>;
  vacancies: Pick<VacancyStore, 'get'>;
  forces: readonly Force[];
  /** A new extension's id. */
  newId: () => string;
}

const isSendingCategory = (category: string): category is SendingApplicantCategory => (sendingApplicantCategories as readonly string[]).includes(category);

/** The day the mission selected the officer, when it did and the officer is still in the running. */
const selectedOn = (application: Application): string | undefined => {
  const answer = application.nomination?.answer;
  return answer?.outcome === 'selected' && application.status !== 'withdrawn' && isSendingCategory(application.category) ? answer.on : undefined;
};

/**
 * A serving officer's tour stays within the period their force released them for (the release's
 * from and until); a longer tour goes through an extension, which the same force decides. A retired
 * officer or a civilian answers to no force.
 */
export const holdToRelease = (category: string, release: Application['release'], deploymentDay: string, rotationDay: string): void => {
  if (category !== 'serving-police') return;
  if (release?.decision !== 'approved' || release.from === undefined || release.until === undefined) throw refusals.notReleased();
  if (deploymentDay < release.from) throw refusals.outsideRelease('body.deploymentDay', release.from, release.until);
  if (rotationDay > release.until) throw refusals.outsideRelease('body.rotationDay', release.from, release.until);
};

const exists = (current: DeploymentView) =>
  new EditConflict(current, `This application already has its deployment, from ${current.deploymentDay} to ${current.rotationDay}.`, {
    key: 'problem.conflict.deploymentExists',
    values: { deploymentDay: calendarDate(current.deploymentDay), rotationDay: calendarDate(current.rotationDay) },
  });

/** `POST /admin/deployments`: 'created', or 'unchanged' when the same application has one with the same days. */
export const startDeployment = async (
  deps: DeploymentDependencies,
  principal: StaffPrincipal,
  body: StartDeploymentBody,
  now: Date,
): Promise<{ outcome: 'created' | 'unchanged'; deployment: DeploymentView }> => {
  const viewOf = (deployment: Deployment) => deploymentView(deployment, principal, deps.forces, now);
  const sameOrConflict = (current: Deployment) => {
    if (current.deploymentDay === body.deploymentDay && current.rotationDay === body.rotationDay) return { outcome: 'unchanged' as const, deployment: viewOf(current) };
    throw exists(viewOf(current));
  };
  const existing = await deps.deployments.get(body.applicationId);
  if (existing) return sameOrConflict(existing);
  const application = await deps.applications.get(body.applicationId);
  if (!application) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  const answeredOn = selectedOn(application);
  if (answeredOn === undefined) throw new Conflict('Only an officer the mission selected (and who has not withdrawn) can be deployed.', { key: 'problem.conflict.notSelected' });
  if (body.rotationDay <= body.deploymentDay) throw refusals.rotationNotAfterDeployment(body.deploymentDay);
  if (body.deploymentDay < answeredOn) throw refusals.deploymentBeforeAnswer(answeredOn);
  holdToRelease(application.category, application.release, body.deploymentDay, body.rotationDay);
  const call = await openCall(deps.vacancies, application.vacancy);
  const category = application.category as SendingApplicantCategory;
  const force = category === 'serving-police' ? application.applicantStatus?.force : undefined;
  const at = now.toISOString();
  const deployment: Deployment = {
    id: application.id,
    applicationId: application.id,
    call: call.number,
    mission: { name: call.mission.mission, organisation: call.mission.organisation, roleCategory: call.mission.roleCategory, dutyStation: call.location, timeZone: call.timeZone },
    officer: { givenName: application.givenName, ...(application.familyName ? { familyName: application.familyName } : {}), email: application.email, language: languageOr(application.language) },
    category,
    ...(force ? { force } : {}),
    deploymentDay: body.deploymentDay,
    rotationDay: body.rotationDay,
    checklist: {},
    extensions: [],
    createdAt: at,
    createdBy: principal.email,
    updatedAt: at,
    version: 1,
  };
  const audit: DeploymentAuditEntry = { at, by: principal.email, action: 'created', changes: { deploymentDay: { from: null, to: body.deploymentDay }, rotationDay: { from: null, to: body.rotationDay } } };
  try {
    await deps.deployments.create(deployment, audit, { id: application.id, version: application.version });
  } catch (error) {
    if (error instanceof DeploymentAlreadyMade) return sameOrConflict(error.current);
    if (error instanceof StaleDeployment) {
      // The application moved on between the read and the write (withdrawn, answered again): judged again on a new request.
      const version = (await deps.applications.get(application.id))?.version ?? application.version;
      throw new Conflict(`This application was changed by someone else (it is now at version ${version}); look at its new values and try again.`, { key: 'problem.conflict.applicationChanged', values: { version } });
    }
    throw error;
  }
  return { outcome: 'created', deployment: viewOf(deployment) };
};
