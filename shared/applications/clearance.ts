import type { Clearance } from '../vacancies/schema.js';
import type { NcbValidation } from './application.js';

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
