import { letterAwaitsNcb, letterCounts, type Application } from '../applications/application.js';
import { clearanceMet } from '../applications/clearance.js';
import { isFinal } from '../applications/status-machine.js';
import type { Clearance } from '../vacancies/schema.js';
import { requirementsOf } from '../profiles/requirements.js';

/** What an application waits for from its candidate's NCB. */
export type NcbPendingItem = 'validation' | 'confirmationLetter' | 'letterConfirmation';

/**
 * The NCB's part of what is missing: its validation while it has not decided, and the
 * confirmation letter, which reaches us through it: either the letter itself, or its confirmation
 * of the copy the candidate uploaded. An application the NCB declined waits for
 * nothing more from it, and a final one (withdrawn, rejected, appointed) for nothing at all.
 */
export const ncbPendingItems = (
  application: Pick<Application, 'status' | 'documents' | 'ncbValidation' | 'category'>,
  /** The vacancy's level: a validation below it (an old one, or before the vacancy was raised) is asked for again. */
  required: Clearance,
): NcbPendingItem[] => {
  if (isFinal(application.status) || application.ncbValidation?.decision === 'declined') return [];
  // A sending unit's applicants have no NCB: their force releases them (../profiles/requirements.ts).
  if (!requirementsOf(application.category).includes('ncbValidation')) return [];
  return [
    ...(clearanceMet(application.ncbValidation, required) ? [] : (['validation'] as const)),
    ...(letterAwaitsNcb(application.documents.confirmationLetter)
      ? (['letterConfirmation'] as const)
      : letterCounts(application.documents.confirmationLetter)
        ? []
        : (['confirmationLetter'] as const)),
  ];
};
