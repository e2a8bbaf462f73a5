import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, schedules, type Route } from '#functions/routes.js';
import { loadStage, type StageName } from '#infra/aws/stages.js';
import { nestedPublicRoute, nestedStaffRoute, staffRoute } from './fixtures.js';
import { apiMethods, asList, jobsStackOf, resourcesOf, roleStatements, routeFunctionLogicalId, synth, type ApiMethod, type Synthesized } from './synth.js';

/** The same route as `nestedStaffRoute` (caller, grants) in a capability of the main stack. */
const mainStackTwin: Route = { ...nestedStaffRoute, name: 'nestedStaffTwinFixture', path: '/fixtures/nested-twin/{id}', handler: 'vacancies/list-vacancies' };
const nestedRoutes: readonly Route[] = [nestedStaffRoute, nestedPublicRoute];
const routesWithStaff: readonly Route[] = [...routes, staffRoute, ...nestedRoutes, mainStackTwin];

const methodFor = (methods: ApiMethod[], route: Route): ApiMethod | undefined =>
  methods.find((m) => m.httpMethod === route.method && m.path === route.path);

describe.each<StageName>(['dev', 'prod'])('the %s API', (stageName) => {
  let synthesized: Synthesized;
  let methods: ApiMethod[];

  beforeAll(() => {
    synthesized = synth(stageName, { routes: routesWithStaff });
    // Every stack's methods: the main stack's and those of each capability's nested stack.
    methods = apiMethods(synthesized);
  });

  it.each(routes.map((r) => [r.name, r]))('serves route %s from a Node 22 arm64 function with its memory and timeout', (_name, route) => {
    const { stack, template } = synthesized;

    const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)];

    expect(fn).toMatchObject({
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: route.limits?.memoryMb ?? 512,
        Timeout: route.limits?.timeoutSeconds ?? 10,
        Handler: 'index.handler',
      },
    });
  });

  it.each([...routes, ...nestedRoutes].map((r) => [r.name, r]))('serves route %s at its method and path, proxied to its function', (_name, route) => {
    const { stack } = synthesized;

    const method = methodFor(methods, route);

    expect(method).toBeDefined();
    expect(method?.integration.Type).toBe('AWS_PROXY');
    expect(JSON.stringify(method?.integration.Uri)).toContain(`"${routeFunctionLogicalId(stack, route)}","Arn"`);
  });

  it("has API Gateway invoke the route functions with one role of the API's, which may invoke those functions and nothing else", () => {
    const { stack, template } = synthesized;
    const roles = Object.entries(resourcesOf(template, 'AWS::IAM::Role')).filter(([, role]) =>
      JSON.stringify(role.Properties?.AssumeRolePolicyDocument).includes('apigateway.amazonaws.com'),
    );
    const invokers = roles.filter(([id]) => id.startsWith('ApiInvoker'));
    const [invokerId] = invokers[0] ?? [''];
    const functionIds = [...new Set(routesWithStaff.map((route) => routeFunctionLogicalId(stack, route)))].sort();

    const statements = roleStatements(template, invokerId);
    const apiPermissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission')).filter((p) => p.Properties?.Principal === 'apigateway.amazonaws.com');

    expect(invokers).toHaveLength(1);
    expect(statements.map((s) => [s.Effect, s.Action])).toEqual([['Allow', 'lambda:InvokeFunction']]);
    expect(asList(statements[0]?.Resource).map((r) => (r as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt']).sort()).toEqual(
      functionIds.map((id) => [id, 'Arn']),
    );
    for (const method of methods) expect(method.integration.Credentials, `${method.httpMethod} ${method.path}`).toEqual({ 'Fn::GetAtt': [invokerId, 'Arn'] });
    // No resource policy on a function lets API Gateway in: not the console's test calls, not another API.
    expect(apiPermissions).toEqual([]);
  });

  it('has no other methods than the routes and their CORS preflights', () => {
    const served = methods.filter((m) => m.httpMethod !== 'OPTIONS').map((m) => `${m.httpMethod} ${m.path}`);

    expect(served.sort()).toEqual(routesWithStaff.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('leaves every public route open to anyone (AuthorizationType NONE, no authorizer)', () => {
    const publicRoutes = routesWithStaff.filter((r) => r.caller.kind === 'public');

    const guards = publicRoutes.map((route) => methodFor(methods, route));

    expect(publicRoutes.length).toBeGreaterThan(0);
    for (const method of guards) {
      expect(method?.authorizationType).toBe('NONE');
      expect(method?.authorizerId).toBeUndefined();
    }
  });

  it('puts the staff user pool authorizer on every staff route, and on no public one', () => {
    const { template } = synthesized;
    const authorizers = Object.entries(resourcesOf(template, 'AWS::ApiGateway::Authorizer'));
    const [authorizerId, authorizer] = authorizers[0] ?? [];
    const [userPoolId] = Object.keys(resourcesOf(template, 'AWS::Cognito::UserPool'));
    const staffRoutes = routesWithStaff.filter((r) => r.caller.kind === 'staff');

    const guarded = methods.filter((m) => m.authorizerId !== undefined);

    expect(authorizers).toHaveLength(1);
    expect(authorizer?.Properties).toMatchObject({
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [userPoolId, 'Arn'] }],
    });
    expect(staffRoutes.length).toBeGreaterThan(1);
    expect(guarded.map((m) => `${m.httpMethod} ${m.path}`).sort()).toEqual(staffRoutes.map((r) => `${r.method} ${r.path}`).sort());
    for (const method of guarded) {
      expect(method).toMatchObject({ authorizationType: 'COGNITO_USER_POOLS', authorizerId: { Ref: authorizerId } });
    }
  });

  it('asks staff routes for no OAuth scope, so the authorizer takes the ID token the grid page sends', () => {
    const scoped = synthesized.stacks.flatMap(({ template }) =>
      Object.values(resourcesOf(template, 'AWS::ApiGateway::Method')).filter((m) => m.Properties?.AuthorizationScopes !== undefined),
    );

    // With scopes, a REST Cognito authorizer accepts only access tokens, which carry no email or country.
    expect(scoped).toEqual([]);
  });

  it("puts a route of a new capability in its capability's nested stack, with the authorizer, invoker role and function it would have in the main stack", () => {
    const { template, nested } = synthesized;
    const inNested = methodFor(methods, nestedStaffRoute);
    const twin = methodFor(methods, mainStackTwin);
    const [capabilityStack] = nested.filter((stack) => stack.capability === 'nested-fixture');

    expect(inNested?.capability).toBe('nested-fixture');
    expect(twin?.capability).toBeUndefined();
    expect(inNested && { ...inNested, logicalId: '', path: '', capability: undefined }).toEqual(twin && { ...twin, logicalId: '', path: '' });
    expect(Object.keys(capabilityStack?.template.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'GET' } }) ?? {})).toContain(inNested?.logicalId);
    expect(apiMethods(template).filter((m) => m.path.includes('nested-fixture'))).toEqual([]);
  });

  it('passes the imported XLSX and the selection report’s PDF as bytes: their media types are binary for the REST API', () => {
    synthesized.template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      BinaryMediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
    });
  });

  it('names its stage after the deployment, logs access as JSON and throttles with the stage settings', () => {
    const { template } = synthesized;
    const { throttling } = loadStage(stageName, {});

    const [stage] = Object.values(resourcesOf(template, 'AWS::ApiGateway::Stage'));
    const format = JSON.parse(String((stage?.Properties?.AccessLogSetting as { Format: string }).Format)) as Record<string, string>;

    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: stageName,
      AccessLogSetting: { DestinationArn: Match.anyValue() },
      // The stage-wide setting; routes with their own throttle (test/infra/edge.test.ts) come beside it.
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          ResourcePath: '/*',
          HttpMethod: '*',
          ThrottlingRateLimit: throttling.rateLimit,
          ThrottlingBurstLimit: throttling.burstLimit,
        }),
      ]),
    });
    const settings = (stage?.Properties?.MethodSettings ?? []) as Array<{ LoggingLevel?: string; DataTraceEnabled?: boolean }>;
    // Every method logs errors only, never request or response bodies (they carry personal data).
    expect(settings.every((setting) => setting.LoggingLevel === 'ERROR' && setting.DataTraceEnabled !== true)).toBe(true);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });

  it('has no CORS preflight: the pages that call the API are served from its own origin', () => {
    expect(methods.filter((m) => m.httpMethod === 'OPTIONS')).toEqual([]);
  });

  it('answers API Gateway’s own refusals as application/problem+json, unknown paths as 404', () => {
    const responses = Object.values(resourcesOf(synthesized.template, 'AWS::ApiGateway::GatewayResponse'));
    const byType = new Map(responses.map((r) => [String(r.Properties?.ResponseType), r.Properties ?? {}]));

    for (const type of ['MISSING_AUTHENTICATION_TOKEN', 'UNAUTHORIZED', 'ACCESS_DENIED', 'THROTTLED', 'DEFAULT_4XX', 'DEFAULT_5XX']) {
      expect(byType.get(type)?.ResponseParameters, type).toMatchObject({
        'gatewayresponse.header.Content-Type': "'application/problem+json'",
      });
    }
    expect(byType.get('MISSING_AUTHENTICATION_TOKEN')?.StatusCode).toBe('404');
  });

  it("makes exactly one schedule per entry of the schedule table, in the jobs' nested stack", () => {
    jobsStackOf(synthesized).template.resourceCountIs('AWS::Scheduler::Schedule', schedules.length);
    synthesized.template.resourceCountIs('AWS::Scheduler::Schedule', 0);
  });

  it('outputs the API URL, table name, bucket name, user pool id, sign-in URL, app client id and email configuration set', () => {
    const { template } = synthesized;

    const outputs = Object.keys(template.toJSON().Outputs as Record<string, unknown>);

    expect(outputs.sort()).toEqual(['ApiUrl', 'DocumentsBucketName', 'EmailConfigurationSet', 'StaffClientId', 'StaffSignInUrl', 'TableName', 'UserPoolId']);
  });

  it('gives the staff user pool the five groups (HR, NCB, admin, selection panel, force approvers), a country and a force attribute and required TOTP MFA, without self sign-up', () => {
    const { template } = synthesized;

    const groups = Object.values(resourcesOf(template, 'AWS::Cognito::UserPoolGroup')).map((g) => g.Properties?.GroupName);

    expect(groups.sort()).toEqual(['admin', 'force', 'hr', 'ncb', 'panel']);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true }) },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'country', AttributeDataType: 'String' }), Match.objectLike({ Name: 'force', AttributeDataType: 'String', Mutable: true })]),
    });
  });
});
