import { importResults } from '#shared/written-tests/import-results.js';
import { resultImportBodySchema, writtenTestPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** POST /admin/written-tests/{vacancy}/results/import: the platform's CSV, all or nothing; the same file again changes nothing. */
export const handler = staffHandler({ name: 'importWrittenTestResults', path: writtenTestPathSchema, body: resultImportBodySchema }, async ({ principal, path, body, now }) =>
  json(200, await importResults(writtenTestDependencies(), principal, path.vacancy, body.csv, now)),
);
