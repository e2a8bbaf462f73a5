import type { TestInvitation, WrittenTest } from './test.js';

/** A conditional write met a test or invitation that changed since it was read (a race lost). */
export class TestChanged extends Error {}

/**
 * A vacancy's written tests and invitations (functions/adapters/dynamodb/written-test-store.ts),
 * in one partition: each read is one Query or GetItem, each write conditioned on the revision read.
 */
export interface WrittenTestStore {
  tests(vacancy: string): Promise<WrittenTest[]>;
  test(vacancy: string, id: string): Promise<WrittenTest | undefined>;
  invitations(vacancy: string): Promise<TestInvitation[]>;
  invitation(vacancy: string, applicationId: string): Promise<TestInvitation | undefined>;
  /** A new test (absent before). */
  createTest(test: WrittenTest): Promise<void>;
  /** Replaces a test HR corrected or cancelled, if still at `revision` (else TestChanged). */
  replaceTest(test: WrittenTest, revision: number): Promise<void>;
  /**
   * Writes an invitation: a new one when `revision` is undefined (absent before), else the one
   * read at `revision` (a move to another sitting). TestChanged when either condition fails.
   */
  putInvitation(invitation: TestInvitation, revision: number | undefined): Promise<void>;
}
