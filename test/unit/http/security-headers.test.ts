import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { problemErrors } from '#functions/http/middleware/problem-errors.js';
import { securityHeaders, securityHeaderValues } from '#functions/http/middleware/security-headers.js';
import { json } from '#functions/http/response.js';
import { NotFound } from '#shared/errors.js';
import { contextFor, proxyEvent, testRoute } from './event.js';
import { capturingLogger } from './log-capture.js';

const route = testRoute('GET', '/vacancies/{number}');

/** securityHeaders in front of problemErrors, as httpHandler stacks them. */
const answer = async (run: () => Promise<APIGatewayProxyResult>) => {
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(securityHeaders())
    .use(problemErrors(capturingLogger().logger))
    .handler(run);
  const event = proxyEvent({ route, url: '/vacancies/1152' });
  return handler(event, contextFor(event));
};

const headerNamed = (result: APIGatewayProxyResult, name: string) =>
  Object.entries(result.headers ?? {}).filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

describe('securityHeaders middleware', () => {
  it('adds every security header to a successful answer', async () => {
    const result = await answer(async () => json(200, { number: '1152' }));

    expect(result.headers).toMatchObject(securityHeaderValues);
    expect(result.headers?.['Content-Type']).toMatch(/^application\/json/);
  });

  it('adds every security header to an error answer', async () => {
    const result = await answer(async () => {
      throw new NotFound('No vacancy 1152.');
    });

    expect(result.statusCode).toBe(404);
    expect(result.headers).toMatchObject(securityHeaderValues);
    expect(result.headers?.['Content-Type']).toMatch(/^application\/problem\+json/);
  });

  it("keeps the handler's own Content-Security-Policy", async () => {
    const pagePolicy = "default-src 'self'; frame-ancestors 'none'";

    const result = await answer(async () => ({ statusCode: 200, headers: { 'Content-Security-Policy': pagePolicy }, body: '<!doctype html>' }));

    expect(result.headers?.['Content-Security-Policy']).toBe(pagePolicy);
  });

  it("keeps the handler's own Content-Security-Policy, and only it, whatever the case of its name", async () => {
    const pagePolicy = "default-src 'self'; frame-ancestors 'none'";

    const result = await answer(async () => ({ statusCode: 200, headers: { 'content-security-policy': pagePolicy }, body: '<!doctype html>' }));

    expect(headerNamed(result, 'Content-Security-Policy')).toEqual([pagePolicy]);
  });
});
