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
