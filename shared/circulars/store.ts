import type { Language } from '../i18n/languages.js';
import type { NoticeSnapshot, SnapshotPart } from './notice-snapshot.js';

/**
 * One edition of a vacancy's circular: the first (1) when it was published, one more per
 * correction after that. Each is sent to every contact; a newer edition supersedes an older one
 * still going out (the newer says everything the older said).
 */
export interface CircularEdition {
  edition: number;
  /** The notice as this edition says it. */
  snapshot: NoticeSnapshot;
  /** What changed since the edition before (none for the first). */
  changes: SnapshotPart[];
  createdAt: string;
  /** When every contact had it: the job stops looking at the edition from then on. */
  completedAt?: string;
}

/** A vacancy's circular: its editions, oldest first. */
export interface CircularState {
  number: string;
  editions: CircularEdition[];
}

/** One edition's send to one country's NCB, claimed before the send and marked sent after. */
export interface CircularSend {
  number: string;
  edition: number;
  country: string;
  state: 'pending' | 'sent';
  /** Where it went: the contact's address at the time of the send. */
  address: string;
  claimedAt: string;
  /** A pending claim older than this was left by a sender that died: another run may take it. */
  leaseUntil?: string;
  sentAt?: string;
  /** SES's message id: what a bounce notification names. */
  messageId?: string;
  /**
   * The send can be found by its message id (recorded with it since issue 15's bounce matching), so
   * a bounce is recorded on it as `bouncedAt`; a send without it (recorded before) is matched by address.
   */
  bouncesByMessage?: true;
  /** When SES reported its message bounced for good (matched by message id). */
  bouncedAt?: string;
  /** The language the circular was written in (the contact's then); sends recorded before have none. */
  language?: Language;
  /** SHA-256 of the acknowledgement token the email's link carries (the token itself is never stored). */
  ackTokenHash: string;
  /** The acknowledgement link works until then. */
  ackExpiresAt: string;
  acknowledgedAt?: string;
}

export type CircularSendKey = Pick<CircularSend, 'number' | 'edition' | 'country'>;

/** Where circulars are recorded; the DynamoDB implementation is functions/adapters/dynamodb/circular-store.ts. */
export interface CircularStore {
  get(number: string): Promise<CircularState | undefined>;
  /**
   * Adds `edition` to the vacancy's circular provided it still has `expectedEditions` editions (0
   * for a vacancy with none): false when another run added one meanwhile.
   */
  addEdition(number: string, edition: CircularEdition, expectedEditions: number): Promise<boolean>;
  /** Every contact has the edition. */
  completeEdition(number: string, edition: number, at: Date): Promise<void>;
  /** Every send recorded for the vacancy, every edition (one Query). */
  sends(number: string): Promise<CircularSend[]>;
  /**
   * Takes the send before it goes (a conditional write): true when nobody held it, a pending one's
   * lease ran out, or it went to another address than this one (the contact changed since); false
   * when it was sent to this address or another sender holds it under lease.
   */
  claim(send: CircularSend): Promise<boolean>;
  /** The email went: the send holds for good, with SES's message id. */
  markSent(key: CircularSendKey, at: Date, messageId: string): Promise<void>;
  /** Gives a claim back after a failed send, so a later run sends it. */
  release(key: CircularSendKey): Promise<void>;
  /** Records the NCB's acknowledgement on a sent send, unless one is recorded: false when one was. */
  acknowledge(key: CircularSendKey, at: Date): Promise<boolean>;
  /** One send, read consistently. */
  getSend(key: CircularSendKey): Promise<CircularSend | undefined>;
  /** One country's sends of each of these vacancies, every edition (the NCB's Vacancies tab). */
  countrySends(numbers: readonly string[], country: string): Promise<CircularSend[]>;
}

/** Where the SES feedback records a circular's bounce: on the send its message id names. */
export interface CircularBounceRecorder {
  /** Records the bounce on the circular send SES's `messageId` names: false when no circular send has that id. */
  recordBounce(messageId: string, at: Date): Promise<boolean>;
}

/** How a bounce is known: the suppression list (functions/notifications/ses-feedback.ts writes it). */
export interface CircularBounces {
  /** Of these addresses, those that bounced for good at or after `since` (ISO instant per address). */
  bouncedSince(addresses: ReadonlyArray<{ address: string; since: string }>): Promise<Set<string>>;
}
