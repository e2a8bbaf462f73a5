import { describe, expect, it } from 'vitest';
import { SecondmentRulesBroken } from '#shared/errors.js';
import { assertSecondmentRules, renewalViolation, secondmentRuleViolations, wholeMonthsBetween } from '#shared/vacancies/secondment-rules.js';

const deadline = '2026-01-31';

describe('secondment rules', () => {
  it.each([
    ['regular', 12, true],
    ['regular', 36, true],
    ['regular', 11, false],
    ['regular', 37, false],
    ['short-term', 6, true],
    ['short-term', 36, true],
    ['short-term', 5, false],
    ['short-term', 48, false],
  ] as const)('a %s secondment of %i months is allowed: %s', (secondmentType, durationMonths, allowed) => {
    const violations = secondmentRuleViolations({ secondmentType, durationMonths, deadline });
    expect(violations.length === 0).toBe(allowed);
    if (!allowed) expect(violations[0]?.path).toBe('durationMonths');
  });

  it('says why, with the limits and the vacancy’s figure', () => {
    const [violation] = secondmentRuleViolations({ secondmentType: 'regular', durationMonths: 48, deadline });
    expect(violation?.message).toBe('A regular secondment runs 12 to 36 months at first; this vacancy says 48.');
  });

  it('bounds a duration given as an end date by the time left after the deadline', () => {
    expect(secondmentRuleViolations({ secondmentType: 'short-term', endsOn: '2026-12-31', deadline })).toEqual([]);
    const tooShort = secondmentRuleViolations({ secondmentType: 'short-term', endsOn: '2026-05-31', deadline });
    expect(tooShort[0]?.path).toBe('endsOn');
    expect(tooShort[0]?.message).toContain('at most 4 after the deadline');
    const tooLong = secondmentRuleViolations({ secondmentType: 'regular', endsOn: '2030-01-31', deadline });
    expect(tooLong[0]?.message).toContain('48 months after the deadline');
  });

  it('counts whole calendar months only', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(wholeMonthsBetween('2026-01-15', '2029-01-14')).toBe(35);
  });

  it('renews a regular secondment up to six years in all, a short-term one up to 36 months', () => {
    expect(renewalViolation('regular', 36, 36)).toBeUndefined();
    expect(renewalViolation('regular', 36, 37)).toBe('A regular secondment may last 72 months in all; 36 served plus 37 is 73.');
    expect(renewalViolation('short-term', 24, 12)).toBeUndefined();
    expect(renewalViolation('short-term', 24, 13)).toMatch(/36 months in all/);
    expect(renewalViolation('regular', 12, 0)).toMatch(/at least one whole month/);
  });

  it('refuses a vacancy that breaks the rules with a domain error listing why, and passes one that keeps them', () => {
    expect(() => assertSecondmentRules({ secondmentType: 'regular', durationMonths: 24, deadline })).not.toThrow();
    try {
      assertSecondmentRules({ secondmentType: 'regular', durationMonths: 48, deadline });
      expect.unreachable('a 48-month regular secondment must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(SecondmentRulesBroken);
      expect((error as SecondmentRulesBroken).errors).toEqual([
        { path: 'durationMonths', message: 'A regular secondment runs 12 to 36 months at first; this vacancy says 48.' },
      ]);
    }
  });
});
