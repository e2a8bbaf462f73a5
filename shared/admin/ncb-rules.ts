import { ClearanceTooLow } from '../errors.js';
import type { Clearance } from '../vacancies/schema.js';

interface ScreeningClaims {
  decision: 'validated' | 'declined';
  clearance?: Clearance | undefined;
  screenedOn?: string | undefined;
  screeningAttested?: boolean | undefined;
}

/**
 * The NCB's validation attests the security screening at a named level, on a named date
 * (DESIGN.md); a decline attests nothing. What is wrong, by field; empty when the body holds.
 * Whether the level is the vacancy's is judged with the vacancy (ncb-decision.ts, 422).
 */
export const screeningRuleBroken = (decision: ScreeningClaims): Array<{ path: string[]; message: string }> => {
  if (decision.decision === 'declined') {
    // `screeningAttested` on a decline is ignored, as the first version did.
    return decision.clearance !== undefined || decision.screenedOn !== undefined
      ? [{ path: ['clearance'], message: 'A decline attests no screening: leave out clearance and screenedOn.' }]
      : [];
  }
  return [
    ...(decision.clearance === undefined
      ? [{ path: ['clearance'], message: "A validation names the level of security screening done: Basic or Enhanced, at least the vacancy's." }]
      : []),
    ...(decision.screenedOn === undefined ? [{ path: ['screenedOn'], message: 'A validation gives the date of the screening (YYYY-MM-DD).' }] : []),
    ...(decision.screeningAttested === false
      ? [{ path: ['screeningAttested'], message: 'A validation attests the screening: leave out screeningAttested or set it to true, or decline.' }]
      : []),
  ];
};

/** The 422 of an attestation below the vacancy's level, in words an NCB officer reads. */
export const clearanceTooLowMessage = (vacancy: string, required: Clearance, attested: Clearance): string =>
  `Vacancy ${vacancy} requires ${required} security screening, and an attestation of ${attested} screening does not satisfy it: validate once that screening is done, or decline.`;

/** The 422 of an attestation below the vacancy's level, said in the NCB officer's language too. */
export const clearanceTooLow = (vacancy: string, required: Clearance, attested: Clearance): ClearanceTooLow =>
  new ClearanceTooLow(clearanceTooLowMessage(vacancy, required, attested), { key: 'problem.clearanceTooLow.detail', values: { vacancy, required, attested } });
