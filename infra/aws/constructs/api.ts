import { Duration, RemovalPolicy, Size, Stack } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  AuthorizationType,
  AwsIntegration,
  CognitoUserPoolsAuthorizer,
  type IAuthorizer,
  type Integration,
  type IResource,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
  type MethodOptions,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '#functions/routes.js';
import { acknowledgeNag } from '../nag.js';
import { capabilityOf, inMainStack } from '../route-capabilities.js';
import type { StageConfig } from '../stages.js';
import { CapabilityRoutes } from './capability-routes.js';
import { methodThrottling } from './method-throttling.js';
import { removalPolicyOf } from './removal.js';

export interface RouteFunction {
  route: Route;
  fn: IFunction;
}

export interface HubApiProps {
  stage: StageConfig;
  /** The route table: per-route throttles are stage settings of the deployment. */
  routes?: readonly Route[];
}

/**
 * API Gateway's own refusals (no such resource, throttled, bad token, too large) in the same
 * application/problem+json shape the handlers answer with, as the local gateway does.
 */
const gatewayProblems: Array<{ type: ResponseType; status?: string; title: string; problem: string }> = [
  { type: ResponseType.MISSING_AUTHENTICATION_TOKEN, status: '404', title: 'Not found', problem: 'gateway-404' },
  { type: ResponseType.UNAUTHORIZED, title: 'Sign-in required', problem: 'unauthorized' },
  { type: ResponseType.ACCESS_DENIED, title: 'Not allowed', problem: 'forbidden' },
  { type: ResponseType.THROTTLED, title: 'Too many requests', problem: 'throttled' },
  { type: ResponseType.REQUEST_TOO_LARGE, title: 'The body is too large', problem: 'payload-too-large' },
  { type: ResponseType.DEFAULT_4XX, title: 'Bad request', problem: 'gateway-4xx' },
  { type: ResponseType.DEFAULT_5XX, title: 'Temporarily unavailable', problem: 'gateway-5xx' },
];

const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: AccessLogField.contextRequestId(),
    extendedRequestId: AccessLogField.contextExtendedRequestId(),
    requestTime: AccessLogField.contextRequestTime(),
    httpMethod: AccessLogField.contextHttpMethod(),
    resourcePath: AccessLogField.contextResourcePath(),
    status: AccessLogField.contextStatus(),
    protocol: AccessLogField.contextProtocol(),
    responseLength: AccessLogField.contextResponseLength(),
    responseLatency: AccessLogField.contextResponseLatency(),
    integrationLatency: AccessLogField.contextIntegrationLatency(),
    errorMessage: AccessLogField.contextErrorMessage(),
    authorizerError: AccessLogField.contextAuthorizerError(),
  }),
);

/**
 * Request and answer bodies API Gateway passes as bytes (base64 in the Lambda event) rather than
 * as UTF-8 text: the XLSX an HR officer imports, and the selection report's PDF. CSV is text and needs no entry; for an answer,
 * API Gateway decodes a base64 body only when the request's first Accept type is listed here.
 */
export const BINARY_MEDIA_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'];

/**
 * The REST API (Lambda proxy integrations, so handlers get payload 1.0 events as they do
 * locally), built from the route table: a resource and method per route, on the function that
 * serves it, in this stack for today's capabilities and in a nested stack per capability for the
 * others (route-capabilities.ts).
 */
export class HubApi extends Construct {
  readonly restApi: RestApi;
  private readonly stageName: string;
  private authorizer?: CognitoUserPoolsAuthorizer;
  /** The role API Gateway invokes the route functions with, made with the first route. */
  private invoker?: Role;
  private readonly invoked = new Set<IFunction>();
  /** The path resources each capability's nested stack has made, by full path: two must never make the same one. */
  private readonly nestedResources = new Map<string, string>();

