import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { applicationPathSchema } from '#functions/applications/application-path.js';
import { ncbLetterPath, staffDocumentPath } from '#functions/admin/applications/staff-application-path.js';
import { applicationEditSchema, bulkEditSchema, ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { applicationListQuerySchema } from '#shared/admin/application-row.js';
import { ncbLetterConfirmationSchema } from '#shared/admin/ncb-letter-confirmation.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { PDF } from '#shared/documents/kinds.js';
import { uploadCompletionSchema, uploadRequestSchema } from '#shared/documents/schema.js';
import { principalFromClaims, type StaffGroup } from '#shared/staff/principal.js';
import { formulaCell, hostileString, hugeStrings, lineBreaks, unicodeEdges } from '../support/arbitraries.js';
import { aminaApplication } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { seedApplications, storeOf } from '../support/staff.js';
import { checkProperty } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import { directCaller, type DirectCall } from './harness/direct-calls.js';
import { bodyCases, bodyVerdict, type BodyCase } from './harness/json-cases.js';
import { decoded, mostlyInvalid, noQuery, pathSegment, queryIsValid, queryString } from './harness/query-cases.js';
import { callers, judgedStaffCall, realCallers, type Caller } from './harness/staff-callers.js';
import { RUNS, TIMEOUT } from './harness/runs.js';

/**
 * Bad inputs to the staff application routes (grid, summary, edits, bulk, history, downloads, the
 * NCB's decision and letter), from real callers' claims and claims no token carries. Every seeded
 * row stays at version 1 while the edits name other versions, so no case may write anything.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let call: DirectCall;
let real: Awaited<ReturnType<typeof realCallers>>;
const LIMIT = 64 * 1024;

const ids = { senegal: randomUUID(), france: randomUUID(), withCv: randomUUID() };
let fingerprint = '';

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  call = await directCaller(clock);
  real = await realCallers(stack);
  const store = storeOf(stack);
  const cv = { key: `applications/${ids.withCv}/cv/${randomUUID()}`, contentType: PDF, size: 10, sha256: 'a'.repeat(64), receivedAt: '2026-11-21T10:00:00.000Z' };
  await seedApplications(store.applications, [
    aminaApplication({ id: ids.senegal, nationality: 'SN', email: 's@police.sn.example', note: 'Strong file' }),
    aminaApplication({ id: ids.france, nationality: 'FR', email: 'f@police.fr.example' }),
    aminaApplication({ id: ids.withCv, nationality: 'SN', email: 'c@police.sn.example', documents: { cv } as never }),
  ]);
  store.close();
  fingerprint = await census.fingerprint();
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

/** An id: a fifth of the cases a real or unknown UUID (a table read), the rest hostile. */
const idSegment = () =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(ids.senegal, ids.france, ids.withCv, randomUUID()) }, { weight: 4, arbitrary: pathSegment([ids.senegal, ids.withCv]) });
const kindSegment = () => fc.oneof({ weight: 2, arbitrary: fc.constantFrom('cv', 'confirmationLetter', 'coverLetter') }, { weight: 1, arbitrary: pathSegment(['cv', 'CV', 'photo']) });

/** A version no seeded row is at (they are all at 1), valid or not. */
const staleVersion = fc.constantFrom(2, 7, 1_000_000, 0, -1, 1.5, '1', null, 2 ** 53, Number.MAX_VALUE);
const statusValue = fc.constantFrom(...applicationStatuses, 'SCREENING', 'hired', '', 'submitted\n');
const scoreValue = fc.oneof(fc.integer({ min: -10, max: 110 }), fc.constantFrom(null, 50.5, '50', Number.NaN));
const noteValue = fc.oneof(formulaCell, hostileString, fc.constantFrom(...lineBreaks, ...unicodeEdges, hugeStrings[1], 'Call back\non Monday', null));

const staffCall = (routeName: string, allowed: readonly StaffGroup[], caller: Caller, method: string, url: string, inputValid: boolean, body?: BodyCase) =>
  judgedStaffCall(call, { routeName, allowed, caller, method, url, inputValid, ...(body ? { body } : {}) });

const STAFF: StaffGroup[] = ['hr', 'ncb', 'admin'];
const HR: StaffGroup[] = ['hr', 'admin'];
const NCB: StaffGroup[] = ['ncb', 'admin'];

