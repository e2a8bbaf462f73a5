import { describe, expect, it } from 'vitest';
import { summariseApplications } from '#shared/admin/application-summary.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const hr: StaffPrincipal = { subject: 'h', email: 'hr@secondment-hub.local', groups: ['hr'] };
const senegal: StaffPrincipal = { subject: 's', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };

const vacancyStore = (vacancies: Vacancy[]): VacancyStore => ({
  get: async (number) => vacancies.find((vacancy) => vacancy.number === number),
  listByStatus: async (status) => vacancies.filter((vacancy) => vacancy.status === status),
  put: async () => undefined,
});

const vacancies = [
  openVacancy(),
  openVacancy({ number: '1152', title: 'Senior Coordinator', status: 'closed', publishedAt: '2025-07-01', deadline: '2025-09-01' }),
  openVacancy({ number: '1800', status: 'draft', deadline: '2027-01-31' }),
];
const validated = { decision: 'validated' as const, screeningAttested: true, at: '2026-11-21T08:00:00.000Z', by: 'ncb' };
const received = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2026-11-21T08:00:00.000Z' };
const applications = [
  aminaApplication({ id: 'a1', nationality: 'SN' }),
  aminaApplication({ id: 'a2', nationality: 'FR', status: 'screening' }),
  aminaApplication({ id: 'a3', nationality: 'SN', status: 'screening', documents: { cv: received, confirmationLetter: received }, ncbValidation: validated }),
  aminaApplication({ id: 'a4', nationality: 'FR', status: 'withdrawn' }),
  aminaApplication({ id: 'a5', vacancy: '1152', nationality: 'SN', status: 'rejected' }),
];

describe('the vacancy switcher’s summary', () => {
  it('lists every vacancy, soonest deadline first, with every status counted for HR from each vacancy’s counts', async () => {
    const memory = memoryApplicationStore(applications);

    const { items } = await summariseApplications({ vacancies: vacancyStore(vacancies), applications: memory.store }, hr);

    expect(items.map((item) => [item.vacancy, item.vacancyStatus])).toEqual([
      ['1152', 'closed'],
      ['1701', 'open'],
      ['1800', 'draft'],
    ]);
    expect(items[1]).toMatchObject({ total: 4, incomplete: 2, counts: { submitted: 1, screening: 2, withdrawn: 1, shortlisted: 0 } });
    expect(items[2]).toMatchObject({ total: 0, incomplete: 0 });
    // Each vacancy's counter, read once; no row is tallied.
    expect(memory.counted).toEqual(['1152', '1701', '1800']);
    expect(memory.tallied).toEqual([]);
  });

  it('counts an NCB officer’s own nationals only, in one count of their country, on published vacancies only', async () => {
    const memory = memoryApplicationStore(applications);

    const { items } = await summariseApplications({ vacancies: vacancyStore(vacancies), applications: memory.store }, senegal);

    // 1800 is a draft: in-house until it is published.
    expect(items.map((item) => [item.vacancy, item.total])).toEqual([
      ['1152', 1],
      ['1701', 2],
    ]);
    expect(items[1]).toMatchObject({ incomplete: 1, counts: { submitted: 1, screening: 1 } });
    expect(memory.tallied).toEqual([{ country: 'SN' }]);
  });
});
