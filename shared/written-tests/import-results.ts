/**
 * The import of the test platform's results (issue 16, point 2): all or nothing. Every row is
 * checked first (the file's own faults in results-csv.ts; then, against the store, an unknown
 * candidate, one not invited, a test not started or cancelled, a mark above the maximum, a move
 * the status machine refuses); any fault answers one problem listing each bad row by its line,
 * and nothing is written. Then each row is written as a result recorded by hand is. A row whose
 * result is recorded already is unchanged: importing the same file again changes nothing.
 */
import type { Application } from '../applications/application.js';
import { StaleVersion } from '../applications/store.js';
import { ValidationFailed } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { WrittenTestDependencies } from './dependencies.js';
import { judgeResult, writeResult } from './recording.js';
import { readResultsCsv, type RowIssue } from './results-csv.js';
import { vacancyOf } from './scheduling.js';
import type { WrittenTest } from './test.js';

export interface ImportedRow {
  line: number;
  applicationId: string;
  outcome: 'recorded' | 'unchanged' | 'conflict';
  passed?: boolean;
  detail?: string;
}

export interface ResultsImport {
  recorded: number;
  unchanged: number;
  /** Rows another writer changed between the check and the write (their own 409): import again. */
  conflicts: number;
  items: ImportedRow[];
}

const refuse = (issues: RowIssue[]) =>
  new ValidationFailed(
    issues.sort((a, b) => a.line - b.line).map((issue) => ({ path: `csv.line.${issue.line}`, message: `Line ${issue.line}: ${issue.message}` })),
    `The results file has ${issues.length === 1 ? 'a wrong row' : `${issues.length} wrong rows`}: nothing was recorded. Correct ${issues.length === 1 ? 'it' : 'them'} and import the whole file again.`,
  );

export const importResults = async (deps: WrittenTestDependencies, principal: StaffPrincipal, vacancy: string, csv: string, now: Date): Promise<ResultsImport> => {
  await vacancyOf(deps, vacancy);
  const { rows, issues } = readResultsCsv(csv);
  const [tests, invitations, terms] = await Promise.all([deps.writtenTests.tests(vacancy), deps.writtenTests.invitations(vacancy), deps.applications.vacancyTerms(vacancy)]);
  const testById = new Map<string, WrittenTest>(tests.map((test) => [test.id, test]));
  const invitationOf = new Map(invitations.map((invitation) => [invitation.applicationId, invitation]));
  const judged = await Promise.all(
    rows.map(async (row) => {
      const application = await deps.applications.get(row.reference);
      const invitation = invitationOf.get(row.reference);
      const test = invitation ? testById.get(invitation.testId) : undefined;
      return { row, application, judgement: judgeResult(vacancy, application, invitation, test, terms, row.mark, principal, now) };
    }),
  );
  for (const { row, judgement } of judged) if ('refused' in judgement) issues.push({ line: row.line, message: judgement.refused.reason });
  if (issues.length > 0) throw refuse(issues);

  const items: ImportedRow[] = [];
  for (const { row, application, judgement } of judged) {
    const { id } = application as Application;
    if ('unchanged' in judgement) {
      items.push({ line: row.line, applicationId: id, outcome: 'unchanged', ...(application?.writtenTest ? { passed: application.writtenTest.passed } : {}) });
      continue;
    }
    if (!('write' in judgement)) continue;
    try {
      await writeResult(deps, principal, application as Application, judgement.write, terms);
      items.push({ line: row.line, applicationId: id, outcome: 'recorded', passed: judgement.write.result.passed });
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      const fresh = await deps.applications.get(id);
      const same = fresh?.writtenTest?.testId === judgement.write.result.testId && fresh.writtenTest.mark === row.mark;
      items.push(same ? { line: row.line, applicationId: id, outcome: 'unchanged', passed: judgement.write.result.passed } : { line: row.line, applicationId: id, outcome: 'conflict', detail: 'Changed by someone else meanwhile: import again.' });
    }
  }
  const count = (outcome: ImportedRow['outcome']) => items.filter((item) => item.outcome === outcome).length;
  return { recorded: count('recorded'), unchanged: count('unchanged'), conflicts: count('conflict'), items };
};
