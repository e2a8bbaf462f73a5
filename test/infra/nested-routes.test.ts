import type { CfnResource as CdkCfnResource, NestedStack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
import { capabilityOf, inMainStack, MAIN_STACK_CAPABILITIES } from '#infra/aws/route-capabilities.js';
import { nestedPublicRoute, nestedStaffRoute } from './fixtures.js';
import { inMainStackTerms, JOBS_STACK, resourcesOf, synth, type StackTemplate, type Synthesized } from './synth.js';

/** The logical id of the API's deployment (it carries a hash of what it deploys) and what it waits for. */
const deploymentOf = (synthesized: Synthesized): { id: string; dependsOn: string[] } => {
  const [id = '', deployment] = Object.entries(resourcesOf(synthesized.template, 'AWS::ApiGateway::Deployment'))[0] ?? [];
  return { id, dependsOn: (deployment as { DependsOn?: string[] } | undefined)?.DependsOn ?? [] };
};

const nestedStackId = (synthesized: Synthesized, capability: string): string => {
  const nested = synthesized.nested.find((stack) => stack.capability === capability);
  if (!nested) throw new Error(`no nested stack for ${capability}`);
  return synthesized.stack.getLogicalId((nested.stack as NestedStack).nestedStackResource as CdkCfnResource);
};

const withFixtures = [...routes, nestedStaffRoute, nestedPublicRoute];

/** The capabilities' nested stacks of routes, not the scheduled jobs' one. */
const routeStacks = (synthesized: Synthesized): StackTemplate[] => synthesized.nested.filter((stack) => stack.capability !== JOBS_STACK);

describe('routes of new capabilities in nested stacks (prod)', () => {
  let synthesized: Synthesized;

  beforeAll(() => {
    synthesized = synth('prod', { routes: withFixtures });
  });

  it("keeps today's capabilities in the main stack, where they were deployed, and gives every other one a nested stack", () => {
    const nestedCapabilities = [...new Set(withFixtures.filter((route) => !inMainStack(route)).map(capabilityOf))].sort();

    expect([...MAIN_STACK_CAPABILITIES].sort()).toEqual(['admin', 'applications', 'circulars', 'documents', 'openapi', 'pages', 'vacancies']);
    expect(routeStacks(synthesized).map((stack) => stack.capability).sort()).toEqual(nestedCapabilities);
    expect(nestedCapabilities).toContain('nested-fixture');
    // And the scheduled jobs' stack.
    synthesized.template.resourceCountIs('AWS::CloudFormation::Stack', nestedCapabilities.length + 1);
  });

  it('starts a nested route from the deepest resource of its path the main stack has, and makes only the rest', () => {
    const nested = synthesized.nested.find((stack) => stack.capability === 'nested-fixture');
    if (!nested) throw new Error('no nested stack for nested-fixture');
    const main = synthesized.template.toJSON().Resources as Record<string, { Properties?: Record<string, unknown> }>;

    const made = Object.values(inMainStackTerms(synthesized, nested))
      .filter((resource) => resource.Type === 'AWS::ApiGateway::Resource')
      .map((resource) => ({ pathPart: resource.Properties?.PathPart, parent: resource.Properties?.ParentId }));
    const adminId = Object.entries(main).find(([, resource]) => resource.Properties?.PathPart === 'admin')?.[0];

    // /admin/nested-fixture/{id} under the main stack's /admin; /nested-fixture under the API's root.
    expect(made).toHaveLength(3);
    expect(made).toContainEqual({ pathPart: 'nested-fixture', parent: { Ref: adminId } });
    expect(made).toContainEqual({ pathPart: 'nested-fixture', parent: { 'Fn::GetAtt': [expect.stringMatching(/^ApiRestApi/), 'RootResourceId'] } });
    expect(made.map((resource) => resource.pathPart)).toContain('{id}');
  });

  it('has the API deployment wait for every nested stack, so a stage deploys its nested methods too', () => {
    const { dependsOn } = deploymentOf(synthesized);

    for (const { capability } of routeStacks(synthesized)) expect(dependsOn).toContain(nestedStackId(synthesized, capability ?? ''));
  });

  it('deploys the API again when a nested route changes its path, method, caller or function', () => {
    // No jobs: the deployment is the API's, and six synths fit the test's time on a busy machine.
    const deploymentId = (table: readonly Route[]) => deploymentOf(synth('prod', { routes: table, schedules: [] })).id;
    const changed = (change: Partial<Route>) => [...routes, { ...nestedStaffRoute, ...change }, nestedPublicRoute];

    const before = deploymentId(withFixtures);
    const after = [
      deploymentId(changed({ path: '/admin/nested-fixture/{id}/moved' })),
      deploymentId(changed({ method: 'PUT' })),
      deploymentId(changed({ caller: { kind: 'public' }, path: '/nested-fixture/{id}' })),
      deploymentId(changed({ uses: { table: 'write' } })),
    ];

    expect(deploymentId(withFixtures)).toBe(before);
    for (const id of after) expect(id).not.toBe(before);
    expect(new Set(after).size).toBe(after.length);
  }, 120_000);

  it('stops synth when two capabilities would make the same path resource, naming both and the path', () => {
    const rival: Route = { ...nestedStaffRoute, name: 'rivalFixture', path: '/admin/nested-fixture', handler: 'rival-fixture/read-fixture' };

    const act = () => synth('prod', { routes: [...withFixtures, rival] });

    expect(act).toThrow(/"nested-fixture" and "rival-fixture" would both create the API resource \/admin\/nested-fixture /);
  });
});
