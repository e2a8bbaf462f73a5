/**
 * What a vacancy's interviews hold of one application, which its retention purge erases too
 * (purge.ts): its invitation (when invited, when and by whom booked) and its hold on a slot (the
 * slot's `bookedBy`). The slots themselves name no candidate once freed (a time, a place, staff
 * members), and go with the vacancy: when its purge is finished, whatever is left of its
 * interviews goes, and the reminders' job no longer reads it.
 */
export interface InterviewPurgeStore {
  /** Frees the slot the application holds (only if it still does), then deletes its invitation. Idempotent; answers how many items changed or went. */
  eraseCandidate(vacancy: string, applicationId: string): Promise<{ deleted: number }>;
  /** Deletes every slot and invitation left of the vacancy's interviews, and its place in the reminders' list. Idempotent. */
  eraseVacancy(vacancy: string): Promise<{ deleted: number }>;
}
