import { SecondmentRulesBroken, type FieldIssue } from '../errors.js';
import type { SecondmentType, Vacancy } from './schema.js';

/**
 * The Conditions of Secondment (seeds/secondments-about.txt): regular secondments run one to three
 * years at first and may be renewed up to six years in all; short-term ones run 6 to 36 months.
 */
export const secondmentLimits: Record<SecondmentType, { minInitial: number; maxInitial: number; maxTotal: number }> = {
  regular: { minInitial: 12, maxInitial: 36, maxTotal: 72 },
  'short-term': { minInitial: 6, maxInitial: 36, maxTotal: 36 },
};

/** Whole calendar months from one YYYY-MM-DD date to a later one (a partial month does not count). */
export const wholeMonthsBetween = (from: string, to: string): number => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
};

const label = (type: SecondmentType) => (type === 'regular' ? 'A regular secondment' : 'A short-term secondment');

/** Why a vacancy's duration breaks the rules; empty when it does not. */
export const secondmentRuleViolations = (
  vacancy: Pick<Vacancy, 'secondmentType' | 'durationMonths' | 'endsOn' | 'deadline'>,
): FieldIssue[] => {
  const limits = secondmentLimits[vacancy.secondmentType];
  if (vacancy.durationMonths !== undefined) {
    const months = vacancy.durationMonths;
    if (months < limits.minInitial || months > limits.maxInitial) {
      return [
        {
          path: 'durationMonths',
          message: `${label(vacancy.secondmentType)} runs ${limits.minInitial} to ${limits.maxInitial} months at first; this vacancy says ${months}.`,
        },
      ];
    }
    return [];
  }
  if (vacancy.endsOn !== undefined) {
    // The secondment cannot start before the deadline, so deadline..endsOn bounds its length.
    const longest = wholeMonthsBetween(vacancy.deadline, vacancy.endsOn);
    if (longest < limits.minInitial) {
      return [
        {
          path: 'endsOn',
          message: `${label(vacancy.secondmentType)} runs at least ${limits.minInitial} months; ending on ${vacancy.endsOn} leaves at most ${longest} after the deadline.`,
        },
      ];
    }
    if (longest > limits.maxInitial) {
      return [
        {
          path: 'endsOn',
          message: `${label(vacancy.secondmentType)} runs at most ${limits.maxInitial} months at first; ending on ${vacancy.endsOn} is ${longest} months after the deadline.`,
        },
      ];
    }
  }
  return [];
};

/** Whether a secondment already `servedMonths` long may be extended by `extensionMonths`. */
export const renewalViolation = (
  type: SecondmentType,
  servedMonths: number,
  extensionMonths: number,
): string | undefined => {
  const { maxTotal } = secondmentLimits[type];
  if (!Number.isInteger(extensionMonths) || extensionMonths < 1) return 'An extension is at least one whole month.';
  if (servedMonths + extensionMonths > maxTotal) {
    return `${label(type)} may last ${maxTotal} months in all; ${servedMonths} served plus ${extensionMonths} is ${servedMonths + extensionMonths}.`;
  }
  return undefined;
};

/** Refuses a vacancy whose duration breaks the Conditions of Secondment, saying why. */
export const assertSecondmentRules = (vacancy: Parameters<typeof secondmentRuleViolations>[0]): void => {
  const violations = secondmentRuleViolations(vacancy);
  if (violations.length > 0) throw new SecondmentRulesBroken(violations);
};
