import type { Clearance } from '../vacancies/schema.js';
import { missingItems, type MissingItem, type NcbValidation, type RequirementFacts } from './application.js';
import { requirementsOf } from '../profiles/requirements.js';

const rank: Record<Clearance, number> = { Basic: 1, Enhanced: 2 };

/** Whether a screening at `attested` covers a vacancy that requires `required` (Enhanced covers Basic). */
export const covers = (attested: Clearance | undefined, required: Clearance): boolean =>
  attested !== undefined && rank[attested] >= rank[required];

/**
 * The level a stored validation attests. A validation written before levels were named
 * (`screeningAttested: true`, no `clearance`) attested the equivalent of Basic screening, which
 * is all it could say then: it stands for a Basic vacancy and not for an Enhanced one.
 */
export const attestedClearance = (validation: NcbValidation | undefined): Clearance | undefined => {
  if (validation?.decision !== 'validated') return undefined;
  return validation.clearance ?? (validation.screeningAttested ? 'Basic' : undefined);
};

/** The NCB has validated the application with a screening at the level the vacancy requires. */
export const clearanceMet = (validation: NcbValidation | undefined, required: Clearance): boolean =>
  covers(attestedClearance(validation), required);

/**
 * What an application still needs before it may go forward: `missingItems`, with the NCB's
 * validation counted missing while it stands below the vacancy's level (an old validation, or one
 * made before the vacancy was raised to Enhanced). No vacancy (`required` undefined): never met.
 */
export const missingAtLevel = (application: RequirementFacts, required: Clearance | undefined): MissingItem[] => {
  const missing = missingItems(application);
  // Only where an NCB validates (a sending unit's applicants have no NCB: ../profiles/requirements.ts).
  if (!requirementsOf(application.category).includes('ncbValidation')) return missing;
  const levelMet = required !== undefined && clearanceMet(application.ncbValidation, required);
  return levelMet || missing.includes('ncbValidation') ? missing : [...missing, 'ncbValidation'];
};
