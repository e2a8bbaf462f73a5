import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  LambdaIntegration,
  LogGroupLogDestination,
  RestApi,
  type MethodOptions,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { HttpMethod, Route } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

export interface RouteFunction {
  route: Route;
  fn: IFunction;
}

export interface HubApiProps {
  stage: StageConfig;
  routes: readonly RouteFunction[];
  /** Signs staff in; its authorizer guards exactly the `staff` routes. */
  userPool: IUserPool;
}

/** Request headers the browser pages send; everything else is refused at preflight. */
const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Idempotency-Key'];

const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: AccessLogField.contextRequestId(),
    extendedRequestId: AccessLogField.contextExtendedRequestId(),
    requestTime: AccessLogField.contextRequestTime(),
    ip: AccessLogField.contextIdentitySourceIp(),
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
 * The REST API (Lambda proxy integrations, so handlers get payload 1.0 events as they do
 * locally), built from the route table: a resource and method per route, each on its own function.
 */
export class HubApi extends Construct {
  readonly restApi: RestApi;
  private authorizer?: CognitoUserPoolsAuthorizer;

  constructor(scope: Construct, id: string, props: HubApiProps) {
    super(scope, id);
    const { stage } = props;

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: stage.logRetentionDays,
      removalPolicy: removalPolicyOf(stage),
    });

    this.restApi = new RestApi(this, 'RestApi', {
      description: `secondment-hub ${stage.name}`,
      deployOptions: {
        stageName: stage.name,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat,
        throttlingRateLimit: stage.throttling.rateLimit,
        throttlingBurstLimit: stage.throttling.burstLimit,
      },
      cloudWatchRole: stage.manageApiGatewayAccountRole,
      // Other APIs of the account log through this role too: deleting a stack must not cut them off.
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
    });

    const methodsByPath = new Map<string, HttpMethod[]>();
    for (const { route, fn } of props.routes) {
      this.restApi.root
        .resourceForPath(route.path)
        .addMethod(route.method, new LambdaIntegration(fn, { allowTestInvoke: false }), this.methodOptions(route, props.userPool));
      methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
    }

    for (const [path, methods] of methodsByPath) {
      this.restApi.root.resourceForPath(path).addCorsPreflight({
        allowOrigins: stage.allowedOrigins,
        allowMethods: methods,
        allowHeaders: ALLOWED_HEADERS,
        maxAge: Duration.hours(1),
      });
    }
  }

  private methodOptions(route: Route, userPool: IUserPool): MethodOptions {
    if (route.caller.kind === 'public') return { authorizationType: AuthorizationType.NONE };
    // Created with the first staff route: an authorizer attached to no method fails synth.
    this.authorizer ??= new CognitoUserPoolsAuthorizer(this, 'StaffAuthorizer', {
      cognitoUserPools: [userPool],
      identitySource: 'method.request.header.Authorization',
      resultsCacheTtl: Duration.minutes(5),
    });
    // The authorizer checks the token; the handler checks `route.caller.groups` (and an NCB's country).
    return { authorizationType: AuthorizationType.COGNITO, authorizer: this.authorizer };
  }
}
