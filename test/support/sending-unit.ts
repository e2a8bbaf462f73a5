import type { Force } from '#shared/profiles/forces.js';
import type { MissionPost } from '#shared/profiles/mission.js';
import type { ProfileSetting } from '#shared/profiles/profile.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { expect } from 'vitest';
import { aminaSubmission, openVacancy } from './candidates.js';
import { pdfBytes } from './documents.js';
import { confirmFromReceipt } from './email-confirmation.js';
import { callPublicApi } from './public-api.js';

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

/** A presigned POST as `POST /applications` offers it for each document. */
export interface UploadOffer {
  url: string;
  fields: Record<string, string>;
}

export interface Applied {
  applicationId: string;
  statusToken: string;
  uploads: Record<string, UploadOffer>;
}

/** A serving officer (or, with overrides, another applicant) applies through the API and confirms their address from the receipt. */
export const applyToCall = async (stackUrl: string, overrides: Record<string, unknown> = {}): Promise<Applied> => {
  const answer = await callPublicApi(stackUrl, 'POST', '/applications', { body: servingOfficerSubmission(overrides) });
  expect(answer.status).toBe(201);
  const created = answer.body as unknown as Applied;
  expect((await confirmFromReceipt(stackUrl, created.applicationId)).status).toBe(200);
  return created;
};

/** The candidate's CV straight to S3 through its presigned POST, then recorded: as the form's page does. */
export const uploadCv = async (stackUrl: string, applied: Applied, bytes: Uint8Array = pdfBytes()): Promise<void> => {
  const offer = applied.uploads.cv;
  if (!offer) throw new Error('no upload offered for the CV');
  const form = new FormData();
  for (const [name, value] of Object.entries(offer.fields)) form.append(name, value);
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'cv.pdf');
  expect((await fetch(offer.url, { method: 'POST', body: form })).status).toBeLessThan(300);
  const done = await callPublicApi(stackUrl, 'POST', `/applications/${applied.applicationId}/documents/cv/complete`, { body: { key: offer.fields.key }, token: applied.statusToken });
  expect(done.status).toBe(200);
};
