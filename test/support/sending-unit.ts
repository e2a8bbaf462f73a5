import type { Force } from '#shared/profiles/forces.js';
import type { MissionPost } from '#shared/profiles/mission.js';
import type { ProfileSetting } from '#shared/profiles/profile.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaSubmission, openVacancy } from './candidates.js';

/** A few of a national unit's forces, as a sending stage lists them. */
export const unitForces: Force[] = [
  { id: 'met', name: 'Metropolitan Police Service' },
  { id: 'police-scotland', name: 'Police Scotland' },
  { id: 'west-midlands', name: 'West Midlands Police' },
];

export const sendingSetting: ProfileSetting = { profile: 'sending', forces: unitForces };

/** A call for a post in EULEX Kosovo, open until 13 December 2026 (the mission's own deadline a fortnight later). */
export const eulexCall = (overrides: Partial<Vacancy> = {}, mission: Partial<MissionPost> = {}): Vacancy =>
  openVacancy({
    number: 'EULEX-26-07',
    title: 'Police Adviser, Organised Crime',
    unit: 'Strengthening Division',
    reportingTo: 'Head of the Strengthening Division',
    location: 'Pristina',
    timeZone: 'Europe/Belgrade',
    grade: 'SMS 2',
    durationMonths: 12,
    posts: 1,
    clearance: 'Enhanced',
    mission: {
      mission: 'EULEX Kosovo',
      organisation: 'EU',
      roleCategory: 'mentoring-and-advising',
      rankSought: 'Inspector or above',
      missionDeadline: '2026-12-28',
      nominationsAllowed: 2,
      ...mission,
    },
    ...overrides,
  });

/** A serving officer's body for `POST /applications` on a sending stage; tests change what their case is about. */
export const servingOfficerSubmission = (overrides: Record<string, unknown> = {}) => {
  const { homeAdministrationCountry: _country, ...base } = aminaSubmission({
    vacancy: 'EULEX-26-07',
    givenName: 'Grace',
    familyName: 'Okafor',
    email: 'grace.okafor@met.police.example',
    nationality: 'GB',
    currentTitle: 'Detective Inspector',
    homeAdministration: 'Metropolitan Police Service, Organised Crime Command',
  }) as Record<string, unknown>;
  return {
    ...base,
    category: 'serving-police',
    applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' },
    ...overrides,
  };
};
