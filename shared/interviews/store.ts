import type { Invitation, Slot } from './slot.js';

/** A conditional write met a slot or invitation that changed since it was read (a race lost). */
export class SlotChanged extends Error {}

/**
 * A vacancy's slots and invitations (functions/adapters/dynamodb/interview-store.ts). Every write
 * that touches a booking is one transaction over the slot(s) and the invitation, conditioned on
 * what was read, so a slot is held by one candidate at most and a candidate holds one slot at most.
 */
export interface InterviewStore {
  slots(vacancy: string): Promise<Slot[]>;
  slot(vacancy: string, id: string): Promise<Slot | undefined>;
  invitations(vacancy: string): Promise<Invitation[]>;
  invitation(vacancy: string, applicationId: string): Promise<Invitation | undefined>;
  /** The vacancies that have slots, for the reminders' job (one Query, never a Scan). */
  vacanciesWithSlots(): Promise<string[]>;
  /** A new slot (absent before). */
  createSlot(slot: Slot): Promise<void>;
  /**
   * Replaces a slot HR moved or cancelled, if still at `revision` and still held by the candidate
   * it was read with (else SlotChanged); `freeing`, the candidate a cancellation frees, whose
   * invitation loses the slot in the same write.
   */
  replaceSlot(slot: Slot, revision: number, freeing?: string): Promise<void>;
  /** Invites, unless invited already (then false). */
  invite(invitation: Invitation): Promise<boolean>;
  /**
   * The candidate takes `slotId`, leaving `fromSlotId` (the one they held, if any): the new slot
   * must be open and free (or theirs), the invitation must still hold `fromSlotId` (or none), the
   * old slot must still be theirs; all or nothing, else SlotChanged.
   */
  book(vacancy: string, applicationId: string, slotId: string, fromSlotId: string | undefined, at: string, by: string): Promise<void>;
}
