import { inviteToTest } from '#shared/written-tests/scheduling.js';
import { testInvitationBodySchema, testPathSchema } from '#shared/written-tests/test.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { writtenTestDependencies } from './written-test-stores.js';

/** POST /admin/written-tests/{vacancy}/tests/{test}/invitations: HR invites (or moves) shortlisted candidates; each is emailed once, with the .ics. */
export const handler = staffHandler({ name: 'inviteToWrittenTest', path: testPathSchema, body: testInvitationBodySchema }, async ({ principal, path, body, now }) =>
  json(200, { items: await inviteToTest(writtenTestDependencies(), principal, path.vacancy, path.test, body, now) }),
);
