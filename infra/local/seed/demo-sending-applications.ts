import { createHash } from 'node:crypto';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { MissionAnswer } from '#shared/nomination/nomination.js';
import type { SendingApplicantCategory, ApplicantStatus } from '#shared/profiles/applicant-categories.js';
import { addDays } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { demoDocument, demoHistory, demoUuid } from './demo-history.js';
import { seedSendingDeployments, type Answered } from './demo-sending-deployments.js';
import type { DemoApplicationTargets } from './demo-targets.js';

interface SendingApplicant {
  /** The call's number (mission-posts.json). */
  call: string;
  given: string;
  family: string;
  category: SendingApplicantCategory;
  title: string;
  /** The force the officer serves in or retired from, or the civilian's employer. */
  employer: string;
  status: ApplicantStatus;
  years: number;
  languages: string[];
  /** How far the unit's sift has taken it. */
  path: ApplicationStatus[];
  /** A serving officer released by their force for the post's year, before the sift went on. */
  released?: boolean;
  /** Nominated to the mission, which answered so (EUMM-2590's, demo-sending-deployments.ts). */
  answer?: MissionAnswer;
}

const serving = (force: string, lineManager: string): ApplicantStatus => ({
  force,
  lineManager,
  lineManagerEmail: `${lineManager.split(' ').join('.').toLowerCase()}@${force}.police.example`,
});

/**
 * The example unit's applicants (infra/example-unit/forces.ts): serving officers of several forces,
 * each with a line manager, retired officers, and civilian experts on and off the unit's roster,
 * spread over the calls. Each tells of their status as the sending form asks
 * (shared/profiles/sending-submission.ts).
 */
const APPLICANTS: readonly SendingApplicant[] = [
  { call: 'EULEX-2601', given: 'Sarah', family: 'Whitfield', category: 'serving-police', title: 'Detective Inspector', employer: 'Metropolitan Police Service', status: serving('met', 'Daniel Okoye'), years: 14, languages: ['en', 'fr'], path: ['screening'] },
  { call: 'EULEX-2601', given: 'Gareth', family: 'Price', category: 'serving-police', title: 'Chief Inspector', employer: 'South Wales Police', status: serving('south-wales', 'Rhian Evans'), years: 19, languages: ['en', 'cy'], path: [] },
  { call: 'EULEX-2601', given: 'Ciaran', family: 'Doherty', category: 'serving-police', title: 'Inspector', employer: 'Police Service of Northern Ireland', status: serving('psni', 'Aoife Kelly'), years: 11, languages: ['en', 'ga'], path: [] },
  { call: 'EULEX-2601', given: 'Margaret', family: 'Lowe', category: 'retired-police', title: 'Detective Superintendent (retired)', employer: 'Durham Constabulary', status: { retiredOn: '2024-03-31', formerForce: 'durham' }, years: 30, languages: ['en'], path: ['screening'] },
  { call: 'UNMISS-2604', given: 'Hamza', family: 'Rahman', category: 'serving-police', title: 'Sergeant', employer: 'West Midlands Police', status: serving('west-midlands', 'Claire Bennett'), years: 9, languages: ['en', 'ar'], path: [] },
  { call: 'UNMISS-2604', given: 'Fiona', family: 'MacLeod', category: 'serving-police', title: 'Police Sergeant', employer: 'Police Scotland', status: serving('police-scotland', 'Iain Fraser'), years: 12, languages: ['en', 'gd'], path: ['screening'] },
  { call: 'UNMISS-2604', given: 'Peter', family: 'Sandford', category: 'retired-police', title: 'Inspector (retired)', employer: 'Devon and Cornwall Police', status: { retiredOn: '2025-06-30', formerForce: 'devon-and-cornwall' }, years: 32, languages: ['en', 'sw'], path: [] },
  { call: 'EUMM-2602', given: 'Amira', family: 'Haddad', category: 'civilian-expert', title: 'Border Management Consultant', employer: 'Independent consultant', status: { expertise: 'border-monitoring', onExpertRoster: true }, years: 12, languages: ['en', 'ru', 'ka'], path: ['screening'] },
  { call: 'EUMM-2602', given: 'Thomas', family: 'Reid', category: 'civilian-expert', title: 'Human Rights Officer', employer: 'Foreign, Commonwealth and Development Office', status: { expertise: 'human-rights', onExpertRoster: false }, years: 7, languages: ['en', 'ru'], path: [] },
  { call: 'EUMM-2602', given: 'Joanna', family: 'Kowalczyk', category: 'serving-police', title: 'Police Constable', employer: 'Greater Manchester Police', status: serving('greater-manchester', 'Mark Sutton'), years: 6, languages: ['en', 'pl', 'ru'], path: [] },
  { call: 'OSCE-BIH-2603', given: 'Eleanor', family: 'Marsh', category: 'civilian-expert', title: 'Senior Legal Adviser', employer: 'Crown Prosecution Service', status: { expertise: 'rule-of-law', onExpertRoster: true }, years: 16, languages: ['en', 'bs'], path: ['screening'] },
  { call: 'OSCE-BIH-2603', given: 'David', family: 'Okafor', category: 'civilian-expert', title: 'Governance Adviser', employer: 'Independent consultant', status: { expertise: 'good-governance', onExpertRoster: false }, years: 10, languages: ['en', 'fr'], path: [] },
  { call: 'OSCE-BIH-2603', given: 'Richard', family: 'Hale', category: 'retired-police', title: 'Chief Superintendent (retired)', employer: 'Kent Police', status: { retiredOn: '2023-09-30' }, years: 31, languages: ['en', 'de'], path: [] },
  // EUAM-2600's national deadline has passed: interviewed, the serving ones released by their forces, ready for HR to nominate two.
  { call: 'EUAM-2600', given: 'Priya', family: 'Chandran', category: 'serving-police', title: 'Detective Inspector', employer: 'Metropolitan Police Service', status: serving('met', 'Helen Ward'), years: 15, languages: ['en', 'uk'], path: ['screening', 'shortlisted', 'interviewed'], released: true },
  { call: 'EUAM-2600', given: 'Alasdair', family: 'Munro', category: 'serving-police', title: 'Detective Chief Inspector', employer: 'Police Scotland', status: serving('police-scotland', 'Morag Reid'), years: 21, languages: ['en', 'ru'], path: ['screening', 'shortlisted', 'interviewed'], released: true },
  { call: 'EUAM-2600', given: 'Stephen', family: 'Ashworth', category: 'retired-police', title: 'Detective Superintendent (retired)', employer: 'Lancashire Constabulary', status: { retiredOn: '2025-01-31', formerForce: 'lancashire' }, years: 28, languages: ['en'], path: ['screening', 'shortlisted', 'interviewed'] },
  // EUMM-2590's deadlines passed months ago: nominated, the mission selected two (now deployments) and put one on its reserve list.
  { call: 'EUMM-2590', given: 'Rebecca', family: 'Hollins', category: 'serving-police', title: 'Police Sergeant', employer: 'Metropolitan Police Service', status: serving('met', 'Simon Clarke'), years: 13, languages: ['en', 'ru'], path: ['screening', 'shortlisted', 'interviewed'], released: true, answer: 'selected' },
  { call: 'EUMM-2590', given: 'Hannah', family: 'Fitzgerald', category: 'civilian-expert', title: 'Conflict Monitoring Specialist', employer: 'Independent consultant', status: { expertise: 'border-monitoring', onExpertRoster: true }, years: 9, languages: ['en', 'ka', 'ru'], path: ['screening', 'shortlisted', 'interviewed'], answer: 'selected' },
  { call: 'EUMM-2590', given: 'Graham', family: 'Whitaker', category: 'retired-police', title: 'Inspector (retired)', employer: 'West Yorkshire Police', status: { retiredOn: '2024-11-30', formerForce: 'west-yorkshire' }, years: 30, languages: ['en', 'ru'], path: ['screening', 'shortlisted', 'interviewed'], answer: 'reserve' },
];

