/**
 * HR's view of a vacancy's written tests (GET /admin/written-tests/{vacancy}): its tests, who is
 * invited to which and how they answered, and the candidates a test concerns (shortlisted and
 * tested, with any result), so the staff page's screen reads one answer.
 */
import type { Application } from '../applications/application.js';
import { personName } from '../i18n/names.js';
import type { WrittenTestResult } from './result.js';
import type { WrittenTestDependencies } from './dependencies.js';
import { testedStatuses, vacancyOf } from './scheduling.js';
import type { TestInvitation, WrittenTest } from './test.js';

export interface BoardCandidate {
  applicationId: string;
  name: string;
  status: Application['status'];
  timeZone?: string;
  writtenTest?: WrittenTestResult;
}

export interface TestBoard {
  vacancy: string;
  tests: WrittenTest[];
  invitations: TestInvitation[];
  candidates: BoardCandidate[];
}

export const testBoard = async (deps: Pick<WrittenTestDependencies, 'writtenTests' | 'applications' | 'vacancies'>, vacancy: string): Promise<TestBoard> => {
  await vacancyOf(deps, vacancy);
  const candidates: BoardCandidate[] = [];
  for (const status of testedStatuses) {
    let cursor: string | undefined;
    do {
      const page = await deps.applications.list({ vacancy, status }, { limit: 200, ...(cursor ? { cursor } : {}) });
      for (const application of page.items) {
        candidates.push({
          applicationId: application.id,
          name: personName(application),
          status: application.status,
          ...(application.timeZone ? { timeZone: application.timeZone } : {}),
          ...(application.writtenTest ? { writtenTest: application.writtenTest } : {}),
        });
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  const [tests, invitations] = await Promise.all([deps.writtenTests.tests(vacancy), deps.writtenTests.invitations(vacancy)]);
  return { vacancy, tests, invitations, candidates: candidates.sort((a, b) => a.name.localeCompare(b.name)) };
};
