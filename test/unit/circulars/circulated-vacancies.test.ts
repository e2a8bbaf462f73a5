import { describe, expect, it } from 'vitest';
import { circulatedVacancies } from '#shared/circulars/send-circulars.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { openVacancy } from '../../support/candidates.js';

const now = new Date('2026-11-22T10:00:00Z');
const base: Vacancy = openVacancy({ number: '1', publishedAt: '2026-11-20', deadline: '2026-12-15' });

describe('which vacancies the circular goes out for', () => {
  it('is every advertised one taking applications, oldest publication first; never one a proposal’s match made (advertised: false)', () => {
    const vacancies = circulatedVacancies(
      [
        { ...base, number: 'B', publishedAt: '2026-11-21' },
        { ...base, number: 'MATCHED', advertised: false },
        { ...base, number: 'A' },
        { ...base, number: 'ADVERTISED-LATER', advertised: true },
        { ...base, number: 'PAST', deadline: '2026-11-20' },
      ],
      now,
    );

    expect(vacancies.map((vacancy) => vacancy.number)).toEqual(['A', 'ADVERTISED-LATER', 'B']);
  });

  it('takes a vacancy stored before the field existed (no advertised) as advertised', () => {
    const stored = { ...base };
    expect('advertised' in stored).toBe(false);

    expect(circulatedVacancies([stored], now).map((vacancy) => vacancy.number)).toEqual(['1']);
  });
});