/**
 * A sending unit's demo applications for `PROFILE=sending npm start` (issue 18): each stored as its
 * applicant submitted it, with a CV, through the application store and its moves as the
 * receiving demo writes its own (demo-history.ts). Answers how many it wrote.
 */
export const seedSendingApplications = async (targets: DemoApplicationTargets, calls: readonly Vacancy[]): Promise<number> => {
  let written = 0;
  const answered: Answered[] = [];
  for (const [i, person] of APPLICANTS.entries()) {
    const call = calls.find((candidate) => candidate.number === person.call);
    if (!call) continue;
    const id = demoUuid(`demo-sending-application-${i}`);
    // The day of the call's publication or the next, in the order listed: every call is five days old or more, so the sift's moves are in the past (EUAM-2600's, forty days old, and EUMM-2590's, seven months old, their interviews too).
    const submittedAt = new Date(Date.parse(`${addDays(call.publishedAt, i % 2)}T09:00:00Z`) + i * 3_600_000).toISOString();
    const name = `${person.given} ${person.family}`;
    const cv = await demoDocument(targets, id, 'cv', 'Curriculum vitae', name, submittedAt, 'candidate');
    const application: Application = {
      id,
      vacancy: call.number,
      givenName: person.given,
      familyName: person.family,
      email: `${person.given}.${person.family}`.toLowerCase() + (person.category === 'civilian-expert' ? '@experts.example' : `@${person.status.force ?? person.status.formerForce ?? 'retired'}.police.example`),
      nationality: 'GB',
      category: person.category,
      currentTitle: person.title,
      homeAdministration: person.employer,
      yearsOfExperience: person.years,
      languages: person.languages,
      applicantStatus: person.status,
      status: 'submitted',
      submittedAt,
      updatedAt: submittedAt,
      version: 1,
      privacyConsentAt: submittedAt,
      documents: { cv },
      statusTokenHash: createHash('sha256').update(`demo-sending-token-${i}`).digest('hex'),
    };
    const history = await demoHistory(targets, application, call);
    const releasedFrom = call.mission?.missionDeadline ?? call.deadline;
    if (person.released && person.status.force) await history.release(person.status.force, addDays(releasedFrom, 30), addDays(releasedFrom, 30 + 365));
    for (const status of person.path) await history.move(status);
    if (person.answer) answered.push({ id, answer: person.answer });
    written += 1;
  }
  // After every application is in place: EUMM-2590's nominations, the mission's answers, its deployments.
  await seedSendingDeployments(calls, answered);
  return written;
};
