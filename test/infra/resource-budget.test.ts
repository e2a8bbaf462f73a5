import { beforeAll, describe, expect, it } from 'vitest';
import { routes, schedules, type JobName, type Route, type Schedule } from '#functions/routes.js';
import { capabilityOf, inMainStack } from '#infra/aws/route-capabilities.js';
import { routeFunctions } from '#infra/aws/route-functions.js';
import { JOBS_STACK, resourceCounts, synth } from './synth.js';

/** CloudFormation's hard limit of resources in one stack (the main stack and each nested stack alike). */
const STACK_LIMIT = 500;
/** Every stack with twice today's routes and the next capabilities must stay under this share of the limit (issue 13, point 7). */
const SHARE_WHEN_GROWN = 0.6;
const GROWN_LIMIT = STACK_LIMIT * SHARE_WHEN_GROWN;
/**
 * What a route may cost in the stack that holds its method: the method and the resource of its
 * last path segment. Its function, role, policy, log group and alarms are shared with the routes
 * of its caller kind and grants, and API Gateway invokes every function with one role.
 */
const ROUTE_BUDGET = 2;
/** A capability's own path segments (`/<capability>`, `/admin/<capability>`, each one's `{id}`), made once by its first routes. */
const CAPABILITY_ROOTS = 4;
/** What a route with grants no other route has costs the main stack beyond that: its function and role (its policy inline), and at most one more. */
const NEW_GRANTS_BUDGET = 3;
/**
 * A job, in the jobs' nested stack: its function, role (its policy inline), async invoke
 * configuration and schedule (the Scheduler role and dead-letter queue are shared); 5 at most. In
 * the main stack a job costs nothing but, once per ten functions, an errors and a throttles alarm.
 */
const JOB_BUDGET = 5;
/**
 * Routes that can still be added to today's capabilities (in the main stack) before the main
 * stack, with today's routes, reaches 60% of the limit (docs/architecture.md). It shrinks with each
 * new job and each new set of grants (a function and its role), which the main stack holds
 * whatever capability they serve: 43 with 66 routes and 9 jobs, each role's policy inline in it;
 * 29 once the secondment-endings job (12 jobs, 4 resources each) came; 28 once the reports'
 * capability (issue 17, point 5) added its nested stack (its routes share HR's functions); 27 once
 * the releases' (issue 18, point 4) added its own; 26 once the nominations' (issue 18, point 5)
 * added theirs, with the package's function (its own grants: the CV read, the packages written);
 * 25 once the expert roster's (issue 18, point 7) added its nested stack (its routes share HR's functions: no new grants);
 * 25 still with the deployments' (issue 18, point 6) nested stack, none to spare. Then the jobs moved
 * into a nested stack of their own (infra/aws/constructs/scheduled-jobs.ts): 50, and a new job no
 * longer shrinks it (the jobs' stack has its own room, tested below).
 */
const MAIN_STACK_ROOM = 48;

const counted = (table: readonly Route[], jobs: readonly Schedule[] = schedules) => {
  const [main, ...nested] = resourceCounts(synth('prod', { routes: table, schedules: jobs }));
  return { main: main?.resources ?? 0, nested: new Map(nested.map(({ capability, resources }) => [capability ?? '', resources])) };
};

/** `route` in the capability `capability`: its handler in that folder, its path under `/<capability>` (`/admin/<capability>` for a staff path). */
const movedTo = (capability: string, route: Route, suffix = capability): Route => {
  const [, ...handler] = route.handler.split('/');
  const path = route.path.startsWith('/admin/') ? `/admin/${capability}${route.path.slice('/admin'.length)}` : route.path === '/' ? `/${capability}` : `/${capability}${route.path}`;
  return { ...route, name: `${route.name}${suffix}`, handler: `${capability}/${handler.join('/')}`, path };
};

/** Today's routes again in a new capability: the same grants, a new resource tree in a nested stack. */
const copied = (table: readonly Route[]): Route[] => table.map((route) => movedTo('copy', route));

/**
 * The next capabilities (selection's panels, interviews, offers, ...): ten routes each, with the
 * callers and grants of ten of today's, at paths such a capability has (`/admin/next-offers/{id}/<action>`).
 * Named apart from any real capability, which the table may already hold.
 */
const NEXT_CAPABILITIES = ['next-panels', 'next-tests', 'next-interviews', 'next-offers', 'next-secondments', 'next-roster', 'next-reports'];
const nextCapabilities = (table: readonly Route[]): Route[] =>
  NEXT_CAPABILITIES.flatMap((capability, i) =>
    table.slice(i, i + 10).map((route) => {
      const base = route.caller.kind === 'staff' ? `/admin/${capability}` : `/${capability}`;
      return { ...movedTo(capability, route), path: `${base}/{id}/${route.name}` };
    }),
  );

/** An extra job: a copy of a job of the table under another name (names are typed; the table's own are all taken). */
const extraJob = (job: Schedule): Schedule => ({ ...job, name: `${job.name}-budget` as JobName });

/** An alarm reads 10 functions: the eleventh function adds an errors and a throttles alarm, once per ten. */
const alarmsFor = (newFunctions: number): number => ((routeFunctions(routes).length + schedules.length + 1 + newFunctions - 1) % 10 < newFunctions ? 2 : 0);

