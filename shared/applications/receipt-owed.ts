/**
 * A receipt owed to a candidate (a transactional outbox entry): written in the same transaction
 * as the application, so an application is never accepted without its receipt being owed, and
 * removed once the receipt went. It holds the status token, because only its hash is stored on
 * the application and the receipt must carry the private link; it lives until sent, at most
 * RECEIPT_GIVE_UP_MS (then PENDING_RECEIPT_LIFETIME_MS, the table's TTL, as a backstop). The
 * confirmation token travels the same way: only the receipt email may carry it.
 */
export interface PendingReceipt {
  applicationId: string;
  submittedAt: string;
  statusToken: string;
  /** Absent on an entry written before addresses were confirmed: its application is confirmed already. */
  confirmationToken?: string;
}
