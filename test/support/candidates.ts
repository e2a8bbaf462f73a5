import type { Application } from '#shared/applications/application.js';
import type { ApplicationSubmission } from '#shared/applications/schema.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { submissionExample } from '#functions/openapi/examples.js';

/**
 * DESIGN.md's example candidate as a `POST /applications` body, for the open demo vacancy 1701;
 * tests change only what their case is about.
 */
export const aminaSubmission = (overrides: Record<string, unknown> = {}) => ({
  ...submissionExample,
  vacancy: '1701',
  ...overrides,
});

/** Demo vacancy 1701 as stored: open, Lyon, deadline 13 December 2026. */
export const openVacancy = (overrides: Partial<Vacancy> = {}): Vacancy => ({
  number: '1701',
  title: 'Criminal Intelligence Officer',
  unit: 'Counter-Terrorism Directorate',
  reportingTo: 'Assistant Director, Counter-Terrorism Operations',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  durationMonths: 24,
  posts: 2,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2026-11-01',
  deadline: '2026-12-13',
  status: 'open',
  ...overrides,
});

/** Amina's application as stored just after submission. */
export const aminaApplication = (overrides: Partial<Application> = {}): Application => {
  const { privacyConsent: _consent, ...candidate } = aminaSubmission() as ApplicationSubmission;
  return {
    ...candidate,
    id: '5b1f4c1e-0000-4000-8000-000000000001',
    status: 'submitted',
    submittedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    privacyConsentAt: '2026-11-20T10:00:00.000Z',
    documents: {},
    statusTokenHash: 'x',
    ...overrides,
  };
};
