import { correctTest } from '#shared/written-tests/scheduling.js';
import { testBodySchema, testPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** PUT /admin/written-tests/{vacancy}/tests/{test}: HR corrects a test (the revision read); its invited candidates are told once. */
export const handler = staffHandler({ name: 'correctWrittenTest', path: testPathSchema, body: testBodySchema }, async ({ principal, path, body, now }) =>
  json(200, await correctTest(writtenTestDependencies(), principal, path.vacancy, path.test, body, now)),
);
