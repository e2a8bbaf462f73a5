import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/routes.js';
import { hostileString, inUrl, lineBreaks, traversals, unicodeEdges } from '../support/arbitraries.js';
import { aminaSubmission } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffToken } from '../support/staff.js';
import { scaled } from '../support/test-scale.js';
import { checkProperty, expectWellFormed } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import type { Answer } from './harness/direct-calls.js';
import { rawRequest } from './harness/raw-http.js';
import { TIMEOUT } from './harness/runs.js';

/**
 * What only the HTTP layer sees, through the real local gateway on its socket: raw request
 * targets (`..`, `%2e%2e`, encoded slashes, broken percent-encoding), raw header bytes, methods,
 * staff tokens missing, forged or expired on every staff route, and bodies over the gateway's limit.
 * Far fewer cases than the handler-level suites: a case here costs a socket, about a millisecond.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let token = '';

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  token = await staffToken(stack, hrOfficer);
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, (name) => (name === '{kind}' ? 'cv' : name === '{country}' ? 'SN' : name === '{number}' ? '1701' : '5b1f4c1e-0000-4000-8000-000000000001'));

/** A request's head as bytes: request line, Host, the given header lines, the body's length, Connection: close. */
const head = (method: string, target: string, lines: string[], bodyLength = 0) =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.map((line) => `${line}\r\n`).join('')}Content-Length: ${bodyLength}\r\nConnection: close\r\n\r\n`;

/** The gateway's own refusals and Node's parser errors alike: never a 5xx, an error always problem+json. */
const expectHttpWellFormed = (answer: Answer, what: string) => {
  expect(answer.status, `${what}: no answer`).toBeGreaterThan(0);
  return expectWellFormed(answer, what);
};

describe('the HTTP layer under bad input', () => {
  it('answers any raw request target, on any route, with a page, a JSON answer or a problem; nothing is written', async () => {
    const before = await census.fingerprint();
    const segment = fc.oneof(
      fc.constantFrom(...traversals, '..', '.', '', '%2e', '%2E%2E', '..;', ';', '%23', '%3F', '?', '#'),
      fc.constantFrom('vacancies', 'applications', 'admin', '1701', 'documents', 'cv', 'status', '_local', 'mailbox', 'parse', 'summary'),
      hostileString.filter(inUrl).map((text) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'))),
      fc.constantFrom('\u00e9', '\u202e', '\u00ff').map((text) => Buffer.from(text, 'utf8').toString('latin1')),
    );
    const target = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '/', '//'), fc.constantFrom('', '?status=all', '?a=%zz', '?__proto__=x', '?%00=1')).map(
      ([segments, end, query]) => `/${segments.join('/')}${end}${query}`,
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get', 'CONNECT');
    await checkProperty('raw request targets', scaled(3_000, 30_000), fc.tuple(method, target), async ([verb, path]) => {
      const answer = await rawRequest(stack.url, head(verb, path, ['Accept: */*']));
      if (verb !== 'HEAD') expectHttpWellFormed(answer, `${verb} ${path}`);
      expect(answer.status, `${verb} ${path}`).toBeLessThan(500);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('answers raw header bytes (bare CR, LF, NUL, obs-fold, a second Content-Length, huge values) with a 4xx problem or the route’s answer', async () => {
    const before = await census.fingerprint();
    const value = fc.oneof(fc.constantFrom(...lineBreaks, ...unicodeEdges).map((edge) => `x${edge}y`), fc.constant('a'.repeat(20_000)), fc.constant('\u00e9t\u00e9'));
    const line = fc.oneof(
      value.map((text) => `X-Test: ${text}`),
      value.map((text) => `Authorization: Bearer ${text}`),
      value.map((text) => `Idempotency-Key: ${text}`),
      value.map((text) => `Content-Type: application/json${text}`),
      fc.constantFrom('Content-Length: 5', 'Transfer-Encoding: chunked', 'X-Folded: a\r\n b', ': no name', 'Bad Header: x', '__proto__: x', 'constructor: y', 'Content-Type: text/plain', 'Host: evil.example'),
    );
    const target = fc.constantFrom('/vacancies', '/applications', '/admin/applications/summary', '/vacancies/1701');
    await checkProperty('raw request headers', scaled(3_000, 30_000), fc.tuple(fc.constantFrom('GET', 'POST'), target, fc.array(line, { minLength: 1, maxLength: 3 })), async ([verb, path, lines]) => {
      const body = verb === 'POST' ? Buffer.from(JSON.stringify(aminaSubmission({ email: 'raw.headers@police.example', privacyConsent: false }))) : Buffer.alloc(0);
      const answer = await rawRequest(stack.url, head(verb, path, verb === 'POST' ? ['Content-Type: application/json', ...lines] : lines, body.length), body);
      const what = `${verb} ${path} ${JSON.stringify(lines).slice(0, 200)}`;
      expectHttpWellFormed(answer, what);
      // The body is invalid (no consent): no header makes it a success.
      if (verb === 'POST' && path === '/applications') expect(answer.status, what).toBeGreaterThanOrEqual(400);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('refuses every staff route without a valid token, at the gateway, with a 401 problem; public routes do not care', async () => {
    const forged = (() => {
      const [header = '', payload = ''] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      const admin = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'] })).toString('base64url');
      return [
        `${header}.${admin}.${token.split('.')[2] ?? ''}`,
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${admin}.`,
        `${header}.${payload}.${'A'.repeat(342)}`,
        `${token}x`,
        token.split('.').slice(0, 2).join('.'),
      ];
    })();
    const authorization = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...forged).map((jwt) => `Bearer ${jwt}`),
      fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', `bearer  ${token} ${token}`, `Token ${token}`, 'Bearer ../../../etc/passwd', `Bearer ${'a'.repeat(8_000)}`),
      hostileString.filter((text) => inUrl(text) && /^[\t\x20-\x7e]*$/.test(text)).map((text) => `Bearer ${text}`),
    );
    const staffRoutes = routes.filter((route) => route.caller.kind === 'staff');
    await checkProperty('staff routes with bad tokens', scaled(2_000, 20_000), fc.tuple(fc.constantFrom(...staffRoutes), authorization), async ([route, header]) => {
      const response = await fetch(`${stack.url}${samplePath(route.path)}`, {
        method: route.method,
        headers: { 'Content-Type': 'application/json', ...(header !== undefined ? { Authorization: header } : {}) },
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      const answer: Answer = { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
      expectHttpWellFormed(answer, `${route.name} with ${String(header).slice(0, 80)}`);
      expect(answer.status, `${route.name} with ${String(header).slice(0, 80)}`).toBe(401);
      // As API Gateway's UNAUTHORIZED response: the type the grid page knows.
      expect(JSON.parse(answer.text)).toMatchObject({ type: '/problems/unauthorized' });
      return answer.status;
    });
  }, TIMEOUT);

  it('refuses a body over the gateway’s 10 MB limit, and one over a route’s own limit, with a 413 problem; nothing is written', async () => {
    const before = await census.fingerprint();
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    const overGateway = await rawRequest(stack.url, head('POST', '/applications', ['Content-Type: application/json'], huge.length), huge, 60_000);
    expectHttpWellFormed(overGateway, 'over 10 MB');
    expect(overGateway.status).toBe(413);
    const bodyRoutes = ['submitApplication', 'confirmApplication', 'requestDocumentUpload', 'completeDocumentUpload', 'editStaffApplication', 'bulkEditStaffApplications', 'recordNcbDecision', 'requestNcbLetterUpload', 'completeNcbLetterUpload', 'confirmNcbLetter', 'createVacancy', 'updateVacancy', 'saveNcbContact'];
    const jsonRoutes = routes.filter((route) => bodyRoutes.includes(route.name));
    expect(jsonRoutes).toHaveLength(bodyRoutes.length);
    for (const route of jsonRoutes) {
      const body = JSON.stringify({ padding: 'x'.repeat(64 * 1024) });
      const response = await fetch(`${stack.url}${samplePath(route.path)}`, {
        method: route.method,
        headers: { 'Content-Type': 'application/json', ...(route.caller.kind === 'staff' ? { Authorization: `Bearer ${token}` } : {}) },
        body,
      });
      const answer: Answer = { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
      expectHttpWellFormed(answer, route.name);
      // HR may not call the NCB's and admins' routes: 403 before the body is read.
      expect([403, 413], `${route.name}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
    }
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);
});
