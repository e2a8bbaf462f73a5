import { listAll } from '../applications/list-all.js';
import type { ApplicationStore } from '../applications/store.js';
import { sortableName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import type { VacancyStore } from '../vacancies/store.js';
import { openCall, type MissionCall } from './call.js';
import { holdsPlace } from './counting.js';
import { nominationRow, type NominationRow } from './row.js';

export interface NominationBoard {
  call: Pick<MissionCall, 'number' | 'title' | 'location' | 'timeZone' | 'deadline' | 'mission'>;
  /** How many the call lets the unit nominate, and how many nominations hold a place now. */
  allowed: number;
  nominated: number;
  candidates: NominationRow[];
}

/**
 * `GET /admin/nominations/{vacancy}`: the call's interviewed candidates and everyone it nominated,
 * the nominated first (in the order nominated), then by name; each says whether it can be nominated
 * now and, if not, why. One listing of the call (a unit's call has tens of applications).
 */
export const nominationBoard = async (
  deps: { applications: Pick<ApplicationStore, 'list'>; vacancies: Pick<VacancyStore, 'get'> },
  vacancy: string,
  forces: readonly Force[],
  now: Date,
): Promise<NominationBoard> => {
  const call = await openCall(deps.vacancies, vacancy);
  const applications = await listAll(deps.applications, { vacancy });
  const nominated = applications.filter(holdsPlace).length;
  const shown = applications.filter((application) => application.nomination !== undefined || application.status === 'interviewed');
  const ordered = [
    ...shown.filter((application) => application.nomination).sort((a, b) => (a.nomination?.nominatedAt ?? '').localeCompare(b.nomination?.nominatedAt ?? '')),
    ...shown.filter((application) => !application.nomination).sort((a, b) => sortableName(a).localeCompare(sortableName(b))),
  ];
  return {
    call: { number: call.number, title: call.title, location: call.location, timeZone: call.timeZone, deadline: call.deadline, mission: call.mission },
    allowed: call.mission.nominationsAllowed,
    nominated,
    candidates: ordered.map((application) => nominationRow(application, call, forces, nominated, now)),
  };
};
