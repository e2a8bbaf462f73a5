import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/routes.js';
import type { StageName } from '#infra/aws/stages.js';
import { digestSchedule, documentReaderRoute, nestedPublicRoute, nestedStaffRoute, staffRoute, submitRoute } from './fixtures.js';
import { asList, JOBS_STACK, resourcesOf, synth, type PolicyStatementJson, type Synthesized } from './synth.js';

/** Where a policy document sits in each resource type that carries one. */
const documentPaths: Record<string, (properties: Record<string, unknown>) => unknown[]> = {
  'AWS::IAM::Policy': (p) => [p.PolicyDocument],
  'AWS::IAM::ManagedPolicy': (p) => [p.PolicyDocument],
  'AWS::IAM::Role': (p) => asList(p.Policies as { PolicyDocument: unknown }[]).map((policy) => policy.PolicyDocument),
  'AWS::S3::BucketPolicy': (p) => [p.PolicyDocument],
  'AWS::SQS::QueuePolicy': (p) => [p.PolicyDocument],
  'AWS::SNS::TopicPolicy': (p) => [p.PolicyDocument],
  'AWS::KMS::Key': (p) => [p.KeyPolicy],
};

/** Every statement of every stack: the main one and each capability's nested stack. */
const statementsIn = (synthesized: Synthesized): { where: string; statement: PolicyStatementJson }[] =>
  synthesized.stacks.flatMap(({ template }) =>
    Object.entries(documentPaths).flatMap(([type, documentsOf]) =>
      Object.entries(resourcesOf(template, type)).flatMap(([logicalId, resource]) =>
        documentsOf(resource.Properties ?? {})
          .filter((document): document is { Statement: PolicyStatementJson[] } => document !== undefined)
          .flatMap((document) => document.Statement.map((statement) => ({ where: logicalId, statement }))),
      ),
    ),
  );

const isWildcardAction = (action: string) => action === '*' || action.endsWith(':*');
const isTlsGuard = (statement: PolicyStatementJson) => {
  const condition = JSON.stringify(statement.Condition ?? {});
  return condition.includes('"aws:SecureTransport":"false"') || condition.includes('"s3:TlsVersion"');
};

/**
 * AWS-managed policies we attach, each with `*` resources inside, and why:
 * - AmazonAPIGatewayPushToCloudWatchLogs: API Gateway's one logging role per account and region
 *   (AWS::ApiGateway::Account) serves every API there, so it cannot name our log groups.
 * - AWSLambdaBasicExecutionRole: only on CDK's own S3 auto-delete provider, in dev only.
 */
const managedPolicyExceptions: Record<string, StageName[]> = {
  // Only where the stage owns its account (manageApiGatewayAccountRole): not dev.
  'service-role/AmazonAPIGatewayPushToCloudWatchLogs': ['prod'],
  'service-role/AWSLambdaBasicExecutionRole': ['dev'],
};

describe.each<StageName>(['dev', 'prod'])('least privilege in %s', (stageName) => {
  let synthesized: Synthesized;
  let statements: { where: string; statement: PolicyStatementJson }[];

  beforeAll(() => {
    synthesized = synth(stageName, {
      // Routes of a capability in a nested stack too: their methods must not bring a grant of their own.
      routes: [...routes, staffRoute, submitRoute, documentReaderRoute, nestedStaffRoute, nestedPublicRoute],
      schedules: [digestSchedule],
    });
    statements = statementsIn(synthesized);
  });

  it('allows no `*` action and no whole-service wildcard (`s3:*`) anywhere', () => {
    const allows = statements.filter(({ statement }) => statement.Effect === 'Allow');

    const wildcards = allows.filter(({ statement }) => asList(statement.Action).some(isWildcardAction));

    expect(allows.length).toBeGreaterThan(0);
    expect(wildcards).toEqual([]);
  });

  it('uses a whole-service wildcard only to deny requests that are not over TLS', () => {
    const denies = statements.filter(({ statement }) => statement.Effect === 'Deny');

    const notTlsGuards = denies.filter(({ statement }) => !isTlsGuard(statement));

    expect(denies.length).toBeGreaterThan(0);
    expect(notTlsGuards).toEqual([]);
  });

  it('names its resources in every statement of ours: no `*` resource', () => {
    const starred = statements.filter(({ statement }) => asList(statement.Resource).includes('*'));

    expect(starred).toEqual([]);
  });

  it('grants to everyone (`Principal *`) only in deny statements', () => {
    const toAnyone = statements.filter(({ statement }) => JSON.stringify(statement.Principal ?? null).includes('"*"'));

    expect(toAnyone.every(({ statement }) => statement.Effect === 'Deny')).toBe(true);
  });

  it("keeps every route's grant in the main stack: a capability's nested stack holds API methods and path resources only", () => {
    const routeStacks = synthesized.nested.filter(({ capability }) => capability !== JOBS_STACK);
    const types = routeStacks.flatMap(({ template }) => Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type));

    expect(routeStacks.length).toBeGreaterThan(0);
    expect([...new Set(types)].sort()).toEqual(['AWS::ApiGateway::Method', 'AWS::ApiGateway::Resource']);
  });

  it("keeps the jobs' functions, roles, schedules and their dead-letter queue in the jobs' stack, and nothing else there", () => {
    const jobs = synthesized.nested.find(({ capability }) => capability === JOBS_STACK);
    const types = Object.values((jobs?.template.toJSON().Resources ?? {}) as Record<string, { Type: string }>).map((r) => r.Type);

    expect([...new Set(types)].sort()).toEqual([
      'AWS::IAM::Policy',
      'AWS::IAM::Role',
      'AWS::Lambda::EventInvokeConfig',
      'AWS::Lambda::Function',
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy',
      'AWS::Scheduler::Schedule',
    ]);
  });

  it('attaches only the named AWS-managed policies, in every stack (the jobs\' too)', () => {
    const managed = synthesized.stacks.flatMap(({ template }) => Object.values(resourcesOf(template, 'AWS::IAM::Role'))).flatMap((role) =>
      asList(role.Properties?.ManagedPolicyArns as unknown[]).map((arn) => JSON.stringify(arn)),
    );

    const names = managed.map((arn) => /:iam::aws:policy\/([^"]+)"/.exec(arn)?.[1] ?? arn);
    const expected = Object.entries(managedPolicyExceptions)
      .filter(([, stages]) => stages.includes(stageName))
      .map(([name]) => name);

    expect(names.sort()).toEqual(expected.sort());
  });
});
