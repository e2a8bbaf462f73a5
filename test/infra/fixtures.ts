import type { Route, Schedule } from '#functions/routes.js';
import type { FeedbackFunction } from '#infra/aws/constructs/email-feedback.js';

// Fixture entries point at existing handlers: NodejsFunction checks its entry file exists.

/** A staff route, at a path of its own: only the Cognito authorizer lets callers in. */
export const staffRoute: Route = {
  name: 'staffFixture',
  method: 'GET',
  path: '/fixtures/staff',
  handler: 'vacancies/list-vacancies',
  caller: { kind: 'staff', groups: ['hr', 'ncb'] },
  uses: { table: 'read' },
};

/** A public route that uses everything: table write, documents write, email. */
export const submitRoute: Route = {
  name: 'writeEverythingFixture',
  method: 'POST',
  path: '/fixtures/writes',
  handler: 'vacancies/get-vacancy',
  caller: { kind: 'public' },
  uses: { table: 'write', documents: 'write', email: true },
};

/** A staff page that signs staff in through the hosted UI. */
export const signInPageRoute: Route = {
  name: 'signInPageFixture',
  method: 'GET',
  path: '/fixtures/page',
  handler: 'vacancies/list-vacancies',
  caller: { kind: 'public' },
  uses: { staffSignIn: true },
};

/** A public route that only signs upload POSTs. */
export const uploadOfferRoute: Route = {
  name: 'uploadOfferFixture',
  method: 'POST',
  path: '/fixtures/offers',
  handler: 'vacancies/get-vacancy',
  caller: { kind: 'public' },
  uses: { documents: 'offers' },
};

/** A public route that only reads documents. */
export const documentReaderRoute: Route = {
  name: 'readDocumentFixture',
  method: 'GET',
  path: '/fixtures/documents/{kind}',
  handler: 'vacancies/get-vacancy',
  caller: { kind: 'public' },
  uses: { documents: 'read' },
};

/**
 * Routes of a capability the main stack does not hold (the first folder of their handler,
 * `nested-fixture`): their methods and path resources go into that capability's nested stack.
 * Their handlers do not exist: only a synth that bundles needs them, and none does with these.
 */
export const nestedStaffRoute: Route = {
  name: 'nestedStaffFixture',
  method: 'GET',
  path: '/admin/nested-fixture/{id}',
  handler: 'nested-fixture/read-fixture',
  caller: { kind: 'staff', groups: ['hr', 'admin'] },
  uses: { table: 'read' },
};

export const nestedPublicRoute: Route = {
  name: 'nestedPublicFixture',
  method: 'POST',
  path: '/nested-fixture',
  handler: 'nested-fixture/write-fixture',
  caller: { kind: 'public' },
  uses: { table: 'write' },
};

/** A job in the stage's organisation zone, and one with its own zone. */
export const digestSchedule: Schedule = {
  name: 'hr-digest',
  cron: 'cron(0 7 ? * MON-FRI *)',
  timeZone: 'stage',
  handler: 'vacancies/list-vacancies',
  uses: { table: 'read', email: true },
};

export const reminderSchedule: Schedule = {
  name: 'deadline-reminders',
  cron: '30 6 * * ? *',
  timeZone: 'Africa/Dakar',
  handler: 'vacancies/get-vacancy',
  uses: { table: 'write', email: true },
};

/** The SES feedback function, on a handler that exists whatever the notification module's state. */
export const feedbackFixture: FeedbackFunction = { handler: 'vacancies/get-vacancy', uses: { table: 'write' } };
