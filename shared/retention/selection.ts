/**
 * What a vacancy's selection holds of one application, which its retention purge erases too
 * (purge.ts): the members' marks (scores and comments), the chair's recommendation (its reasons),
 * and the selection's history entries naming the application, whose changes carry both. The
 * entries are redacted rather than deleted: who did what kind of thing when stays, as the
 * panel's trail; what they said of the candidate goes. The panel itself (its members, staff, and
 * its criteria, the notice's words) names no candidate and stays.
 */
export interface SelectionPurgeStore {
  /**
   * Redacts the history entries naming the application (their changes emptied), then deletes its
   * marks and its recommendation: done in that order, a run stopped between leaves the marks for
   * the next run to find and finish. Idempotent; answers counts only.
   */
  eraseCandidate(vacancy: string, applicationId: string, now: Date): Promise<{ deleted: number; redacted: number }>;
}
