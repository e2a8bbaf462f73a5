import { App, Validations } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#infra/aws/build-app.js';
import { loadStage, stageConfigSchema, stageSettings, StageError, type StageName } from '#infra/aws/stages.js';
import { asList, resourcesOf, synth, type PolicyStatementJson, type Synthesized } from './synth.js';

// The outside review's findings on the synthesized templates (issue 13, points 1 to 4 and 6).

type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string | string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string };

/** Every logical id a value names through Ref, Fn::GetAtt or Fn::Sub. */
const referencesIn = (value: unknown, into: Set<string>): Set<string> => {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') into.add(inner);
      else if (key === 'Fn::GetAtt') into.add(String(asList(inner as string | string[])[0]).split('.')[0] ?? '');
      else if (key === 'Fn::Sub') {
        const text = String(asList(inner as unknown[])[0]);
        for (const match of text.matchAll(/\$\{([^.}!]+)/g)) if (match[1]) into.add(match[1]);
        referencesIn(asList(inner as unknown[]).slice(1), into);
      } else referencesIn(inner, into);
    }
  }
  return into;
};

/** A dependency cycle between resources (Ref, GetAtt, Sub, DependsOn), as CloudFormation would refuse it; none is []. */
const dependencyCycle = (resources: Record<string, Resource>): string[] => {
  const edges = new Map(
    Object.entries(resources).map(([id, resource]) => {
      const named = referencesIn(resource.Properties, new Set(asList(resource.DependsOn)));
      return [id, [...named].filter((other) => other in resources)];
    }),
  );
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): string[] => {
    if (state.get(id) === 'done') return [];
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next, [...path, id]);
      if (cycle.length > 0) return cycle;
    }
    state.set(id, 'done');
    return [];
  };
  for (const id of edges.keys()) {
    const cycle = visit(id, []);
    if (cycle.length > 0) return cycle;
  }
  return [];
};

describe.each<StageName>(['dev', 'prod'])('the cloud review of the %s template', (stageName) => {
  const stage = loadStage(stageName, {});
  let synthesized: Synthesized;
  let resources: Record<string, Resource>;

  beforeAll(() => {
    synthesized = synth(stageName);
    resources = synthesized.template.toJSON().Resources as Record<string, Resource>;
  });

  it("lets CloudWatch publish to the alarm topic, for this account's alarms only, since enforceSSL replaces SNS's default policy", () => {
    const [topicId] = Object.keys(resourcesOf(synthesized.template, 'AWS::SNS::Topic')).filter((id) => id.startsWith('AlarmsTopic'));
    const policy = Object.values(resourcesOf(synthesized.template, 'AWS::SNS::TopicPolicy')).find((p) =>
      JSON.stringify(p.Properties?.Topics).includes(`"${topicId}"`),
    );
    const statements = (policy?.Properties?.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement;
    const { account, region, partition } = synthesized.stack;

    const allows = statements.filter((statement) => statement.Effect === 'Allow');

    expect(allows).toEqual([
      {
        Sid: 'CloudWatchAlarmsPublish',
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: { Ref: topicId },
        Condition: {
          StringEquals: { 'aws:SourceAccount': synthesized.stack.resolve(account) },
          ArnLike: { 'aws:SourceArn': synthesized.stack.resolve(`arn:${partition}:cloudwatch:${region}:${account}:alarm:*`) },
        },
      },
    ]);
  });

  it.each([
    'AWS::DynamoDB::Table',
    'AWS::S3::Bucket',
    'AWS::Cognito::UserPool',
    'AWS::Logs::LogGroup',
    'AWS::SQS::Queue',
  ])('keeps %s on update and delete but lets a rolled-back create remove it, so a retry does not find it already there', (type) => {
    const policies = Object.values(resources)
      .filter((resource) => resource.Type === type)
      .map((resource) => [resource.DeletionPolicy, resource.UpdateReplacePolicy]);

    expect(policies.length).toBeGreaterThan(0);
    const expected = stage.removalPolicy === 'retain' ? ['RetainExceptOnCreate', 'Retain'] : ['Delete', 'Delete'];
    expect(new Set(policies.map((pair) => JSON.stringify(pair)))).toEqual(new Set([JSON.stringify(expected)]));
  });

  it("lets the browser POST uploads from the API's own execute-api origin as well as the configured ones", () => {
    const [bucket] = Object.values(resourcesOf(synthesized.template, 'AWS::S3::Bucket'));
    const restApi = synthesized.stack.node.findChild('Api').node.findChild('RestApi') as RestApi;
    const rules = (bucket?.Properties?.CorsConfiguration as { CorsRules: { AllowedOrigins: unknown[]; AllowedMethods: string[] }[] }).CorsRules;
    const { region, urlSuffix } = synthesized.stack;

    const apiOrigin = synthesized.stack.resolve(`https://${restApi.restApiId}.execute-api.${region}.${urlSuffix}`);

    expect(rules).toHaveLength(1);
    expect(rules[0]?.AllowedMethods).toEqual(['POST']);
    expect(rules[0]?.AllowedOrigins).toEqual([...stage.allowedOrigins, apiOrigin]);
  });

  it('has no dependency cycle: the API does not depend on the bucket that names its origin', () => {
    const cycle = dependencyCycle(resources);

    expect(cycle).toEqual([]);
  });

  it('names the REST API after the stage, and the 5xx alarm watches that name', () => {
    const [api] = Object.values(resourcesOf(synthesized.template, 'AWS::ApiGateway::RestApi'));
    const alarm = Object.values(resourcesOf(synthesized.template, 'AWS::CloudWatch::Alarm')).find(
      (candidate) => candidate.Properties?.MetricName === '5XXError',
    );
    const dimensions = alarm?.Properties?.Dimensions as { Name: string; Value: unknown }[];

    expect(api?.Properties?.Name).toBe(`secondment-hub-${stageName}`);
    expect(dimensions.find((dimension) => dimension.Name === 'ApiName')?.Value).toBe(`secondment-hub-${stageName}`);
  });

  it("creates API Gateway's account logging role only where the stage owns the account", () => {
    const accounts = Object.keys(resourcesOf(synthesized.template, 'AWS::ApiGateway::Account'));

    // dev follows whichever account the operator's profile names: it owns none.
    expect(stage.manageApiGatewayAccountRole).toBe(stageName !== 'dev');
    expect(accounts).toHaveLength(stage.manageApiGatewayAccountRole ? 1 : 0);
  });

  it('gives the true reason for no S3 access logs: it names no CloudTrail data events, which nothing enables', () => {
    const bucket = synthesized.stack.node.findAll().find((construct) => construct.node.path.endsWith('Documents/Bucket'));
    const acknowledged = JSON.stringify(bucket?.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY));
    const trails = Object.keys(resourcesOf(synthesized.template, 'AWS::CloudTrail::Trail'));

    expect(acknowledged).toContain('AwsSolutions-S1');
    expect(trails).toEqual([]);
    expect(acknowledged).not.toMatch(/CloudTrail/i);
  });
});

