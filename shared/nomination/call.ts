import type { Application } from '../applications/application.js';
import type { ApplicationStore } from '../applications/store.js';
import { NotFound } from '../errors.js';
import type { MissionPost } from '../profiles/mission.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';

/** A call for a post in a mission: a vacancy that names its mission. */
export type MissionCall = Vacancy & { mission: MissionPost };

/** The call a nomination is for; a vacancy without a mission (a receiving stage's) is no call, the same 404 as an unknown number. */
export const openCall = async (vacancies: Pick<VacancyStore, 'get'>, number: string): Promise<MissionCall> => {
  const vacancy = await vacancies.get(number);
  if (!vacancy?.mission) throw new NotFound(`There is no call ${number} for a post in a mission.`);
  return vacancy as MissionCall;
};

/** An application of the call, as HR opens it; one of another call is an unknown id. */
export const openCandidate = async (applications: Pick<ApplicationStore, 'get'>, call: MissionCall, id: string): Promise<Application> => {
  const application = await applications.get(id);
  if (!application || application.vacancy !== call.number) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  return application;
};
