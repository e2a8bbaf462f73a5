import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vacancySchema } from '#shared/vacancies/schema.js';
import { projectNotice } from '../../support/project-notices.js';

const SEED = 20261122;

const notice1152 = projectNotice('1152');

const messages = (input: unknown) => {
  const result = vacancySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the vacancy schema', () => {
  it('accepts DESIGN.md’s vacancy 1152', () => {
    expect(vacancySchema.parse(notice1152)).toEqual(notice1152);
  });

  it('accepts an end date instead of a duration in months', () => {
    const { durationMonths: _months, ...rest } = notice1152;
    expect(messages({ ...rest, endsOn: '2028-08-04' })).toEqual([]);
  });

  it('wants exactly one of durationMonths and endsOn', () => {
    const { durationMonths: _months, ...neither } = notice1152;
    expect(messages(neither)).toEqual(['durationMonths: Give either durationMonths or endsOn, not both and not neither.']);
    expect(messages({ ...notice1152, endsOn: '2028-08-04' })).toEqual([
      'durationMonths: Give either durationMonths or endsOn, not both and not neither.',
    ]);
  });

  it('refuses a deadline before publication, an impossible date and an unknown time zone', () => {
    expect(messages({ ...notice1152, deadline: '2025-06-01' })).toEqual(['deadline: The deadline is before the publication date.']);
    expect(messages({ ...notice1152, deadline: '2025-09-31' })).toEqual(['deadline: Not a calendar date.']);
    expect(messages({ ...notice1152, timeZone: 'Lyon' })).toEqual(['timeZone: Not an IANA time zone such as Europe/Paris.']);
  });

  it('refuses unknown fields and an unknown clearance level', () => {
    expect(messages({ ...notice1152, salary: 1 })).toHaveLength(1);
    expect(messages({ ...notice1152, clearance: 'Top Secret' })).toHaveLength(1);
  });

  it(`never throws, whatever arrives (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(notice1152)), fc.jsonValue()), (value, patch) => {
        vacancySchema.safeParse(value);
        vacancySchema.safeParse({ ...notice1152, ...patch });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
