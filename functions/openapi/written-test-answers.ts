/**
 * The answers of the written tests' routes (functions/written-tests/), as JSON Schema 2020-12:
 * part of answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const sendOutcome: JsonSchema = { enum: ['sent', 'already-sent', 'suppressed', 'failed'], description: 'What became of the email: `failed` leaves the write standing (the claim is given back).' };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const result: JsonSchema = object(['testId', 'mark', 'passMark', 'maxMark', 'passed', 'recordedAt', 'recordedBy'], {
  testId: uuid,
  mark: { type: 'number' },
  passMark: { type: 'number' },
  maxMark: { type: 'number' },
  passed: { type: 'boolean', description: 'The mark is at or above the pass mark.' },
  recordedAt: dateTime,
  recordedBy: { type: 'string' },
});

export const writtenTestAnswerSchemas: Record<string, JsonSchema> = {
  WrittenTest: object(['id', 'vacancy', 'format', 'startsAt', 'endsAt', 'timeZone', 'maxMark', 'passMark', 'status', 'revision', 'sequence', 'updatedAt', 'updatedBy'], {
    id: uuid,
    vacancy: { type: 'string' },
    format: { enum: ['sitting', 'window'] },
    startsAt: dateTime,
    endsAt: dateTime,
    durationMinutes: { type: 'integer', description: 'How long the test takes within a window.' },
    timeZone: { type: 'string' },
    platformLink: { type: 'string' },
    address: { type: 'string' },
    maxMark: { type: 'number' },
    passMark: { type: 'number' },
    status: { enum: ['scheduled', 'cancelled'] },
    revision: { type: 'integer', minimum: 1 },
    sequence: { type: 'integer', minimum: 0 },
    updatedAt: dateTime,
    updatedBy: { type: 'string' },
  }),
  WrittenTestInvitation: object(['vacancy', 'applicationId', 'testId', 'invitedAt', 'invitedBy', 'revision'], {
    vacancy: { type: 'string' },
    applicationId: uuid,
    testId: uuid,
    invitedAt: dateTime,
    invitedBy: { type: 'string' },
    answer: { enum: ['confirmed', 'another-time'] },
    reason: { type: 'string' },
    answeredAt: dateTime,
    revision: { type: 'integer', minimum: 1 },
  }),
  WrittenTestResult: result,
  WrittenTestBoard: object(['vacancy', 'tests', 'invitations', 'candidates'], {
    vacancy: { type: 'string' },
    tests: list(ref('WrittenTest')),
    invitations: list(ref('WrittenTestInvitation')),
    candidates: list(
      object(['applicationId', 'name', 'status'], { applicationId: uuid, name: { type: 'string' }, status: { type: 'string' }, timeZone: { type: 'string' }, writtenTest: ref('WrittenTestResult') }),
    ),
  }),
  WrittenTestSaved: object(['test'], { test: ref('WrittenTest') }),
  WrittenTestChanged: object(['test', 'emails'], { test: ref('WrittenTest'), emails: list(object(['applicationId', 'email'], { applicationId: uuid, email: sendOutcome })) }),
  WrittenTestInvitations: object(['items'], {
    items: list(
      object(['applicationId', 'outcome'], {
        applicationId: uuid,
        outcome: { enum: ['invited', 'moved', 'already-invited', 'not-invitable', 'not-found'] },
        email: sendOutcome,
        reason: { type: 'string' },
      }),
    ),
  }),
  WrittenTestResultRecorded: object(['outcome', 'applicationId', 'status', 'version'], {
    outcome: { enum: ['recorded', 'unchanged'] },
    applicationId: uuid,
    status: { type: 'string' },
    version: { type: 'integer' },
    writtenTest: ref('WrittenTestResult'),
  }),
  WrittenTestResultsImported: object(['recorded', 'unchanged', 'conflicts', 'items'], {
    recorded: { type: 'integer' },
    unchanged: { type: 'integer' },
    conflicts: { type: 'integer' },
    items: list(object(['line', 'applicationId', 'outcome'], { line: { type: 'integer' }, applicationId: uuid, outcome: { enum: ['recorded', 'unchanged', 'conflict'] }, passed: { type: 'boolean' }, detail: { type: 'string' } })),
  }),
  CandidateWrittenTest: object(['invited', 'canAnswer'], {
    invited: { type: 'boolean' },
    candidateTimeZone: { type: 'string' },
    test: object(['format', 'startsAt', 'endsAt', 'timeZone', 'maxMark', 'passMark', 'cancelled'], {
      format: { enum: ['sitting', 'window'] },
      startsAt: dateTime,
      endsAt: dateTime,
      durationMinutes: { type: 'integer' },
      timeZone: { type: 'string' },
      platformLink: { type: 'string' },
      address: { type: 'string' },
      maxMark: { type: 'number' },
      passMark: { type: 'number' },
      cancelled: { type: 'boolean' },
    }),
    answer: { enum: ['confirmed', 'another-time'] },
    reason: { type: 'string' },
    canAnswer: { type: 'boolean' },
    answerUntil: dateTime,
  }),
};
