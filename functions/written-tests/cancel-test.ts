import { cancelTest } from '#shared/written-tests/scheduling.js';
import { cancelTestQuerySchema, testPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** DELETE /admin/written-tests/{vacancy}/tests/{test}?revision=: HR cancels a test with no result; its candidates are told once. */
export const handler = staffHandler({ name: 'cancelWrittenTest', path: testPathSchema, query: cancelTestQuerySchema }, async ({ principal, path, query, now }) =>
  json(200, await cancelTest(writtenTestDependencies(), principal, path.vacancy, path.test, query.revision, now)),
);
