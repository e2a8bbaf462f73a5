import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { vacancyListQuerySchema, vacancyPathSchema } from '#shared/vacancies/schema.js';
import { countryCodes, hostileString, lineBreaks, unicodeBenign, unicodeEdges } from '../support/arbitraries.js';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { scaled } from '../support/test-scale.js';
import { checkProperty, expectRefused, expectWellFormed } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import { directCaller, type DirectCall } from './harness/direct-calls.js';
import { bodyCases, expectCleanText, judgeJsonCase, type BodyCase } from './harness/json-cases.js';
import { decoded, hasRepeats, noQuery, pathSegment, queryIsValid, queryString } from './harness/query-cases.js';
import { RUNS, TIMEOUT } from './harness/runs.js';

/**
 * Bad inputs to the public routes (vacancies, the pages, the submission), through the real
 * handlers with the gateway's own events against the running stack (harness/direct-calls.ts).
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let call: DirectCall;

const SUBMIT_LIMIT = 64 * 1024;

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  call = await directCaller(clock);
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

const vacancyNumbers = ['1701', '1152', '1614', 'nope', 'A-1'] as const;

describe('public read routes under bad input', () => {
  it('GET /vacancies: any query answers a list or a 400 problem, and only a valid query a list', async () => {
    await checkProperty('listVacancies', RUNS, queryString({ status: fc.constantFrom('open', 'all') }), async (search) => {
      const answer = await call({ method: 'GET', url: `/vacancies${search}` });
      if (!queryIsValid(search, vacancyListQuerySchema)) expectRefused(answer, search);
      else {
        expectWellFormed(answer, search);
        expect(answer.status, search).toBe(200);
      }
      return answer.status;
    });
  }, TIMEOUT);

  it('GET /vacancies/{number}: any path segment answers the vacancy, a 404 or a 400, never a 5xx', async () => {
    const search = fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryString({}) });
    await checkProperty('getVacancy', RUNS, fc.tuple(pathSegment(vacancyNumbers), search), async ([segment, query]) => {
      const url = `/vacancies/${segment}${query}`;
      const answer = await call({ method: 'GET', url });
      // `%2e%2e` is `..` to a URL parser: the gateway resolves it, and serves the route of what is left.
      if (answer.route?.name !== 'getVacancy') return expectWellFormed(answer, url), answer.status;
      const number = decoded(segment);
      const valid = number !== undefined && vacancyPathSchema.safeParse({ number }).success && noQuery(query);
      if (!valid) expectRefused(answer, url);
      else expectWellFormed(answer, url);
      if (answer.status === 200) expect((JSON.parse(answer.text) as { number: string }).number).toBe(number);
      return answer.status;
    });
  }, TIMEOUT);

  it('GET /, /status and /admin: any query answers the page (a 400 problem for a parameter twice), never a 5xx, and never echoes what was sent', async () => {
    // Each case renders a whole page (the form's from the table): 0.2 to 4.3 ms a case, measured.
    const pages = { formPage: ['/', RUNS], statusPage: ['/status', RUNS], adminPage: ['/admin', RUNS] } as const;
    const marker = fc.constantFrom('<script>x</script>', '"><img src=x onerror=alert(1)>', "'-alert(1)-'");
    const query = queryString({ vacancy: fc.oneof(fc.constantFrom(...vacancyNumbers), marker), code: hostileString, state: marker }, 10);
    for (const [name, [page, runs]] of Object.entries(pages)) {
      await checkProperty(name, runs, fc.tuple(query, marker), async ([search, injected]) => {
        const url = `${page}${search}${search ? '&' : '?'}q=${encodeURIComponent(injected)}`;
        const answer = await call({ method: 'GET', url });
        expectWellFormed(answer, url);
        // A parameter twice is refused on every route (validateInput), a page's too.
        expect(answer.status, url).toBe(hasRepeats(url.slice(page.length)) ? 400 : 200);
        expect(answer.text.includes(injected), `${url} echoed ${injected}`).toBe(false);
        return answer.status;
      });
    }
  }, TIMEOUT);
});

const submissionValues: Partial<Record<string, fc.Arbitrary<unknown>>> = {
  vacancy: fc.constantFrom('1701', '1152', '9999', '1701 ', '../1701', '1701\u0000'),
  givenName: fc.oneof(hostileString, fc.constantFrom(...unicodeBenign)),
  familyName: fc.oneof(hostileString, fc.constantFrom(...unicodeBenign)),
  email: fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', 'a@b.c\r\nBcc: x@evil.example', 'A@X.EXAMPLE', `${'a'.repeat(250)}@x.io`, '"a b"@x.example')),
  phone: fc.constantFrom('+33 4 72 00 00 00', '123', '+1 (555) 010-9999\n', '=1+1'),
  nationality: countryCodes,
  // Optional (the nationality when absent): the valid base names it, so "without" is a valid case too.
  homeAdministrationCountry: countryCodes,
  category: fc.constantFrom('law-enforcement', 'government-official', 'LAW-ENFORCEMENT', 'other'),
  currentTitle: hostileString,
  homeAdministration: hostileString,
  yearsOfExperience: fc.oneof(fc.integer({ min: -5, max: 70 }), fc.double(), fc.constantFrom('12', null)),
  languages: fc.oneof(fc.array(fc.constantFrom('en', 'fr', 'xx', 'EN', 'es', ''), { maxLength: 22 }), fc.constant(Array.from({ length: 21 }, () => 'en'))),
  privacyConsent: fc.constantFrom(true, false, 'true', 1, null),
};

describe('POST /applications under bad input', () => {
  it('refuses every invalid submission, and a valid one gets a clean application: the applications counted match', async () => {
    const before = await census.items('APPLICATION');
    let created = 0;
    // Around a submission to the closed vacancy 1152: a valid one costs a read and a 422; the
    // spoiled vacancy field brings 1701 back now and then, for a 201 or a 409.
    await checkProperty('submitApplication', RUNS, bodyCases(aminaSubmission({ vacancy: '1152', homeAdministrationCountry: 'FR' }), submissionValues, SUBMIT_LIMIT), async (body) => {
      const answer = await call({ method: 'POST', url: '/applications', headers: [['Content-Type', body.contentType]], body: body.text });
      if (judgeJsonCase(answer, body, applicationSubmissionSchema, SUBMIT_LIMIT)) {
        expect(answer.status, body.how).toBe(201);
        created += 1;
      }
      return answer.status;
    });
    expect(await census.items('APPLICATION')).toBe(before + created);
  }, TIMEOUT);

  it('accepts hostile text in a name or title only when it is clean text, with a fresh email each time so nothing hides behind a 409', async () => {
    const field = fc.constantFrom('givenName', 'familyName', 'currentTitle', 'homeAdministration');
    let n = 0;
    const before = await census.items('APPLICATION');
    let created = 0;
    // Each accepted case is a whole submission (receipt email, three offers: about 50 ms): the
    // texts are mostly the edge families, which a clean schema refuses at once.
    const edged = fc.tuple(fc.constantFrom('Amina', 'Police nationale', ''), fc.constantFrom(...unicodeEdges, ...lineBreaks), fc.constantFrom('', 'Diallo')).map(([before, edge, after]) => `${before}${edge}${after}`);
    await checkProperty('submitApplication text', scaled(200, 2_000), fc.tuple(field, fc.oneof({ weight: 3, arbitrary: edged }, { weight: 1, arbitrary: hostileString })), async ([name, text]) => {
      n += 1;
      const body: BodyCase = { text: JSON.stringify(aminaSubmission({ [name]: text, email: `text.${n}@police.example` })), contentType: 'application/json', how: `${name} = ${JSON.stringify(text)}` };
      const answer = await call({ method: 'POST', url: '/applications', headers: [['Content-Type', body.contentType]], body: body.text });
      if (judgeJsonCase(answer, body, applicationSubmissionSchema, SUBMIT_LIMIT)) created += 1;
      return answer.status;
    });
    expect(await census.items('APPLICATION')).toBe(before + created);
  }, TIMEOUT);

  it('refuses a bad Idempotency-Key, whatever the body: nothing is written', async () => {
    const key = fc.oneof(hostileString, fc.constantFrom('short', 'a'.repeat(129), 'key with spaces 123456', '../../../../etc/passwd', 'é'.repeat(20)));
    const badKey = key.filter((value) => !/^[A-Za-z0-9_-]{16,128}$/.test(value) && !/[\r\n\0]/.test(value));
    const before = await census.fingerprint();
    await checkProperty('submitApplication Idempotency-Key', scaled(2_000, 20_000), fc.tuple(badKey, fc.emailAddress()), async ([idempotencyKey, email]) => {
      const answer = await call({
        method: 'POST',
        url: '/applications',
        headers: [
          ['Content-Type', 'application/json'],
          ['Idempotency-Key', idempotencyKey],
        ],
        body: JSON.stringify(aminaSubmission({ email })),
      });
      expectRefused(answer, JSON.stringify(idempotencyKey));
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('takes valid submissions with unusual but valid text, and stores exactly what the schema made of them', async () => {
    const validText = (max: number) => fc.constantFrom(...unicodeBenign, 'O\u2019Brien', 'Jean-Luc', 'x'.repeat(max), ` padded `);
    const before = await census.items('APPLICATION');
    let created = 0;
    await checkProperty(
      'submitApplication valid',
      scaled(100, 1_000),
      fc.record({ givenName: validText(100), familyName: validText(100), currentTitle: validText(200), email: fc.integer({ min: 1, max: 50 }).map((n) => `candidate.${n}@police.example`) }),
      async (fields) => {
        const body = aminaSubmission(fields);
        const answer = await call({ method: 'POST', url: '/applications', headers: [['content-type', 'application/json; charset=utf-8']], body: JSON.stringify(body) });
        expectWellFormed(answer, JSON.stringify(fields));
        const parsed = applicationSubmissionSchema.safeParse(body);
        expect(parsed.success).toBe(true);
        expectCleanText(body, JSON.stringify(fields));
        if (answer.status === 201) created += 1;
        else expect(answer.status, answer.text).toBe(409);
        return answer.status;
      },
    );
    expect(await census.items('APPLICATION')).toBe(before + created);
    expect(created).toBeGreaterThan(0);
  }, TIMEOUT);
});