describe('where staging and prod are deployed', () => {
  it.each<StageName>(['staging', 'prod'])('pins the %s account and region in the stage config, whatever the CLI profile says', (name) => {
    const stage = loadStage(name, { CDK_DEFAULT_ACCOUNT: '999999999999', CDK_DEFAULT_REGION: 'us-east-1' });

    expect(stage.account).toMatch(/^\d{12}$/);
    expect(stage.account).not.toBe('999999999999');
    expect(stage.region).toBe(stageSettings[name].region);
    expect(stage.region).not.toBe('us-east-1');
  });

  it('synthesizes the prod stack into its pinned account and region, not an environment-agnostic one', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'prod' } });

    const stack = buildApp(app, { env: {} });

    expect([stack.account, stack.region]).toEqual([stageSettings.prod.account, stageSettings.prod.region]);
  });

  it('stops synth of a staging or prod config without an account or region, naming what to set and where', () => {
    const { account: _account, ...withoutAccount } = stageSettings.prod;
    const { region: _region, ...withoutRegion } = stageSettings.staging;

    const results = [
      stageConfigSchema.safeParse({ name: 'prod', ...withoutAccount }),
      stageConfigSchema.safeParse({ name: 'staging', ...withoutRegion }),
    ];

    expect(results.map((result) => result.success)).toEqual([false, false]);
    expect(results[0]?.error?.issues[0]?.message).toMatch(/stageSettings\.prod\.account.*infra\/aws\/stages\.ts/);
    expect(results[1]?.error?.issues[0]?.message).toMatch(/stageSettings\.staging\.region.*infra\/aws\/stages\.ts/);
  });

  it('lets dev follow the CLI profile', () => {
    const stage = loadStage('dev', { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'eu-west-3' });

    expect(stage).toMatchObject({ account: '123456789012', region: 'eu-west-3' });
  });

  it('refuses two stages in one account and region that would both own its API Gateway logging role', () => {
    const shared = { ...stageSettings.staging, account: stageSettings.prod.account, region: stageSettings.prod.region };

    const act = () => loadStage('prod', {}, { ...stageSettings, staging: { ...shared, manageApiGatewayAccountRole: true } });

    expect(act).toThrow(StageError);
    expect(act).toThrow(/manageApiGatewayAccountRole/);
  });
});
