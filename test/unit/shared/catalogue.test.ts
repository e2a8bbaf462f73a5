import { describe, expect, it } from 'vitest';
import { NotFound } from '#shared/errors.js';
import { getPublicVacancy, listPublicVacancies } from '#shared/vacancies/catalogue.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { openVacancy } from '../../support/candidates.js';

/** An in-memory VacancyStore: the domain's own contract, so these rules run without DynamoDB. */
const storeOf = (vacancies: Vacancy[]): VacancyStore => ({
  get: async (number) => vacancies.find((v) => v.number === number),
  listByStatus: async (status, deadlineFrom) =>
    vacancies.filter((v) => v.status === status && (deadlineFrom === undefined || v.deadline >= deadlineFrom)),
  put: async (vacancy) => {
    vacancies.push(vacancy);
  },
});

const base: Vacancy = openVacancy({ number: '1', deadline: '2026-12-15' });

const store = storeOf([
  { ...base, number: '10', deadline: '2026-12-20' },
  { ...base, number: '11', deadline: '2026-12-01' },
  { ...base, number: '12', deadline: '2026-11-21' },
  { ...base, number: '13', status: 'draft' },
  { ...base, number: '14', publishedAt: '2026-11-30', deadline: '2026-12-30' },
  { ...base, number: '15', status: 'filled', deadline: '2026-06-01', publishedAt: '2026-05-01' },
  { ...base, number: '16', deadline: '2026-12-10', advertised: false },
  { ...base, number: '17', deadline: '2026-12-11', advertised: true },
]);
const now = new Date('2026-11-22T10:00:00Z');

describe('the public vacancy catalogue', () => {
  it('lists the advertised vacancies taking applications now, soonest deadline first (16, not advertised, is left out)', async () => {
    const open = await listPublicVacancies(store, now, 'open');
    expect(open.map((v) => v.number)).toEqual(['11', '17', '10']);
  });

  it('with all, adds past-deadline ones as closed and other published ones, never drafts, unpublished or unadvertised ones', async () => {
    const all = await listPublicVacancies(store, now, 'all');
    expect(all.map((v) => [v.number, v.status])).toEqual([
      ['15', 'filled'],
      ['12', 'closed'],
      ['11', 'open'],
      ['17', 'open'],
      ['10', 'open'],
    ]);
  });

  it('shows one published vacancy with its current status', async () => {
    expect((await getPublicVacancy(store, '12', now)).status).toBe('closed');
  });

  it('answers not found for an unknown number, a draft, a notice not yet published and a vacancy not advertised', async () => {
    for (const number of ['nope', '13', '14', '16']) {
      await expect(getPublicVacancy(store, number, now)).rejects.toBeInstanceOf(NotFound);
    }
  });
});
