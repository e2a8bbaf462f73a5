import { beforeAll, describe, expect, it } from 'vitest';
import { routes, schedules, type Route } from '#functions/routes.js';
import { routeFunctions } from '#infra/aws/route-functions.js';
import { synth } from './synth.js';

/** CloudFormation's hard limit of resources in one stack. */
const STACK_LIMIT = 500;
/** The stack with twice today's routes must stay under this share of the limit (issue 13, point 7). */
const SHARE_WHEN_DOUBLED = 0.6;
/**
 * What a route may cost: its API method and the resource of its last path segment. Its function,
 * role, policy, log group and alarms are shared with the routes of its caller kind and grants, and
 * API Gateway invokes every function with one role (no permission per function or method).
 */
const ROUTE_BUDGET = 2;
/** What a route with grants no other route has may cost beyond that: its function, role and policy. */
const NEW_GRANTS_BUDGET = 3;

const resourceCount = (table: readonly Route[]): number =>
  Object.keys(synth('prod', { routes: table, schedules }).template.toJSON().Resources as object).length;

/** Every route again at the same path under `/copy`: the same grants, a new resource tree. */
const copied = (table: readonly Route[]): Route[] =>
  table.map((route) => ({ ...route, name: `${route.name}Copy`, path: route.path === '/' ? '/copy' : `/copy${route.path}` }));

describe('resources per stack (prod)', () => {
  let today: number;
  let doubled: number;

  beforeAll(() => {
    today = resourceCount(routes);
    doubled = resourceCount([...routes, ...copied(routes)]);
    // The figures docs/architecture.md quotes.
    console.info(`resources: ${today} with ${routes.length} routes, ${doubled} with ${2 * routes.length}; ${routeFunctions(routes).length} route functions`);
  });

  it(`stays under ${SHARE_WHEN_DOUBLED * 100}% of CloudFormation's ${STACK_LIMIT} with twice the routes`, () => {
    expect(doubled).toBeLessThan(STACK_LIMIT * SHARE_WHEN_DOUBLED);
  });

  it(`costs at most ${ROUTE_BUDGET} resources a route when routes are added with grants the stack has`, () => {
    expect((doubled - today) / routes.length).toBeLessThanOrEqual(ROUTE_BUDGET);
  });

  it(`costs at most ${ROUTE_BUDGET} for one more route at a new path, and ${NEW_GRANTS_BUDGET} more when its grants are new`, () => {
    const reader = routes.find((route) => route.uses.table === 'read' && Object.keys(route.uses).length === 1) as Route;
    const sameGrants: Route = { ...reader, name: 'budgetSameGrants', path: '/vacancies/{number}/budget' };
    const newGrants: Route = { ...reader, name: 'budgetNewGrants', path: '/vacancies/{number}/budget', uses: { table: 'read', documents: 'exports' } };

    expect(resourceCount([...routes, sameGrants]) - today).toBeLessThanOrEqual(ROUTE_BUDGET);
    // An alarm reads 10 functions: the eleventh adds an errors and a throttles alarm, once per ten.
    const alarmsAdded = (routeFunctions(routes).length + schedules.length + 1) % 10 === 0 ? 2 : 0;
    expect(resourceCount([...routes, newGrants]) - today).toBeLessThanOrEqual(ROUTE_BUDGET + NEW_GRANTS_BUDGET + alarmsAdded);
  });
});
