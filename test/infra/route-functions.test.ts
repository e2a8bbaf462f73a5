import { describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
import { routeFunctionName, routeFunctionOf, routeFunctions } from '#infra/aws/route-functions.js';

describe('route functions', () => {
  const served = routeFunctions(routes);

  it('serves every route of the table exactly once', () => {
    const listed = served.flatMap((fn) => fn.routes.map((route) => route.name));

    expect(listed.sort()).toEqual(routes.map((route) => route.name).sort());
  });

  it('puts routes together only when their caller kind, uses and limits are the same, so no route gains an access', () => {
    for (const fn of served) {
      for (const route of fn.routes) {
        expect(route.uses, `${route.name} in ${fn.name}`).toEqual(fn.uses);
        expect(route.limits, `${route.name} in ${fn.name}`).toEqual(fn.limits);
        expect(route.caller.kind, `${route.name} in ${fn.name}`).toBe(fn.caller);
        expect(routeFunctionOf(route)).toBe(fn.name);
      }
    }
    expect(new Set(served.map((fn) => fn.name)).size).toBe(served.length);
  });

  it('names a function by who calls it and what it may do, so each grant set has its own name', () => {
    expect(routeFunctionName('public', { table: 'read' }, undefined)).toBe('PublicRoutesReadsTable');
    expect(routeFunctionName('public', { table: 'write', documents: 'offers', email: true }, { memoryMb: 512, timeoutSeconds: 25 })).toBe(
      'PublicRoutesWritesTableOffersUploadsSendsEmail512MB25s',
    );
    expect(routeFunctionName('staff', {}, undefined)).toBe('StaffRoutesWithNoAccess');
    expect(routeFunctionName('staff', { table: 'read' }, undefined)).not.toBe(routeFunctionName('staff', { table: 'write' }, undefined));
    expect(routeFunctionName('staff', { documents: 'read' }, undefined)).not.toBe(routeFunctionName('staff', { documents: 'exports' }, undefined));
  });

  it("keeps candidates' routes and staff routes in separate functions, even with the same grants", () => {
    const publicReader = routes.find((route) => route.path === '/vacancies') as Route;
    const staffReader: Route = { ...publicReader, name: 'staffReaderFixture', path: '/admin/fixture', caller: { kind: 'staff', groups: ['hr'] } };

    const served = routeFunctions([publicReader, staffReader]);

    expect(served.map((fn) => [fn.caller, fn.routes.map((route) => route.name)])).toEqual([
      ['public', [publicReader.name]],
      ['staff', [staffReader.name]],
    ]);
  });

  it('keeps a route with other grants apart, even at a path beside routes of another function', () => {
    const reader = routes.find((route) => route.path === '/vacancies') as Route;
    const writer: Route = { ...reader, name: 'writerFixture', method: 'POST', uses: { table: 'write' } };

    const [readers, writers] = routeFunctions([reader, writer]);

    expect(readers?.routes).toEqual([reader]);
    expect(writers?.routes).toEqual([writer]);
  });
});
