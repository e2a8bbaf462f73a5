/**
 * What the OpenAPI document says of the written tests' routes (functions/written-tests/; issue 16,
 * point 2; docs/written-test.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import {
  cancelTestQuerySchema,
  resultBodySchema,
  resultImportBodySchema,
  resultPathSchema,
  testAnswerBodySchema,
  testBodySchema,
  testInvitationBodySchema,
  testPathSchema,
  writtenTestPathSchema,
} from '#shared/written-tests/test.js';
import { applicationPathSchema } from '../applications/application-path.js';

const testExample = {
  format: 'sitting',
  startsAt: '2027-01-20T09:30',
  endsAt: '2027-01-20T11:30',
  timeZone: 'Europe/Paris',
  address: 'Lyon, 200 quai Charles de Gaulle, salle 2',
  maxMark: 100,
  passMark: 60,
};
const changed = { schema: 'WrittenTestChanged', description: 'The test as stored, and what became of each invited candidate’s email (none when only the marks changed).' } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const writtenTestOperations = {
  listWrittenTests: {
    summary: 'A vacancy’s written tests (cancelled ones too), invitations with answers, and its shortlisted and tested candidates with results',
    path: writtenTestPathSchema,
    answers: { 200: { schema: 'WrittenTestBoard', description: 'Tests soonest first; who is invited to which and how they answered; candidates by name.' } },
    problems: ['not-found'],
  },
  scheduleWrittenTest: {
    summary: 'HR schedules a written test: a sitting (start, end) or a window (opens, closes, how long it takes), remote (a platform link) or at an address, with its maximum and pass marks',
    description:
      'Times are the wall clock of `timeZone` (`2027-01-20T09:30`): a time the zone skips (clocks going forward) is a 400. A mark at or above `passMark` passes. It starts in the future.',
    path: writtenTestPathSchema,
    body: testBodySchema,
    bodyExample: testExample,
    answers: { 201: { schema: 'WrittenTestSaved', description: 'The test, scheduled.' } },
    problems: ['not-found'],
  },
  correctWrittenTest: {
    summary: 'HR corrects a test (the revision read); invited candidates are told once per change of time, place or link',
    description: '409 when stale or cancelled, or when marks would change under recorded results. Each candidate’s email carries the .ics again (same UID, higher SEQUENCE).',
    path: testPathSchema,
    body: testBodySchema,
    bodyExample: { ...testExample, startsAt: '2027-01-21T09:30', endsAt: '2027-01-21T11:30', revision: 1 },
    answers: { 200: changed },
    problems: ['not-found', 'conflict'],
  },
  cancelWrittenTest: {
    summary: 'HR cancels a test with no result recorded; its candidates are told once and stay shortlisted',
    description: '`?revision=` is the one read. The .ics cancels the event (METHOD:CANCEL).',
    path: testPathSchema,
    query: cancelTestQuerySchema,
    answers: { 200: changed },
    problems: ['not-found', 'conflict'],
  },
  inviteToWrittenTest: {
    summary: 'HR invites shortlisted candidates (chosen, or all) to a test, or moves them to it from another sitting',
    description: 'Each gets one email in their language with the test as an .ics: the "shortlisted and invited to the test" letter. Inviting again sends nothing more.',
    path: testPathSchema,
    body: testInvitationBodySchema,
    bodyExample: { allShortlisted: true },
    answers: { 200: { schema: 'WrittenTestInvitations', description: 'What became of each application.' } },
    problems: ['not-found', 'conflict'],
  },
  recordWrittenTestResult: {
    summary: 'HR records a candidate’s mark: a shortlisted application moves to tested in the same write (audited)',
    description: 'The same mark again is `unchanged`; another mark corrects it. 409 when not invited, the test not started or cancelled, or changed meanwhile; 422 when the status machine refuses the move.',
    path: resultPathSchema,
    body: resultBodySchema,
    bodyExample: { mark: 72.5 },
    answers: { 200: { schema: 'WrittenTestResultRecorded', description: 'The application’s status, version and result.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition'],
  },
  importWrittenTestResults: {
    summary: 'HR imports the test platform’s CSV of results: all or nothing, and the same file again changes nothing',
    description: 'A header with `reference` and `mark` columns (others are read past). Any bad row (unknown candidate, not invited, mark out of range, duplicate, bad header) is a 400 listing each by its line (`errors[].path` `csv.line.N`), and nothing is written.',
    path: writtenTestPathSchema,
    body: resultImportBodySchema,
    bodyExample: { csv: 'reference,mark\n0b6f5f8e-1d3c-4a55-9f0e-2a1c3d4e5f60,72.5\n' },
    answers: { 200: { schema: 'WrittenTestResultsImported', description: 'Each row’s outcome by line.' } },
    problems: ['not-found'],
  },
  getCandidateWrittenTest: {
    summary: 'The candidate’s written test: invited or not, when and where, their answer',
    path: applicationPathSchema,
    statusToken: true,
    answers: { 200: { schema: 'CandidateWrittenTest', description: 'Instants in UTC with the test’s zone; the candidate’s own zone when their application gave it. Never a result.' } },
    problems: ['not-found', 'unauthorized'],
  },
  answerWrittenTest: {
    summary: 'The candidate confirms the test, or asks for another time with a short reason, until it starts',
    path: applicationPathSchema,
    statusToken: true,
    body: testAnswerBodySchema,
    bodyExample: { answer: 'another-time', reason: 'I am on duty abroad that week.' },
    answers: { 200: { schema: 'CandidateWrittenTest', description: 'The test as GET gives it, with the answer.' } },
    problems: ['not-found', 'unauthorized', 'forbidden', 'conflict'],
  },
} as const;