describe('resources per stack (prod)', () => {
  let today: ReturnType<typeof counted>;
  let grown: ReturnType<typeof counted>;
  let grownRoutes: number;

  beforeAll(() => {
    today = counted(routes);
    const grownTable = [...routes, ...copied(routes), ...nextCapabilities(routes)];
    grownRoutes = grownTable.length;
    grown = counted(grownTable);
    // The figures docs/architecture.md quotes.
    const mainRoutes = routes.filter(inMainStack).length;
    console.info(
      [
        `today: ${routes.length} routes (${mainRoutes} in the main stack), ${schedules.length} jobs, ${routeFunctions(routes).length} route functions`,
        `  main stack ${today.main} resources; nested: ${[...today.nested].map(([capability, n]) => `${capability} ${n}`).join(', ') || 'none'}`,
        `grown: ${grownRoutes} routes (today's, a copy in a new capability, ${NEXT_CAPABILITIES.length} more capabilities)`,
        `  main stack ${grown.main} resources (${Math.round((grown.main / STACK_LIMIT) * 100)}% of ${STACK_LIMIT}); largest nested ${Math.max(...grown.nested.values())} (copy ${grown.nested.get('copy') ?? 0})`,
        `  room in the main stack for ${Math.floor((GROWN_LIMIT - 1 - today.main) / ROUTE_BUDGET)} more routes of today's capabilities under ${SHARE_WHEN_GROWN * 100}%, ${Math.floor((STACK_LIMIT - today.main) / ROUTE_BUDGET)} under ${STACK_LIMIT}`,
      ].join('\n'),
    );
  });

  it(`keeps every stack under ${SHARE_WHEN_GROWN * 100}% of CloudFormation's ${STACK_LIMIT} with twice today's routes and the next capabilities`, () => {
    const stacks = [['main', grown.main] as const, ...grown.nested];

    expect(grown.nested.size).toBeGreaterThanOrEqual(NEXT_CAPABILITIES.length + 1);
    for (const [stack, resources] of stacks) expect(resources, stack).toBeLessThan(GROWN_LIMIT);
  });

  it('costs the main stack one nested stack per new capability and nothing a route, when the grants exist', () => {
    const newCapabilities = new Set([...copied(routes), ...nextCapabilities(routes)].map(capabilityOf));

    expect(grown.main - today.main).toBe(newCapabilities.size);
  });

  it(`costs at most ${ROUTE_BUDGET} resources a route in its capability's nested stack, beside the capability's own path segments`, () => {
    const added = [...copied(routes), ...nextCapabilities(routes)];

    for (const capability of ['copy', ...NEXT_CAPABILITIES]) {
      const its = added.filter((route) => capabilityOf(route) === capability).length;
      expect(grown.nested.get(capability) ?? Infinity, capability).toBeLessThanOrEqual(ROUTE_BUDGET * its + CAPABILITY_ROOTS);
    }
  });

  it('costs the main stack nothing for a second route of a new capability, and its function, role and policy when its grants are new', () => {
    const reader = routes.find((route) => route.uses.table === 'read' && Object.keys(route.uses).length === 1 && inMainStack(route)) as Route;
    const first = movedTo('budget', reader);
    const second: Route = { ...first, name: 'budgetSecond', path: `${first.path}/second` };
    const newGrants: Route = { ...second, uses: { table: 'read', documents: 'exports' } };

    const one = counted([...routes, first]);
    const two = counted([...routes, first, second]);
    const withNewGrants = counted([...routes, first, newGrants]);

    expect(one.main - today.main).toBe(1);
    expect(two.main).toBe(one.main);
    expect((two.nested.get('budget') ?? Infinity) - (one.nested.get('budget') ?? 0)).toBeLessThanOrEqual(ROUTE_BUDGET);
    expect(withNewGrants.main - one.main).toBeLessThanOrEqual(NEW_GRANTS_BUDGET + alarmsFor(1));
  });

  it(`costs at most ${ROUTE_BUDGET} in the main stack for a route of one of today's capabilities, ${NEW_GRANTS_BUDGET} more when its grants are new`, () => {
    const reader = routes.find((route) => route.uses.table === 'read' && Object.keys(route.uses).length === 1 && inMainStack(route)) as Route;
    const sameGrants: Route = { ...reader, name: 'budgetSameGrants', path: '/vacancies/{number}/budget' };
    const newGrants: Route = { ...sameGrants, name: 'budgetNewGrants', uses: { table: 'read', documents: 'exports' } };

    expect(inMainStack(sameGrants)).toBe(true);
    expect(counted([...routes, sameGrants]).main - today.main).toBeLessThanOrEqual(ROUTE_BUDGET);
    expect(counted([...routes, newGrants]).main - today.main).toBeLessThanOrEqual(ROUTE_BUDGET + NEW_GRANTS_BUDGET + alarmsFor(1));
  });

  it(`leaves room in the main stack for at least ${MAIN_STACK_ROOM} more routes of today's capabilities under ${SHARE_WHEN_GROWN * 100}%`, () => {
    expect(today.main + ROUTE_BUDGET * MAIN_STACK_ROOM).toBeLessThan(GROWN_LIMIT);
  });

  it(`costs the main stack nothing a job but its share of the alarms, and the jobs' stack at most ${JOB_BUDGET}`, () => {
    const [job] = schedules;
    if (!job) throw new Error('no job in the schedule table');

    const withJob = counted(routes, [...schedules, extraJob(job)]);

    expect(withJob.main - today.main).toBe(alarmsFor(1));
    expect((withJob.nested.get(JOBS_STACK) ?? Infinity) - (today.nested.get(JOBS_STACK) ?? 0)).toBeLessThanOrEqual(JOB_BUDGET);
  });

  it(`leaves room in the jobs' stack for twice today's jobs under ${SHARE_WHEN_GROWN * 100}%`, () => {
    expect((today.nested.get(JOBS_STACK) ?? Infinity) + JOB_BUDGET * schedules.length).toBeLessThan(GROWN_LIMIT);
  });
});
