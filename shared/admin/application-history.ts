import type { ApplicationStore, AuditEntry } from '../applications/store.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { seesAssessment } from './application-row.js';
import { openForStaff } from './staff-application.js';

/**
 * An entry without HR's assessment (score, note, eligibility override, the written test's mark);
 * an entry that changed nothing else goes. The candidate hears their test result in its letter.
 */
const withoutAssessment = (entry: AuditEntry): AuditEntry[] => {
  const { score: _score, note: _note, eligibilityOverride: _override, writtenTest: _writtenTest, ...changes } = entry.changes;
  return Object.keys(changes).length > 0 || Object.keys(entry.changes).length === 0 ? [{ ...entry, changes }] : [];
};

/** `GET /admin/applications/{id}/history`: every change and its author, oldest first; NCB-scoped as any read. */
export const applicationHistory = async (store: Pick<ApplicationStore, 'get' | 'history'>, principal: StaffPrincipal, id: string): Promise<{ items: AuditEntry[] }> => {
  await openForStaff(store, principal, id);
  const entries = await store.history(id);
  const visible = seesAssessment(principal) ? entries : entries.flatMap(withoutAssessment);
  // The store keys entries by time then version; sorting here keeps the promise whatever the store.
  return { items: [...visible].sort((a, b) => a.at.localeCompare(b.at)) };
};
