import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type { Route } from '#functions/routes.js';

export const LOCAL_STAGE = 'local';
const ACCOUNT = '000000000000';

/**
 * Name/value pairs as the objects of the event, built from Maps: a name such as `__proto__` or
 * `constructor` becomes an own key, as in the JSON event API Gateway sends, never the prototype.
 */
const collect = (pairs: Iterable<readonly [string, string]>) => {
  const single = new Map<string, string>();
  const multi = new Map<string, string[]>();
  for (const [name, value] of pairs) {
    single.set(name, value);
    multi.set(name, [...(multi.get(name) ?? []), value]);
  }
  return { single: Object.fromEntries(single) as Record<string, string>, multi: Object.fromEntries(multi) as Record<string, string[]>, any: single.size > 0 };
};

const rawHeaderPairs = function* (request: IncomingMessage): Generator<[string, string]> {
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) yield [request.rawHeaders[i] ?? '', request.rawHeaders[i + 1] ?? ''];
};

/** Header names keep the client's spelling, as API Gateway passes them; the last value wins in `headers`. */
const headersOf = (request: IncomingMessage) => {
  const { single, multi } = collect(rawHeaderPairs(request));
  return { headers: single, multiValueHeaders: multi };
};

const queryOf = (url: URL) => {
  const { single, multi, any } = collect(url.searchParams);
  return { queryStringParameters: any ? single : null, multiValueQueryStringParameters: any ? multi : null };
};

const textual = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|x-www-form-urlencoded|javascript))/i;

export interface RestEventInput {
  route: Route;
  request: IncomingMessage;
  url: URL;
  pathParameters: Record<string, string> | null;
  body: Buffer;
  now: Date;
  /** What the Cognito authorizer passed on, for a staff route. */
  claims?: Record<string, string>;
}

/** The REST API (payload 1.0) Lambda proxy event that API Gateway would send for this request. */
export const restProxyEvent = ({ route, request, url, pathParameters, body, now, claims }: RestEventInput): APIGatewayProxyEvent => {
  const { headers, multiValueHeaders } = headersOf(request);
  const contentType = request.headers['content-type'] ?? '';
  const binary = body.length > 0 && !textual.test(contentType);
  const requestId = randomUUID();
  const method = request.method ?? 'GET';
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders,
    ...queryOf(url),
    pathParameters,
    stageVariables: null,
    body: body.length === 0 ? null : binary ? body.toString('base64') : body.toString('utf8'),
    isBase64Encoded: binary,
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'local',
      authorizer: claims ? { claims } : null,
      domainName: request.headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      extendedRequestId: requestId,
      httpMethod: method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        user: null,
        userAgent: request.headers['user-agent'] ?? null,
        userArn: null,
      },
      path: `/${LOCAL_STAGE}${url.pathname}`,
      protocol: `HTTP/${request.httpVersion}`,
      requestId,
      requestTime: now.toUTCString(),
      requestTimeEpoch: now.getTime(),
      resourceId: route.name,
      resourcePath: route.path,
      stage: LOCAL_STAGE,
    },
  };
};

/** The Lambda context a function gets, with a deadline that `getRemainingTimeInMillis` counts down to. */
export const lambdaContext = (name: string, requestId: string, timeoutMs: number, region: string): Context => {
  const deadline = Date.now() + timeoutMs;
  const functionName = `secondment-hub-${LOCAL_STAGE}-${name}`;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
