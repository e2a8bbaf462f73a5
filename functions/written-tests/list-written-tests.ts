import { testBoard } from '#shared/written-tests/board.js';
import { writtenTestPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** GET /admin/written-tests/{vacancy}: HR reads the vacancy's tests (cancelled ones too), invitations with answers, and candidates with results. */
export const handler = staffHandler({ name: 'listWrittenTests', path: writtenTestPathSchema }, async ({ path }) => json(200, await testBoard(writtenTestDependencies(), path.vacancy)));