  constructor(scope: Construct, id: string, props: HubApiProps) {
    super(scope, id);
    const { stage } = props;
    this.stageName = stage.name;

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: stage.logRetentionDays,
      removalPolicy: removalPolicyOf(stage),
    });

    this.restApi = new RestApi(this, 'RestApi', {
      // The 5xx alarm's ApiName dimension; without it every stage's API is called `RestApi`.
      restApiName: `secondment-hub-${stage.name}`,
      description: `secondment-hub ${stage.name}`,
      // The form page inlines its script: gzip takes it to about a third.
      minCompressionSize: Size.kibibytes(1),
      binaryMediaTypes: BINARY_MEDIA_TYPES,
      deployOptions: {
        stageName: stage.name,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        // Execution logs of failures only (cdk-nag APIG6), never bodies: requests carry personal data.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogFormat,
        throttlingRateLimit: stage.throttling.rateLimit,
        throttlingBurstLimit: stage.throttling.burstLimit,
        methodOptions: methodThrottling(stage, props.routes ?? []),
      },
      // Only a stage that owns its account sets the account's one logging role (stages.ts).
      cloudWatchRole: stage.manageApiGatewayAccountRole,
      // Other APIs of the account log through this role too: deleting a stack must not cut them off
      // (a rolled-back first deploy still removes it, as removal.ts explains).
      ...(stage.manageApiGatewayAccountRole ? { cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE } : {}),
    });

    acknowledgeNag(
      this.restApi,
      { id: 'AwsSolutions-APIG2', reason: 'Every handler validates its request with the zod schema from shared/ (one schema, also used by the browser); a second, drifting copy as API Gateway models would add nothing.' },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason: "API Gateway's logging role is one per account and region (AWS::ApiGateway::Account) and serves every API there, so it cannot name our log groups; created only where the stage manages it.",
      },
    );

    for (const { type, status, title, problem } of gatewayProblems) {
      this.restApi.addGatewayResponse(`Problem${type.responseType}`, {
        type,
        ...(status ? { statusCode: status } : {}),
        responseHeaders: { 'Content-Type': "'application/problem+json'", 'Cache-Control': "'no-store'" },
        templates: {
          'application/json': `{"type":"/problems/${problem}","title":"${title}","status":$context.error.statusCode,"detail":$context.error.messageString,"instance":"$context.requestId"}`,
        },
      });
    }
  }

  /**
   * A resource and method per route, each proxied to its function; `userPool` signs staff in,
   * and its authorizer guards exactly the `staff` routes. The routes of today's capabilities get
   * theirs in this stack; every other capability's go into a nested stack of its own
   * (route-capabilities.ts says why), built once this stack's resource tree is complete.
   */
  addRoutes(routes: readonly RouteFunction[], userPool: IUserPool): void {
    // No CORS on the API: the pages that call it are served by it, from the same origin.
    for (const { route, fn } of routes.filter(({ route }) => inMainStack(route))) {
      this.addRouteMethod(this.restApi.root.resourceForPath(route.path), route, fn, () => this.staffAuthorizer(userPool));
    }
    const nested = routes.filter(({ route }) => !inMainStack(route));
    for (const capability of new Set(nested.map(({ route }) => capabilityOf(route)))) {
      this.addCapabilityRoutes(capability, nested.filter(({ route }) => capabilityOf(route) === capability));
    }
  }

  private addCapabilityRoutes(capability: string, routes: readonly RouteFunction[]): void {
    const stack = new CapabilityRoutes(this, `${capability}Routes`, { api: this.restApi, capability });
    // Staff routes take the main stack's authorizer by id: CDK attaches an Authorizer object to one RestApi object only.
    const authorizer = (): IAuthorizer => {
      if (!this.authorizer) throw new Error(`The staff routes of ${capability} need the authorizer, which the main stack makes with its own staff routes.`);
      return { authorizerId: this.authorizer.authorizerId, authorizationType: AuthorizationType.COGNITO };
    };
    for (const { route, fn } of routes) {
      const { resource, created } = stack.resourceFor(route.path);
      for (const path of created) {
        const owner = this.nestedResources.get(path);
        if (owner !== undefined && owner !== capability) {
          throw new Error(
            `The nested stacks of capabilities "${owner}" and "${capability}" would both create the API resource ${path} (route ${route.name}, ${route.method} ${route.path}); API Gateway refuses the second. Put one capability's routes under a path of its own.`,
          );
        }
        this.nestedResources.set(path, capability);
      }
      this.addRouteMethod(resource, route, fn, authorizer);
      // The stage's deployment must change when a nested route does, and follow the nested stack's update.
      const deployment = this.restApi.latestDeployment;
      deployment?.addToLogicalId({ nestedRoute: { capability, method: route.method, path: route.path, caller: route.caller.kind, function: fn.node.path } });
      deployment?.node.addDependency(stack);
    }
  }

  /** The method of one route, the same wherever its resource lives (this stack or a capability's). */
  private addRouteMethod(resource: IResource, route: Route, fn: IFunction, staffAuthorizer: () => IAuthorizer): void {
    const method = resource.addMethod(route.method, this.integrationWith(fn), this.methodOptions(route, staffAuthorizer));
    if (route.caller.kind === 'public') {
      const reason = `${route.method} ${route.path} is public by design (applicants and pages need no account); staff routes carry the Cognito authorizer, and the WAF's rate rule guards public ones.`;
      acknowledgeNag(method, { id: 'AwsSolutions-APIG4', reason }, { id: 'AwsSolutions-COG4', reason });
    }
  }

  /**
   * A Lambda proxy integration that API Gateway calls with the API's own role, which may invoke the
   * route functions and nothing else. No resource policy on each function (a `Lambda::Permission`
   * per function or per method): a route costs its method only (docs/architecture.md). The role is
   * assumed for the API's integrations, not for the console's test calls of a method.
   */
  private integrationWith(fn: IFunction): Integration {
    this.invoker ??= new Role(this, 'Invoker', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: 'API Gateway invoking the route functions',
    });
    if (!this.invoked.has(fn)) {
      this.invoked.add(fn);
      // The function itself, not `:*` (its versions and aliases) as fn.grantInvoke would add: none is used.
      this.invoker.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
    }
    return new AwsIntegration({
      proxy: true,
      service: 'lambda',
      path: `2015-03-31/functions/${fn.functionArn}/invocations`,
      options: { credentialsRole: this.invoker },
    });
  }

  /**
   * The URL of a page at the API's own address. Built from the API's id, not from its deployed
   * stage (`restApi.urlForPath`), so that what the functions depend on may name it without a cycle.
   */
  pageUrl(path: string): string {
    return `${this.origin}/${this.stageName}${path}`;
  }

  /**
   * The origin the pages have when served at the API's own address (no custom domain), built from
   * the API's id only: the documents bucket's CORS names it, and the API depends on nothing of the bucket.
   */
  get origin(): string {
    const { region, urlSuffix } = Stack.of(this);
    return `https://${this.restApi.restApiId}.execute-api.${region}.${urlSuffix}`;
  }

  private methodOptions(route: Route, staffAuthorizer: () => IAuthorizer): MethodOptions {
    if (route.caller.kind === 'public') return { authorizationType: AuthorizationType.NONE };
    // The authorizer checks the token; the handler checks `route.caller.groups` (and an NCB's country).
    return { authorizationType: AuthorizationType.COGNITO, authorizer: staffAuthorizer() };
  }

  /** The staff routes' Cognito authorizer, made with the first staff route: an authorizer attached to no method fails synth. */
  private staffAuthorizer(userPool: IUserPool): CognitoUserPoolsAuthorizer {
    this.authorizer ??= new CognitoUserPoolsAuthorizer(this, 'StaffAuthorizer', {
      cognitoUserPools: [userPool],
      identitySource: 'method.request.header.Authorization',
      resultsCacheTtl: Duration.minutes(5),
    });
    return this.authorizer;
  }
}
