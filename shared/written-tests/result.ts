/**
 * A candidate's written test result (issue 16, point 2), kept on the application
 * (`Application.writtenTest`) so the grid, the ranking and the letters read it with the rest.
 * The written-tests capability (shared/written-tests/) records it, by hand or from the test
 * platform's CSV. Absent on applications not tested, and on items stored before tests existed.
 */
export interface WrittenTestResult {
  /** The test it was marked in (a vacancy may schedule more than one sitting). */
  testId: string;
  mark: number;
  /** The test's pass mark when the result was recorded: a mark at or above it passes. */
  passMark: number;
  maxMark: number;
  passed: boolean;
  recordedAt: string;
  recordedBy: string;
}

/** The threshold: a mark AT OR ABOVE the pass mark passes (a pass mark of 50 passes a 50). */
export const passes = (mark: number, passMark: number): boolean => mark >= passMark;

/** The result of `mark` in a test with these marks, recorded by `by` at `at`. */
export const resultOf = (test: { id: string; maxMark: number; passMark: number }, mark: number, at: string, by: string): WrittenTestResult => ({
  testId: test.id,
  mark,
  passMark: test.passMark,
  maxMark: test.maxMark,
  passed: passes(mark, test.passMark),
  recordedAt: at,
  recordedBy: by,
});

/** The same result as recorded already (same test, same mark): recording it again changes nothing. */
export const sameResult = (recorded: WrittenTestResult | undefined, testId: string, mark: number): boolean => recorded?.testId === testId && recorded.mark === mark;
