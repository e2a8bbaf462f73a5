/**
 * Where the last digest of a kind stopped (docs/data-model.md, pattern 15): the next digest
 * reports what came after it, not "the last 24 hours", so a missed or late run loses nothing.
 */
export interface DigestWatermark {
  /** The scheduled time of the digest that was sent: applications submitted up to it were reported. */
  at: string;
  /** The vacancies that digest reported as open: one of them no longer open has closed since. */
  openVacancies: string[];
}

/** The DynamoDB implementation is functions/adapters/dynamodb/digest-watermark.ts. */
export interface DigestWatermarks {
  read(digest: string): Promise<DigestWatermark | undefined>;
  /**
   * Moves the watermark from `previous` (absent: none yet) to `next`; false when it was no
   * longer `previous` (another run moved it), so two runs never both move it.
   */
  advance(digest: string, previous: DigestWatermark | undefined, next: DigestWatermark): Promise<boolean>;
}
