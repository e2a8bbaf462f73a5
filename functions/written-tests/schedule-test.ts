import { scheduleTest } from '#shared/written-tests/scheduling.js';
import { testBodySchema, writtenTestPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** POST /admin/written-tests/{vacancy}/tests: HR schedules a sitting or a window, remote or at a place, with its marks. */
export const handler = staffHandler({ name: 'scheduleWrittenTest', path: writtenTestPathSchema, body: testBodySchema }, async ({ principal, path, body, now }) =>
  json(201, { test: await scheduleTest(writtenTestDependencies(), principal, path.vacancy, body, now) }),
);
