import { beforeAll, describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
import { MANAGED_RULE_GROUPS } from '#infra/aws/constructs/web-acl.js';
import { loadStage, stageConfigSchema, stageSettings, type StageConfig, type StageName } from '#infra/aws/stages.js';
import { staffRoute } from './fixtures.js';
import { apiMethods, asList, resourcesOf, synth, type CfnResource, type Synthesized } from './synth.js';

type Statement = {
  ByteMatchStatement?: { FieldToMatch: { UriPath?: object }; PositionalConstraint: string; SearchString: string };
  OrStatement?: { Statements: Statement[] };
  AndStatement?: { Statements: Statement[] };
  NotStatement?: { Statement: Statement };
  LabelMatchStatement?: { Key: string };
};

type Rule = {
  Name: string;
  Priority: number;
  Action?: Record<string, unknown>;
  OverrideAction?: Record<string, unknown>;
  Statement: Statement & {
    ManagedRuleGroupStatement?: { VendorName: string; Name: string; RuleActionOverrides?: Array<{ Name: string; ActionToUse: object }> };
    RateBasedStatement?: { Limit: number; AggregateKeyType: string; EvaluationWindowSec: number; ScopeDownStatement: Statement };
  };
};

/** Whether a WAF statement of the kinds the web ACL uses matches a request at `path` carrying `labels`. */
const matches = (statement: Statement, path: string, labels: string[] = []): boolean => {
  if (statement.ByteMatchStatement) {
    const { FieldToMatch, PositionalConstraint, SearchString } = statement.ByteMatchStatement;
    if (!FieldToMatch.UriPath || PositionalConstraint !== 'STARTS_WITH') throw new Error('unexpected byte match');
    return path.startsWith(SearchString);
  }
  if (statement.OrStatement) return statement.OrStatement.Statements.some((s) => matches(s, path, labels));
  if (statement.AndStatement) return statement.AndStatement.Statements.every((s) => matches(s, path, labels));
  if (statement.NotStatement) return !matches(statement.NotStatement.Statement, path, labels);
  if (statement.LabelMatchStatement) return labels.includes(statement.LabelMatchStatement.Key);
  throw new Error(`unexpected statement ${JSON.stringify(statement)}`);
};

/** A request path for a route, as WAF sees it at the execute-api URL (`/<stage>/...`) or behind a custom domain. */
const concretePath = (route: Route, stagePrefix: string): string => `${stagePrefix}${route.path.replace(/\{[^}]+\}/g, 'x1')}`;

/** API Gateway's `~1`-escaped resource path of a method setting. */
const settingPath = (route: Route): string => `/${route.path.replaceAll('/', '~1')}`;

describe.each<StageName>(['dev', 'prod'])('the %s API edge', (stageName) => {
  const stage: StageConfig = loadStage(stageName, {});
  let synthesized: Synthesized;
  let webAcl: CfnResource;
  let rules: Rule[];

  beforeAll(() => {
    synthesized = synth(stageName, { routes: [...routes, staffRoute] });
    const acls = Object.values(resourcesOf(synthesized.template, 'AWS::WAFv2::WebACL'));
    expect(acls).toHaveLength(1);
    webAcl = acls[0] as CfnResource;
    rules = webAcl.Properties?.Rules as Rule[];
  });

  const rateRule = (): Rule => {
    const rule = rules.find((r) => r.Statement.RateBasedStatement);
    if (!rule) throw new Error('no rate-based rule');
    return rule;
  };

  it('has one regional web ACL that allows what no rule blocks', () => {
    expect(webAcl.Properties).toMatchObject({ Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
  });

  it('associates the web ACL with the REST API stage', () => {
    const { template } = synthesized;
    const [stageId] = Object.keys(resourcesOf(template, 'AWS::ApiGateway::Stage'));
    const [aclId] = Object.keys(resourcesOf(template, 'AWS::WAFv2::WebACL'));

    const associations = Object.values(resourcesOf(template, 'AWS::WAFv2::WebACLAssociation'));

    expect(associations).toHaveLength(1);
    expect(associations[0]?.Properties?.WebACLArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    const arn = JSON.stringify(associations[0]?.Properties?.ResourceArn);
    expect(arn).toContain(':apigateway:');
    expect(arn).toContain(`{"Ref":"${stageId}"}`);
  });

  it.each(MANAGED_RULE_GROUPS.map((name) => [name]))('applies the AWS managed rule group %s to every request', (name) => {
    const rule = rules.find((r) => r.Statement.ManagedRuleGroupStatement?.Name === name);

    expect(rule?.Statement.ManagedRuleGroupStatement?.VendorName).toBe('AWS');
    expect(rule?.OverrideAction).toEqual({ None: {} });
    expect(rule?.Statement.ManagedRuleGroupStatement).not.toHaveProperty('ScopeDownStatement');
  });

  it("limits each IP to the stage's publicRequestsPerIp in 5 minutes", () => {
    const rule = rateRule();

    expect(rule.Action).toEqual({ Block: {} });
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: stage.edge.publicRequestsPerIp,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
  });

  it.each(['', `/${stageName}`])('counts every public route and no staff route at the rate limit (path prefix "%s")', (prefix) => {
    const scope = rateRule().Statement.RateBasedStatement?.ScopeDownStatement as Statement;

    const counted = [...routes, staffRoute].filter((route) => matches(scope, concretePath(route, prefix))).map((r) => r.name);

    const publicNames = routes.filter((r) => r.caller.kind === 'public').map((r) => r.name);
    const staffNames = routes.filter((r) => r.caller.kind === 'staff').map((r) => r.name);
    expect(publicNames.length).toBeGreaterThan(0);
    expect(staffNames.length).toBeGreaterThan(0);
    // The fixture's staff route lives outside /admin/: counting it errs on the safe side.
    expect(counted.sort()).toEqual([...publicNames, staffRoute.name].sort());
  });

  it('blocks a public body over 8 KB, and lets a staff import through the common rule set', () => {
    const common = rules.find((r) => r.Statement.ManagedRuleGroupStatement?.Name === 'AWSManagedRulesCommonRuleSet');
    const bodyRule = rules.find((r) => r.Name === 'PublicBodyOver8KB');
    const label = 'awswaf:managed:aws:core-rule-set:SizeRestrictions_Body';
    const importRoute = routes.find((r) => r.name === 'importApplications') as Route;
    const submitRoute = routes.find((r) => r.name === 'submitApplication') as Route;

    expect(common?.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }]);
    expect(bodyRule?.Action).toEqual({ Block: {} });
    expect(bodyRule?.Priority).toBeGreaterThan(common?.Priority ?? Infinity);
    expect(matches(bodyRule?.Statement as Statement, concretePath(submitRoute, `/${stageName}`), [label])).toBe(true);
    expect(matches(bodyRule?.Statement as Statement, concretePath(importRoute, `/${stageName}`), [label])).toBe(false);
    expect(matches(bodyRule?.Statement as Statement, concretePath(submitRoute, `/${stageName}`), [])).toBe(false);
  });

  it('logs what the web ACL blocks or counts to an aws-waf-logs- group, with the staff token redacted', () => {
    const { template, stack } = synthesized;
    const [aclId] = Object.keys(resourcesOf(template, 'AWS::WAFv2::WebACL'));
    const configs = Object.values(resourcesOf(template, 'AWS::WAFv2::LoggingConfiguration'));
    const groups = resourcesOf(template, 'AWS::Logs::LogGroup');

    expect(configs).toHaveLength(1);
    const config = configs[0]?.Properties ?? {};
    expect(config.ResourceArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    expect(config.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }]);
    expect(JSON.stringify(config.LoggingFilter)).toContain('"DefaultBehavior":"DROP"');
    const destination = JSON.stringify(config.LogDestinationConfigs);
    const [groupId, group] = Object.entries(groups).find(([id]) => destination.includes(`{"Ref":"${id}"}`)) ?? [];
    expect(groupId).toBeDefined();
    // WAF refuses the `:*` ARN form and any name without its prefix.
    expect(destination).not.toContain(':*');
    expect(group?.Properties?.LogGroupName).toBe(`aws-waf-logs-${stack.stackName}`);
    expect(group?.Properties?.RetentionInDays).toBe(stage.logRetentionDays);
    // Its fixed name would make the retry of a rolled-back first deploy fail on "already exists" if a create kept it.
    expect(group?.DeletionPolicy).toBe(stageName === 'prod' ? 'RetainExceptOnCreate' : 'Delete');
  });

  it("throttles each route the stage names at its own limits, and the rest at the stage's", () => {
    const apiStage = Object.values(resourcesOf(synthesized.template, 'AWS::ApiGateway::Stage'))[0];
    const settings = asList(apiStage?.Properties?.MethodSettings as Array<Record<string, unknown>>);
    const throttled = Object.entries(stage.edge.routeThrottling);

    expect(throttled.map(([name]) => name)).toContain('submitApplication');
    expect(settings).toContainEqual(
      expect.objectContaining({ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: stage.throttling.rateLimit, ThrottlingBurstLimit: stage.throttling.burstLimit }),
    );
    for (const [name, limits] of throttled) {
      const route = routes.find((r) => r.name === name) as Route;
      expect(settings).toContainEqual(
        expect.objectContaining({ HttpMethod: route.method, ResourcePath: settingPath(route), ThrottlingRateLimit: limits?.rateLimit, ThrottlingBurstLimit: limits?.burstLimit }),
      );
    }
    expect(settings).toHaveLength(throttled.length + 1);
  });

  it('throttles a submission more tightly than the stage as a whole', () => {
    const submit = stage.edge.routeThrottling.submitApplication;

    expect(submit?.rateLimit).toBeLessThan(stage.throttling.rateLimit);
    expect(submit?.burstLimit).toBeLessThan(stage.throttling.burstLimit);
  });

  it('answers no CORS preflight: the pages calling the API are served from its own origin', () => {
    const methods = apiMethods(synthesized);

    expect(methods.filter((m) => m.httpMethod === 'OPTIONS')).toEqual([]);
    expect(JSON.stringify(synthesized.template.toJSON())).not.toContain('Access-Control-Allow-Origin');
  });
});

describe('the edge settings', () => {
  it('refuses a throttle for a route the route table does not have, naming it', () => {
    const input = { ...stageSettings.dev, name: 'dev', edge: { publicRequestsPerIp: 300, routeThrottling: { submitApplicaton: { rateLimit: 1, burstLimit: 1 } } } };

    const result = stageConfigSchema.safeParse(input);

    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('submitApplicaton');
  });

  it('refuses a per-IP limit below the 10 WAF accepts', () => {
    const input = { ...stageSettings.prod, name: 'prod', edge: { ...stageSettings.prod.edge, publicRequestsPerIp: 5 } };

    const result = stageConfigSchema.safeParse(input);

    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['edge.publicRequestsPerIp']);
  });

  it('stops synth when a public route sits under the staff prefix, where the rate rule would spare it', () => {
    const exposed: Route = { ...staffRoute, name: 'exposedFixture', path: '/admin/open', caller: { kind: 'public' } };

    expect(() => synth('dev', { routes: [...routes, exposed] })).toThrow(/public route exposedFixture \(\/admin\/open\) is under \/admin\//);
  });
});
