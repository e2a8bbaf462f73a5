import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '#functions/http/http-problem.js';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { problemTypes } from '#functions/http/problem-types.js';
import * as domainErrors from '#shared/errors.js';
import { DomainError, type FieldIssue } from '#shared/errors.js';
import { PostsTaken } from '#shared/admin/posts-taken.js';
import { bodyOf, contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

const route = testRoute('POST', '/applications');

/** Runs a handler that throws `error` behind problemErrors; answers the result and the log lines. */
const failWith = async (error: unknown) => {
  const log = capturingLogger();
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(problemErrors(log.logger))
    .handler(async () => {
      throw error;
    });
  const event = proxyEvent({ route, url: '/applications' });
  const result = await handler(event, contextFor(event));
  return { result, problem: bodyOf(result), requestId: event.requestContext.requestId, log };
};

type DomainErrorClass = new (...args: never[]) => DomainError;
const issue: FieldIssue = { path: 'body.languages', message: 'Give at least one language.' };

/** Every DomainError subclass that shared/errors.ts exports, built with its usual arguments. */
const domainErrorClasses = Object.entries(domainErrors as Record<string, unknown>)
  .filter((entry): entry is [string, DomainErrorClass] => typeof entry[1] === 'function' && entry[1].prototype instanceof DomainError)
  .map(([name, ErrorClass]) => {
    const make = ErrorClass as unknown as new (first: unknown) => DomainError;
    // The classes that carry field issues take them first (SecondmentRulesBroken a translation after
    // them, for a deployment's); the others take a message first.
    const error = ErrorClass.length === 1 || name === 'SecondmentRulesBroken' ? new make([issue]) : new make(`${name}: detail for the client`);
    return { name, error };
  });

describe('problemErrors middleware', () => {
  it('has a problem type for every domain error, and a domain error for every problem type', () => {
    const kinds = domainErrorClasses.map(({ error }) => error.kind);

    expect(new Set(kinds)).toEqual(new Set(Object.keys(problemTypes)));
    expect(kinds).toHaveLength(Object.keys(problemTypes).length);
  });

  it.each(domainErrorClasses)('answers $name with the status and type of its kind', async ({ error }) => {
    const expected = problemTypes[error.kind];

    const { result, problem, requestId } = await failWith(error);

    expect(result.statusCode).toBe(expected.status);
    expect(result.headers?.['Content-Type']).toMatch(/^application\/problem\+json/);
    expect(problem).toMatchObject({ type: expected.type, title: expected.title, status: expected.status, detail: error.message, instance: requestId });
  });

  it('answers an offer on a full vacancy 409 with its posts and how many are held', async () => {
    const { result, problem } = await failWith(new PostsTaken(2, 2, 'Every post of this vacancy is held (2 of 2).'));

    expect(result.statusCode).toBe(409);
    expect(problem).toMatchObject({ type: '/problems/conflict', posts: 2, held: 2, detail: 'Every post of this vacancy is held (2 of 2).' });
  });

  it.each(domainErrorClasses.filter(({ error }) => 'errors' in error))('lists the field issues of $name', async ({ error }) => {
    const { problem } = await failWith(error);

    expect(problem.errors).toEqual([issue]);
  });

  it('says why a document was refused in a `reason` member', async () => {
    const { result, problem } = await failWith(new domainErrors.DocumentRejected('content-mismatch', 'The file was sent as a PDF but is not one.'));

    expect(result.statusCode).toBe(422);
    expect(problem).toMatchObject({ type: '/problems/document-rejected', reason: 'content-mismatch', detail: 'The file was sent as a PDF but is not one.' });
  });

  it('answers an unexpected error with a generic 500 that does not repeat its message', async () => {
    const { result, problem } = await failWith(new Error('secret detail with amina@example.org'));

    expect(result.statusCode).toBe(500);
    expect(problem).toMatchObject({ type: '/problems/internal', status: 500 });
    expect(result.body).not.toContain('secret detail');
    expect(result.body).not.toContain('amina@example.org');
  });

  it('logs an unexpected error by name, without its message', async () => {
    const { log } = await failWith(new Error('secret detail with amina@example.org'));

    expect(log.entries()).toContainEqual(expect.objectContaining({ level: 'error', error: 'Error' }));
    expect(log.lines.join('\n')).not.toContain('amina@example.org');
  });

  it('answers a server-side HttpProblem as a generic 500, hiding its detail', async () => {
    const { result, problem } = await failWith(new HttpProblem(500, '/problems/bucket', 'Bucket', 'bucket secondment-hub-prod-docs is gone'));

    expect(result.statusCode).toBe(500);
    expect(problem.type).toBe('/problems/internal');
    expect(result.body).not.toContain('secondment-hub-prod-docs');
  });

  it('answers a client-side HttpProblem with its own status, type and headers', async () => {
    const { result, problem } = await failWith(new HttpProblem(429, '/problems/slow-down', 'Slow down', 'Too many requests.', { 'Retry-After': '30' }));

    expect(result.statusCode).toBe(429);
    expect(result.headers?.['Retry-After']).toBe('30');
    expect(problem).toMatchObject({ type: '/problems/slow-down', detail: 'Too many requests.' });
  });

  const transientFaults = [
    { fault: 'an SDK error marked $retryable', error: Object.assign(new Error('Rate exceeded for table Applications'), { name: 'SomethingNew', $retryable: { throttling: true } }) },
    { fault: 'a ThrottlingException', error: Object.assign(new Error('Rate exceeded for table Applications'), { name: 'ThrottlingException' }) },
    { fault: 'a refused connection', error: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }) },
    {
      fault: 'a transaction cancelled by a TransactionConflict (DynamoDB Local never races)',
      error: Object.assign(new Error('Transaction cancelled on Applications'), {
        name: 'TransactionCanceledException',
        CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
      }),
    },
  ];

  it('answers 500, not 503, to a transaction cancelled by a failed condition the code did not expect', async () => {
    const error = Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] });

    const { result } = await failWith(error);

    expect(result.statusCode).toBe(500);
  });

  it.each(transientFaults)('answers 503 with Retry-After to $fault (injected fault)', async ({ error }) => {
    const { result, problem, log } = await failWith(error);

    expect(result.statusCode).toBe(503);
    expect(Number(result.headers?.['Retry-After'])).toBeGreaterThan(0);
    expect(problem.type).toBe('/problems/service-unavailable');
    expect(result.body).not.toContain('Applications');
    expect(log.entries()).toContainEqual(expect.objectContaining({ level: 'warn', error: error.name }));
  });

  it('answers 500 when something that is not an Error is thrown', async () => {
    const { result } = await failWith('a bare string');

    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('a bare string');
  });
});
