import { recordResult } from '#shared/written-tests/recording.js';
import { resultBodySchema, resultPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** PUT /admin/written-tests/{vacancy}/results/{id}: HR records one candidate's mark; shortlisted moves to tested in the same write. */
export const handler = staffHandler({ name: 'recordWrittenTestResult', path: resultPathSchema, body: resultBodySchema }, async ({ principal, path, body, now }) => {
  const { outcome, application } = await recordResult(writtenTestDependencies(), principal, path.vacancy, path.id, body.mark, now);
  return json(200, { outcome, applicationId: application.id, status: application.status, version: application.version, writtenTest: application.writtenTest });
});
