import * as z from '../zod.js';
import { letterCounts } from '../applications/application.js';
import { isFinal } from '../applications/status-machine.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { noMoreDocuments } from '../applications/application-problems.js';
import { Conflict } from '../errors.js';
import type { ReceivedDocument } from '../documents/kinds.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { conflictOf, lostRace, type EditOutcome } from './edit-application.js';
import { openForStaff } from './staff-application.js';

/** The body of `POST /admin/applications/{id}/documents/confirmationLetter/confirm`: the version the NCB saw. */
export const ncbLetterConfirmationSchema = z.strictObject({ version: z.number().check(z.int(), z.minimum(1)) });
export type NcbLetterConfirmationRequest = z.infer<typeof ncbLetterConfirmationSchema>;

export type NcbLetterConfirmationOutcome = EditOutcome;

/**
 * The NCB confirms the copy of the confirmation letter the candidate uploaded: from then on it
 * counts as received through the NCB (notice 1152). Opened by country scope (another country's
 * application is a 404), at the version the officer saw (the copy may have been replaced since),
 * with the confirmation and its author in the audit trail in the same transaction. A letter that
 * already counts writes nothing, at any version: a retry after a lost answer changes nothing.
 */
export const confirmNcbLetter = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  id: string,
  body: NcbLetterConfirmationRequest,
  now: Date,
): Promise<NcbLetterConfirmationOutcome> => {
  const application = await openForStaff(store, principal, id);
  const letter = application.documents.confirmationLetter;
  if (letter && letterCounts(letter)) return { outcome: 'unchanged', application };
  if (application.version !== body.version) throw await conflictOf(store, application, principal, now);
  if (!letter) {
    throw new Conflict('There is no confirmation letter to confirm: the candidate has not uploaded a copy. Attach the letter instead.', {
      key: 'problem.conflict.noLetterToConfirm',
    });
  }
  if (isFinal(application.status)) throw noMoreDocuments(application.status);
  const at = now.toISOString();
  const confirmed: ReceivedDocument = { ...letter, confirmedByNcb: { at, by: principal.email } };
  const audit: AuditEntry = {
    at,
    by: principal.email,
    action: 'letter-confirmed',
    changes: { confirmationLetter: { from: letter, to: confirmed } },
  };
  try {
    const updated = await store.update(id, body.version, { documents: { ...application.documents, confirmationLetter: confirmed }, updatedAt: at }, audit, application);
    return { outcome: 'applied', application: updated };
  } catch (error) {
    if (error instanceof StaleVersion) return lostRace(store, principal, id, now);
    throw error;
  }
};