describe('staff application routes under bad input', () => {
  it('GET /admin/applications: any query answers a page or a 400; nothing is written', async () => {
    const query = queryString({
      vacancy: fc.constantFrom('1701', '1152', 'nope'),
      status: fc.constantFrom(...applicationStatuses),
      country: fc.constantFrom('SN', 'FR'),
      limit: fc.constantFrom('1', '100', '1000'),
      cursor: fc.constantFrom('eyJ4IjoxfQ', 'not-a-cursor'),
    });
    await checkProperty('listStaffApplications', RUNS, fc.tuple(callers(real), mostlyInvalid(query, applicationListQuerySchema)), async ([caller, search]) => {
      const valid = queryIsValid(search, applicationListQuerySchema);
      const { answer } = await staffCall('listStaffApplications', STAFF, caller, 'GET', `/admin/applications${search}`, valid);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('GET /admin/applications/summary: takes no parameter at all; nothing is written', async () => {
    // HR's summary reads every vacancy's counts (tens of ms): one case in a hundred is a valid one.
    await checkProperty('summariseStaffApplications', RUNS, fc.tuple(callers(real), mostlyInvalid(queryString({}), z.strictObject({}))), async ([caller, search]) => {
      const { answer, valid } = await staffCall('summariseStaffApplications', STAFF, caller, 'GET', `/admin/applications/summary${search}`, noQuery(search));
      // An NCB officer whose token names no country sees nothing: 403, not an empty summary.
      if (valid) expect(answer.status, answer.text).toBe(caller.name === 'ncb without country' ? 403 : 200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('PATCH /admin/applications/{id}: no edit at a version not read goes through; a note is judged as free text; nothing is written', async () => {
    const body = bodyCases({ version: 7, status: 'screening', score: 50, note: 'ok' }, { version: staleVersion, status: statusValue, score: scoreValue, note: noteValue }, LIMIT);
    await checkProperty('editStaffApplication', RUNS, fc.tuple(callers(real), idSegment(), body), async ([caller, segment, sent]) => {
      const valid = applicationPathSchema.safeParse({ id: decoded(segment) }).success && bodyVerdict(sent, applicationEditSchema, LIMIT).valid;
      const { answer } = await staffCall('editStaffApplication', HR, caller, 'PATCH', `/admin/applications/${segment}`, valid, sent);
      expect(answer.status, answer.text).not.toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('POST /admin/applications/bulk: stale rows are refused row by row, bad bodies whole; nothing is written', async () => {
    const rows = fc.oneof(
      fc.array(fc.record({ id: fc.constantFrom(ids.senegal, ids.france, randomUUID(), '../x', ''), version: staleVersion }), { maxLength: 4 }),
      fc.constant(Array.from({ length: 501 }, (_, n) => ({ id: `row-${n}`, version: 2 }))),
      hostileString,
    );
    const changes = fc.oneof(fc.record({ status: statusValue }), fc.record({ note: noteValue }), fc.record({ score: scoreValue }), fc.constant({}), fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'version'), fc.constant(1)));
    const body = bodyCases({ rows: [{ id: ids.senegal, version: 7 }], changes: { status: 'screening' } }, { rows, changes }, LIMIT);
    await checkProperty('bulkEditStaffApplications', RUNS, fc.tuple(callers(real), body), async ([caller, sent]) => {
      const { answer, valid } = await staffCall('bulkEditStaffApplications', HR, caller, 'POST', '/admin/applications/bulk', bodyVerdict(sent, bulkEditSchema, LIMIT).valid, sent);
      if (valid && answer.status === 200) {
        const results = (JSON.parse(answer.text) as { results: Array<{ outcome: string }> }).results;
        expect(results.filter(({ outcome }) => outcome === 'applied'), sent.how).toEqual([]);
      }
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('GET /admin/applications/{id}/history and /documents/{kind}: any path answers the trail, a link, a 404 or a 400; nothing is written', async () => {
    await checkProperty('staffApplicationHistory', RUNS, fc.tuple(callers(real), idSegment(), queryString({}, 15)), async ([caller, segment, search]) => {
      const valid = applicationPathSchema.safeParse({ id: decoded(segment) }).success && noQuery(search);
      const { answer } = await staffCall('staffApplicationHistory', STAFF, caller, 'GET', `/admin/applications/${segment}/history${search}`, valid);
      return answer.status;
    });
    await checkProperty('downloadStaffDocument', RUNS, fc.tuple(callers(real), idSegment(), kindSegment()), async ([caller, idText, kindText]) => {
      const path = { id: decoded(idText), kind: decoded(kindText) };
      const { answer, valid } = await staffCall('downloadStaffDocument', STAFF, caller, 'GET', `/admin/applications/${idText}/documents/${kindText}`, staffDocumentPath.safeParse(path).success);
      // Only the one stored CV has a link; an NCB officer of France never sees a Senegalese file.
      if (valid && answer.status === 200) {
        expect(path).toEqual({ id: ids.withCv, kind: 'cv' });
        expect(caller.name).not.toBe('ncbFrance');
      }
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('POST /admin/applications/{id}/ncb: no decision at a version not read goes through; nothing is written', async () => {
    const body = bodyCases(
      { version: 7, decision: 'validated', clearance: 'Enhanced', screenedOn: '2026-11-02', note: 'Checked' },
      {
        version: staleVersion,
        decision: fc.constantFrom('validated', 'declined', 'VALIDATED', 'maybe'),
        clearance: fc.constantFrom('Basic', 'Enhanced', 'enhanced', 'Top secret', 2, null),
        screenedOn: fc.constantFrom('2026-11-02', '2026-02-30', '2999-01-01', '02/11/2026', 20261102),
        screeningAttested: fc.constantFrom(true, false, 'true', 1, null),
        note: noteValue,
      },
      LIMIT,
    );
    await checkProperty('recordNcbDecision', RUNS, fc.tuple(callers(real), idSegment(), body), async ([caller, segment, sent]) => {
      const valid = applicationPathSchema.safeParse({ id: decoded(segment) }).success && bodyVerdict(sent, ncbDecisionSchema, LIMIT).valid;
      const { answer } = await staffCall('recordNcbDecision', NCB, caller, 'POST', `/admin/applications/${segment}/ncb`, valid, sent);
      expect(answer.status, answer.text).not.toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('POST /admin/applications/{id}/documents/{kind}[/complete]: an NCB letter offer only for its own nationals, no completion without an upload; nothing is written', async () => {
    const offerBody = bodyCases({ contentType: PDF }, { contentType: fc.constantFrom(PDF, 'image/png', 'text/html') }, LIMIT);
    await checkProperty('requestNcbLetterUpload', RUNS, fc.tuple(callers(real), idSegment(), kindSegment(), offerBody), async ([caller, idText, kindText, sent]) => {
      const path = { id: decoded(idText), kind: decoded(kindText) };
      const valid = ncbLetterPath.safeParse(path).success && bodyVerdict(sent, uploadRequestSchema, LIMIT).valid;
      const { answer } = await staffCall('requestNcbLetterUpload', NCB, caller, 'POST', `/admin/applications/${idText}/documents/${kindText}`, valid, sent);
      // An NCB officer attaches letters for its own nationals only (another country's id is a 404);
      // whoever is also in HR or admin sees every country, whatever shape the claims came in.
      const principal = principalFromClaims(caller.claims);
      const nationality = path.id === ids.france ? 'FR' : 'SN';
      const seesEveryCountry = principal?.groups.includes('hr') === true || principal?.groups.includes('admin') === true;
      const ownNational = principal !== undefined && (seesEveryCountry || principal.country === nationality);
      if (answer.status === 201) expect(ownNational, `${caller.name} got an offer for ${path.id}`).toBe(true);
      return answer.status;
    });
    const completeBody = bodyCases({ key: `uploads/${ids.senegal}/confirmationLetter/${randomUUID()}` }, { key: fc.oneof(hostileString, fc.constantFrom(`uploads/${ids.france}/confirmationLetter/${randomUUID()}`, `../${ids.senegal}`)) }, LIMIT);
    await checkProperty('completeNcbLetterUpload', RUNS, fc.tuple(callers(real), idSegment(), kindSegment(), completeBody), async ([caller, idText, kindText, sent]) => {
      const path = { id: decoded(idText), kind: decoded(kindText) };
      const valid = ncbLetterPath.safeParse(path).success && bodyVerdict(sent, uploadCompletionSchema, LIMIT).valid;
      const { answer } = await staffCall('completeNcbLetterUpload', NCB, caller, 'POST', `/admin/applications/${idText}/documents/${kindText}/complete`, valid, sent);
      expect(answer.status, answer.text).not.toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);

  it('POST /admin/applications/{id}/documents/{kind}/confirm: no confirmation without a candidate copy, at a version not read, or of another kind; nothing is written', async () => {
    const body = bodyCases({ version: 7 }, { version: staleVersion }, LIMIT);
    await checkProperty('confirmNcbLetter', RUNS, fc.tuple(callers(real), idSegment(), kindSegment(), body), async ([caller, idText, kindText, sent]) => {
      const path = { id: decoded(idText), kind: decoded(kindText) };
      const valid = ncbLetterPath.safeParse(path).success && bodyVerdict(sent, ncbLetterConfirmationSchema, LIMIT).valid;
      const { answer } = await staffCall('confirmNcbLetter', NCB, caller, 'POST', `/admin/applications/${idText}/documents/${kindText}/confirm`, valid, sent);
      // No seeded row holds a letter: a 409 (nothing to confirm, or a stale version), a 404 or a 400, never a write.
      expect(answer.status, answer.text).not.toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(fingerprint);
  }, TIMEOUT);
});
