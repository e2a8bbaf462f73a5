import type { Application, ReleaseDecision } from '../applications/application.js';
import type { Force } from '../profiles/forces.js';
import type { Vacancy } from '../vacancies/schema.js';

/**
 * One serving officer's release as a force approver reads it: who, for which call and mission,
 * their line manager, and the decision so far. Nothing else of the application (no score, no
 * notes, no documents): the force decides on letting its officer go, not on the selection.
 */
export interface ReleaseRow {
  id: string;
  version: number;
  givenName: string;
  familyName?: string;
  email: string;
  currentTitle: string;
  force: { id: string; name: string };
  lineManager?: string;
  lineManagerEmail?: string;
  call: {
    number: string;
    title: string;
    location: string;
    deadline: string;
    durationMonths?: number;
    endsOn?: string;
    mission?: string;
    organisation?: string;
    missionDeadline?: string;
  };
  status: Application['status'];
  release?: ReleaseDecision;
}

export const releaseRow = (application: Application, call: Pick<Vacancy, 'number' | 'title' | 'location' | 'deadline' | 'durationMonths' | 'endsOn' | 'mission'>, forces: readonly Force[]): ReleaseRow => {
  const status = application.applicantStatus ?? {};
  const forceId = status.force ?? '';
  return {
    id: application.id,
    version: application.version,
    givenName: application.givenName,
    ...(application.familyName ? { familyName: application.familyName } : {}),
    email: application.email,
    currentTitle: application.currentTitle,
    // A force since taken off the stage's list keeps its id, so the row still says whose it is.
    force: { id: forceId, name: forces.find((force) => force.id === forceId)?.name ?? forceId },
    ...(status.lineManager ? { lineManager: status.lineManager } : {}),
    ...(status.lineManagerEmail ? { lineManagerEmail: status.lineManagerEmail } : {}),
    call: {
      number: call.number,
      title: call.title,
      location: call.location,
      deadline: call.deadline,
      ...(call.durationMonths !== undefined ? { durationMonths: call.durationMonths } : {}),
      ...(call.endsOn !== undefined ? { endsOn: call.endsOn } : {}),
      ...(call.mission ? { mission: call.mission.mission, organisation: call.mission.organisation, missionDeadline: call.mission.missionDeadline } : {}),
    },
    status: application.status,
    ...(application.release ? { release: application.release } : {}),
  };
};
