import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/routes.js';
import { apiMethods, synth } from '../infra/synth.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { administrator, staffToken } from '../support/staff.js';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let deployed: Array<{ httpMethod: string; path: string }>;
let adminToken: string;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  // Every stack's methods: the main stack's and each new capability's nested stack's.
  deployed = apiMethods(synth('dev'));
  adminToken = await staffToken(stack, administrator);
});
afterAll(async () => {
  await stack?.stop();
});

/** A concrete request path for a route: every `{param}` filled with a sample value. */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, '1152');

describe('the route table in both runtimes', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route]))(
    '%s is served by the local gateway and deployed by the CDK app',
    async (_name, route) => {
      // Signed in for a staff route, so that the handler, not the sign-in check, answers.
      const signedIn: Record<string, string> = route.caller.kind === 'staff' ? { authorization: `Bearer ${adminToken}` } : {};
      const response = await fetch(`${stack.url}${samplePath(route.path)}`, {
        method: route.method,
        headers: { ...signedIn, ...(['GET', 'DELETE'].includes(route.method) ? {} : { 'content-type': 'application/json' }) },
        ...(['GET', 'DELETE'].includes(route.method) ? {} : { body: '{}' }),
      });
      const text = await response.text();
      const body = (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as { type?: string };
      // The gateway's own answers (no such path or method) carry /problems/gateway-*; a handler's never do.
      expect(body.type ?? '').not.toMatch(/^\/problems\/gateway-/);
      expect(deployed).toContainEqual(expect.objectContaining({ httpMethod: route.method, path: route.path }));
    },
  );

  it('deploys no API method that the route table does not list (CORS preflights aside)', () => {
    const listed = new Set(routes.map((route) => `${route.method} ${route.path}`));
    const extra = deployed.filter((method) => method.httpMethod !== 'OPTIONS' && !listed.has(`${method.httpMethod} ${method.path}`));
    expect(extra).toEqual([]);
  });
});
