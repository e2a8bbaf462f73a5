import type { VacancyTerms } from '#shared/applications/vacancy-terms.js';

/** Vacancy 1701's terms as a row's moves are judged on them: Basic, two posts, none held. */
export const vacancyTerms = (overrides: Partial<VacancyTerms> = {}): VacancyTerms => ({
  number: '1701',
  clearance: 'Basic',
  posts: 2,
  deadline: '2026-12-13',
  timeZone: 'Europe/Paris',
  status: 'open',
  held: 0,
  appointed: 0,
  ...overrides,
});

/** Before 1701's deadline (the end of 13 December 2026 in Lyon). */
export const beforeTheDeadline = new Date('2026-12-01T09:00:00Z');
