import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '#functions/openapi/document.js';
import { routes } from '#functions/routes.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { documented } from '../support/openapi-answers.js';

let stack: Awaited<ReturnType<typeof startTestStack>>;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
});
afterAll(async () => {
  await stack?.stop();
});

const call = documented(async (method: string, path: string) => {
  const response = await fetch(`${stack.url}${path}`, { method });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, body: type.includes('json') ? (JSON.parse(text) as unknown) : text };
});

describe('the API, written down', () => {
  it('serves the OpenAPI document at GET /openapi.json, built from the route table', async () => {
    const { status, headers, body } = await call('GET', '/openapi.json');

    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual(openApiDocument(routes));
  });

  it('serves it as a page at GET /docs under a strict CSP: no script at all, its one style by hash', async () => {
    const { status, headers, text } = await call('GET', '/docs');

    expect(status).toBe(200);
    const policy = headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("script-src 'none'");
    expect(text).not.toMatch(/<script/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
    for (const route of routes) expect(text).toContain(`id="${route.name}"`);
  });

  it('refuses a query on the document, as a route without parameters does (400, as documented); the page ignores one, as pages do', async () => {
    expect((await call('GET', '/openapi.json?x=1')).status).toBe(400);
    expect((await call('GET', '/docs?utm_source=mail')).status).toBe(200);
  });
});
