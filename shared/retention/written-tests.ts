/**
 * What a vacancy's written tests hold of one application, which its retention purge erases too
 * (purge.ts): its invitation to a test (when and by whom invited, its answer and the reason it
 * gave in its own words). The result lives on the application item and goes with it. The tests
 * themselves name no candidate (a time, a place or a link, the marks), and go with the vacancy
 * once its purge is finished.
 */
export interface WrittenTestPurgeStore {
  /** Deletes the application's invitation. Idempotent; answers how many items went. */
  eraseCandidate(vacancy: string, applicationId: string): Promise<{ deleted: number }>;
  /** Deletes every test and invitation left of the vacancy's written tests. Idempotent. */
  eraseVacancy(vacancy: string): Promise<{ deleted: number }>;
}
