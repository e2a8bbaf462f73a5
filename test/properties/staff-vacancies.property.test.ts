import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from '#shared/zod.js';
import { ncbContactBodySchema, ncbContactPathSchema } from '#shared/ncb/contact.js';
import { noticeParseSchema, vacancyCreateSchema, vacancyUpdateSchema } from '#shared/vacancies/edit-schema.js';
import { vacancyDraftSchema, vacancyPathSchema } from '#shared/vacancies/schema.js';
import type { StaffGroup } from '#shared/staff/principal.js';
import { formulaCell, hostileString, hugeStrings, lineBreaks, unicodeEdges } from '../support/arbitraries.js';
import { openVacancy } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { checkProperty, expectWellFormed } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import { directCaller, type DirectCall } from './harness/direct-calls.js';
import { bodyCases, bodyVerdict, expectCleanText, type BodyCase } from './harness/json-cases.js';
import { decoded, mostlyInvalid, noQuery, pathSegment, queryString } from './harness/query-cases.js';
import { callers, judgedStaffCall, realCallers, type Caller } from './harness/staff-callers.js';
import { RUNS, TIMEOUT } from './harness/runs.js';

/**
 * Bad inputs to the staff vacancy routes (list, read, history, create, update, the notice parser)
 * and the NCB contacts. Creates name an existing number and updates a version never read, so a
 * valid one is a 409; what does get written is counted, and each must have been valid.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let call: DirectCall;
let real: Awaited<ReturnType<typeof realCallers>>;
const HR: StaffGroup[] = ['hr', 'admin'];
const ADMIN: StaffGroup[] = ['admin'];

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  call = await directCaller(clock);
  real = await realCallers(stack);
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

const staffCall = (routeName: string, allowed: readonly StaffGroup[], caller: Caller, method: string, url: string, inputValid: boolean, body?: BodyCase) =>
  judgedStaffCall(call, { routeName, allowed, caller, method, url, inputValid, ...(body ? { body } : {}) });

const numberSegment = pathSegment(['1701', '1152', '1614', 'nope', 'A-1']);
const text = (max: number) => fc.oneof(hostileString, formulaCell, fc.constantFrom(...lineBreaks, ...unicodeEdges, 'x'.repeat(max), 'x'.repeat(max + 1)));
const vacancyValues: Partial<Record<string, fc.Arbitrary<unknown>>> = {
  number: fc.constantFrom('1701', '1152', '../1701', '1701/../x', '%2e%2e', '__proto__', 'x'.repeat(21)),
  title: text(200),
  unit: text(200),
  reportingTo: text(200),
  location: text(100),
  timeZone: fc.constantFrom('Europe/Paris', 'Mars/Olympus', '../../etc/localtime', 'UTC', 'Etc/GMT+14', 'europe/paris', ''),
  grade: text(10),
  durationMonths: fc.oneof(fc.integer({ min: -1, max: 80 }), fc.constantFrom(1.5, '24', null)),
  endsOn: fc.constantFrom('2027-01-01', '2026-02-30', '2026-12-01', '01/01/2027', '2027-1-1'),
  posts: fc.oneof(fc.integer({ min: -1, max: 120 }), fc.constantFrom(2.5, '2')),
  clearance: fc.constantFrom('Basic', 'Enhanced', 'basic', 'Top Secret'),
  secondmentType: fc.constantFrom('regular', 'short-term', 'permanent'),
  publishedAt: fc.constantFrom('2026-11-01', '2026-13-01', '2026-11-31', '', '2026-11-01T00:00:00Z'),
  deadline: fc.constantFrom('2026-12-13', '2026-10-01', '9999-12-31', '0000-01-01'),
  status: fc.constantFrom('draft', 'open', 'closed', 'filled', 'cancelled', 'OPEN', 'deleted'),
};

describe('staff vacancy routes under bad input', () => {
  it('GET /admin/vacancies[/{number}[/history]]: any path or query answers, 404s or 400s; nothing is written', async () => {
    const before = await census.fingerprint();
    await checkProperty('listStaffVacancies', RUNS, fc.tuple(callers(real), mostlyInvalid(queryString({}), z.strictObject({}))), async ([caller, search]) => {
      const { answer, judged } = await staffCall('listStaffVacancies', HR, caller, 'GET', `/admin/vacancies${search}`, noQuery(search));
      if (judged && noQuery(search)) expect(answer.status).toBe(200);
      return answer.status;
    });
    await checkProperty('getStaffVacancy', RUNS, fc.tuple(callers(real), numberSegment), async ([caller, segment]) => {
      const valid = vacancyPathSchema.safeParse({ number: decoded(segment) }).success;
      return (await staffCall('getStaffVacancy', HR, caller, 'GET', `/admin/vacancies/${segment}`, valid)).answer.status;
    });
    await checkProperty('vacancyHistory', RUNS, fc.tuple(callers(real), numberSegment), async ([caller, segment]) => {
      const valid = vacancyPathSchema.safeParse({ number: decoded(segment) }).success;
      return (await staffCall('vacancyHistory', HR, caller, 'GET', `/admin/vacancies/${segment}/history`, valid)).answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('POST /admin/vacancies: only a valid vacancy is created, each one counted', async () => {
    const before = await census.items('VACANCY');
    let created = 0;
    const body = bodyCases({ ...openVacancy({ number: '1701' }), status: 'draft' }, vacancyValues, 64 * 1024);
    await checkProperty('createVacancy', RUNS, fc.tuple(callers(real), body), async ([caller, sent]) => {
      const verdict = bodyVerdict(sent, vacancyCreateSchema, 64 * 1024);
      const { answer, judged } = await staffCall('createVacancy', HR, caller, 'POST', '/admin/vacancies', verdict.valid, sent);
      if (judged && answer.status === 201) {
        created += 1;
        if (verdict.valid) expectCleanText(verdict.value, sent.how);
      }
      return answer.status;
    });
    expect(await census.items('VACANCY')).toBe(before + created);
  }, TIMEOUT);

  it('PUT /admin/vacancies/{number}: no update at a version never read goes through; nothing is written', async () => {
    const before = await census.fingerprint();
    const { number: _number, ...fields } = openVacancy();
    const body = bodyCases({ version: 99, ...fields }, { ...vacancyValues, version: fc.constantFrom(99, 0, -1, 1.5, '1', null) }, 64 * 1024);
    await checkProperty('updateVacancy', RUNS, fc.tuple(callers(real), numberSegment, body), async ([caller, segment, sent]) => {
      const valid = vacancyPathSchema.safeParse({ number: decoded(segment) }).success && bodyVerdict(sent, vacancyUpdateSchema, 64 * 1024).valid;
      const { answer } = await staffCall('updateVacancy', HR, caller, 'PUT', `/admin/vacancies/${segment}`, valid, sent);
      expect(answer.status, answer.text).not.toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('POST /admin/vacancies/parse: any text answers a draft the vacancy schema takes, or a 400/413; nothing is written', async () => {
    const before = await census.fingerprint();
    const notices = ['vacancy-1152-senior-coordinator.txt', 'vacancy-1614-ad-communications.txt'].map((name) => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8'));
    // Whole notices (10,000 characters) take the parser milliseconds each: one text in eight is one.
    const noticeText = fc.oneof(
      { weight: 14, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom(...notices, 'x'.repeat(100_000), 'x'.repeat(100_001), hugeStrings[3]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...notices), fc.nat(), fc.constantFrom(...unicodeEdges, ...lineBreaks, '\u0000'.repeat(50), ':'.repeat(5_000), ' '.repeat(20_000))).map(([notice, at, insert]) => {
        const cut = at % notice.length;
        return `${notice.slice(0, cut)}${insert}${notice.slice(cut)}`;
      }) },
    );
    const body = bodyCases({ text: notices[0] ?? '' }, { text: noticeText }, 256 * 1024);
    await checkProperty('parseVacancyNotice', RUNS, fc.tuple(callers(real), body), async ([caller, sent]) => {
      const valid = bodyVerdict(sent, noticeParseSchema, 256 * 1024).valid;
      const { answer, judged } = await staffCall('parseVacancyNotice', HR, caller, 'POST', '/admin/vacancies/parse', valid, sent);
      if (judged && answer.status === 200) {
        const { draft } = JSON.parse(answer.text) as { draft: unknown };
        // The parser never guesses: what it fills in is what the vacancy schema takes.
        expect(vacancyDraftSchema.safeParse(draft).success, JSON.stringify(draft).slice(0, 300)).toBe(true);
      }
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);
});

describe('NCB contacts under bad input', () => {
  it('GET /admin/ncb-contacts and PUT /admin/ncb-contacts/{country}: admins only, a valid contact only', async () => {
    await checkProperty('listNcbContacts', RUNS, fc.tuple(callers(real), mostlyInvalid(queryString({}), z.strictObject({}))), async ([caller, search]) => {
      const { answer, judged } = await staffCall('listNcbContacts', ADMIN, caller, 'GET', `/admin/ncb-contacts${search}`, noQuery(search));
      if (judged && noQuery(search)) expect(answer.status).toBe(200);
      return answer.status;
    });
    const email = fc.oneof(fc.constantFrom('ncb@police.sn.example', 'a@b', 'x\r\nBcc: evil@x.example', `${'a'.repeat(250)}@x.io`, ''), hostileString);
    const body = bodyCases({ email: 'ncb.dakar@police.sn.example', name: 'NCB Dakar' }, { email, name: text(200) }, 64 * 1024);
    const country = pathSegment(['SN', 'FR', 'XX', 'sn', 'KP']);
    await checkProperty('saveNcbContact', RUNS, fc.tuple(callers(real), country, body), async ([caller, segment, sent]) => {
      // Each save a millisecond after the last, as real requests come: two in one millisecond are
      // a defect of their own (below).
      clock.set(new Date(clock.now().getTime() + 1));
      const verdict = bodyVerdict(sent, ncbContactBodySchema, 64 * 1024);
      const valid = ncbContactPathSchema.safeParse({ country: decoded(segment) }).success && verdict.valid;
      const { answer, judged } = await staffCall('saveNcbContact', ADMIN, caller, 'PUT', `/admin/ncb-contacts/${segment}`, valid, sent);
      if (judged && answer.status === 200 && verdict.valid) expectCleanText(verdict.value, sent.how);
      return answer.status;
    });
  }, TIMEOUT);
});

describe('NCB contacts: defects found by the properties', () => {
  // Found by saveNcbContact with the stack's clock standing still: the audit entry's key is
  // AUDIT#<country>#<at>, so a second change of one country in the same millisecond fails the
  // audit Put's condition, putWithAudit rethrows the cancellation, and it becomes a 500.
  // Fix proposed in the report (functions/adapters/dynamodb/ncb-contacts.ts, put-with-audit.ts).
  it('answers two changes of one country in the same millisecond with 200 or 409, never a 500', async () => {
    const at = new Date('2026-11-22T10:00:00.000Z');
    clock.set(at);
    const save = (email: string) =>
      call({ method: 'PUT', url: '/admin/ncb-contacts/FR', headers: [['Content-Type', 'application/json']], body: JSON.stringify({ email }), ...(real.admin.claims ? { claims: real.admin.claims } : {}) });
    expect((await save('first@interpol.fr.example')).status).toBe(200);
    const second = await save('second@interpol.fr.example');
    expectWellFormed(second, 'the second save');
    expect([200, 409]).toContain(second.status);
  });
});
