import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationPathSchema } from '#functions/applications/application-path.js';
import { confirmationBodySchema } from '#shared/applications/confirmation.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { vacancyListQuerySchema, vacancyPathSchema } from '#shared/vacancies/schema.js';
import { countryCodes, hostileString, lineBreaks, unicodeBenign, unicodeEdges } from '../support/arbitraries.js';
import { aminaSubmission } from '../support/candidates.js';
import { confirmationTokenIn, mailboxOf } from '../support/email-confirmation.js';
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
    // spoiled vacancy field brings 1701 back now and then, for a 201 (never a 409: a repeated
    // email is refused only at its confirmation).
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

  it('accepts hostile text in a name or title only when it is clean text, with a fresh email each time', async () => {
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

  it('takes valid submissions with unusual but valid text, and answers each the same whether or not its address applied before', async () => {
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
        // 50 addresses for 100 cases and more: most apply again, and nothing in the answer may say so.
        expect(answer.status, answer.text).toBe(201);
        expect(Object.keys(JSON.parse(answer.text) as object).sort()).toEqual(['applicationId', 'statusToken', 'uploads']);
        created += 1;
        return answer.status;
      },
    );
    expect(await census.items('APPLICATION')).toBe(before + created);
    expect(created).toBeGreaterThan(0);
  }, TIMEOUT);
});

/** What the stack's mailbox holds: the confirmation token of an application, which only its receipt carries. */
const confirmationTokenOf = async (applicationId: string): Promise<string> => {
  const token = confirmationTokenIn(await mailboxOf(stack.url), applicationId);
  if (!token) throw new Error(`no receipt for ${applicationId}`);
  return token;
};

describe('POST /applications/{id}/confirm under bad input', () => {
  it('confirms only with the token the receipt carried; any other path or body is a problem (never a 5xx), and takes no second guard', async () => {
    // Prepare: two applications from one address (the second can only be refused, 409) and a withdrawn one (410).
    const submitted = async (email: string) => {
      const answer = await call({ method: 'POST', url: '/applications', headers: [['Content-Type', 'application/json']], body: JSON.stringify(aminaSubmission({ email })) });
      expect(answer.status, answer.text).toBe(201);
      const { applicationId, statusToken } = JSON.parse(answer.text) as { applicationId: string; statusToken: string };
      return { id: applicationId, statusToken, token: await confirmationTokenOf(applicationId) };
    };
    const first = await submitted('confirm.property@police.example');
    const second = await submitted('confirm.property@police.example');
    const withdrawn = await submitted('withdrawn.property@police.example');
    const withdrawal = await call({ method: 'POST', url: `/applications/${withdrawn.id}/withdraw`, headers: [['Authorization', `Bearer ${withdrawn.statusToken}`]] });
    expect(withdrawal.status).toBe(200);
    const reals = [first, second, withdrawn];
    // The first is confirmed before the run, so that its address's other application can only be refused.
    const confirmedFirst = await call({ method: 'POST', url: `/applications/${first.id}/confirm`, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ token: first.token }) });
    expect(confirmedFirst.status, confirmedFirst.text).toBe(200);
    const guardsBefore = await census.items('APPLICANT');

    const wrongToken = 'w'.repeat(43);
    const tokenValues = fc.oneof(
      fc.constantFrom(...reals.map((real) => real.token), ...reals.map((real) => real.statusToken), wrongToken, `${first.token}=`, first.token.slice(1), ''),
      hostileString,
    );
    const generic = fc.tuple(pathSegment(reals.map((real) => real.id)), bodyCases({ token: wrongToken }, { token: tokenValues }, 64 * 1024));
    // One case in ten is a real application with its own token: the confirmations that may succeed.
    const realPair = fc.constantFrom(...reals).map((real) => [real.id, { text: JSON.stringify({ token: real.token }), contentType: 'application/json', how: `the real token of ${real.id}` }] as [string, BodyCase]);
    let confirmed = 0;
    await checkProperty('confirmApplication', RUNS, fc.oneof({ weight: 9, arbitrary: generic }, { weight: 1, arbitrary: realPair }), async ([segment, body]) => {
      const url = `/applications/${segment}/confirm`;
      const answer = await call({ method: 'POST', url, headers: [['Content-Type', body.contentType]], body: body.text });
      if (answer.route?.name !== 'confirmApplication') return (expectWellFormed(answer, url), answer.status);
      const id = decoded(segment);
      if (id === undefined || !applicationPathSchema.safeParse({ id }).success) {
        expectRefused(answer, url);
        return answer.status;
      }
      const succeeded = judgeJsonCase(answer, body, confirmationBodySchema, 64 * 1024);
      const verdict = confirmationBodySchema.safeParse((() => { try { return JSON.parse(body.text) as unknown; } catch { return undefined; } })());
      const real = reals.find((candidate) => candidate.id === id);
      const isPair = real !== undefined && verdict.success && verdict.data.token === real.token;
      if (succeeded) {
        // A 200 only for the one application its address may confirm, with its own token.
        expect(isPair && real === first, `${url} ${body.how}`).toBe(true);
        confirmed += 1;
      } else if (verdict.success && answer.status !== 400 && answer.status !== 413 && answer.status !== 415) {
        const expected = !isPair ? 404 : real === second ? 409 : 410;
        expect(answer.status, `${url} ${body.how}: ${answer.text}`).toBe(expected);
      }
      return answer.status;
    });
    expect(confirmed).toBeGreaterThan(0);
    // The same link again is answered alike and takes nothing; nothing else took a guard.
    expect(await census.items('APPLICANT')).toBe(guardsBefore);
  }, TIMEOUT);
});
