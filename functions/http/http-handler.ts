import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import * as z from '#shared/zod.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { systemClock } from '#shared/time/clock.js';
import { readConfig } from '../config.js';
import { routes } from '../routes.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { jsonBody } from './middleware/json-body.js';
import { problemErrors } from './middleware/problem-errors.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { validateInput, type ValidatedInput } from './middleware/validate-input.js';

const { LOG_LEVEL } = readConfig(['LOG_LEVEL']);
const rootLogger = createLogger(LOG_LEVEL);

/**
 * How long before the function's deadline middy answers for a handler still running (a 503):
 * early enough that the answer, not Lambda's kill, reaches the client.
 */
const ANSWER_BEFORE_DEADLINE_MS = 500;

/** Without a schema, a route takes no query parameters and no path parameters. */
const NOTHING = z.strictObject({});
export type NoInput = typeof NOTHING;

export interface HttpHandlerSpec<P extends z.ZodMiniType, Q extends z.ZodMiniType, B extends z.ZodMiniType> {
  /** The route's name in functions/routes.ts. */
  name: string;
  path?: P;
  query?: Q;
  body?: B;
  bodyLimit?: number;
  /**
   * A route whose body is a file, not JSON: `rawBody(...)` of middleware/raw-body.ts, and `body`
   * then validates `{mediaType, bytes}` (rawBodySchema). Given here, so that only that route bundles it.
   */
  rawBody?: Middleware;
}

export interface HttpInput<P, Q, B> {
  path: P;
  query: Q;
  body: B;
  event: APIGatewayProxyEvent;
  context: Context;
  logger: Logger;
  /** When API Gateway received the request: the "now" every rule of this request is judged at. */
  now: Date;
  /**
   * Aborted once middy has answered for a handler about to time out (a 503): work that would
   * write after that answer should not start (shared/applications/submit.ts checks it).
   */
  signal: AbortSignal;
}

export interface StaffInput<P, Q, B> extends HttpInput<P, Q, B> {
  principal: StaffPrincipal;
}

type Event = APIGatewayProxyEvent & { parsedBody?: unknown; input?: ValidatedInput; principal?: StaffPrincipal };
type Middleware = MiddlewareObj<Event, APIGatewayProxyResult>;

const requestTime = (event: APIGatewayProxyEvent): Date => {
  const epoch = event.requestContext?.requestTimeEpoch;
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch) : systemClock.now();
};

export const routeNamed = (name: string) => {
  const route = routes.find((candidate) => candidate.name === name);
  if (!route) throw new Error(`No route is named ${name} in functions/routes.ts.`);
  return route;
};

/**
 * The chain every route runs. `access`, a staff route's check of its caller (staff-handler.ts),
 * comes before anything reads the request; passed in, so that a public route does not bundle it.
 */
export const compose = <P extends z.ZodMiniType, Q extends z.ZodMiniType, B extends z.ZodMiniType>(
  spec: HttpHandlerSpec<P, Q, B>,
  run: (input: HttpInput<z.output<P>, z.output<Q>, z.output<B>> & { principal?: StaffPrincipal }) => Promise<APIGatewayProxyResult>,
  access?: Middleware,
) => {
  const logger = rootLogger.child({ route: spec.name });
  const chain = middy<Event, APIGatewayProxyResult>({ timeoutEarlyInMillis: ANSWER_BEFORE_DEADLINE_MS })
    .use(requestLog(logger, spec.name))
    .use(securityHeaders())
    .use(problemErrors(logger));
  if (access) chain.use(access);
  if (spec.rawBody) chain.use(spec.rawBody);
  else if (spec.body) chain.use(jsonBody(spec.bodyLimit));
  chain.use(validateInput({ path: spec.path ?? NOTHING, query: spec.query ?? NOTHING, body: spec.body }));
  return chain.handler(async (event, context) => {
    const input = event.input as ValidatedInput;
    // This invocation's own signal, aborted when middy answers for it: middy's is one controller
    // for every handler of the process, so on the local stack (all routes in one process) one
    // request's timeout would abort all the others in flight.
    const abandoned = new AbortController();
    const remaining = context.getRemainingTimeInMillis?.();
    const timer = remaining === undefined ? undefined : setTimeout(() => abandoned.abort(), Math.max(0, remaining - ANSWER_BEFORE_DEADLINE_MS));
    try {
      return await run({
        signal: abandoned.signal,
        path: input.path as z.output<P>,
        query: input.query as z.output<Q>,
        body: input.body as z.output<B>,
        event,
        context,
        logger,
        now: requestTime(event),
        ...(event.principal ? { principal: event.principal } : {}),
      });
    } finally {
      clearTimeout(timer);
    }
  });
};

/**
 * A Lambda handler for one public API Gateway REST route: logs, security headers, problem+json
 * errors, JSON body parsing and zod validation in front; the route's own function gets typed input.
 */
export const httpHandler = <
  P extends z.ZodMiniType = typeof NOTHING,
  Q extends z.ZodMiniType = typeof NOTHING,
  B extends z.ZodMiniType = z.ZodMiniUndefined,
>(
  spec: HttpHandlerSpec<P, Q, B>,
  run: (input: HttpInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<APIGatewayProxyResult>,
) => {
  if (routeNamed(spec.name).caller.kind !== 'public') throw new Error(`${spec.name} is a staff route: use staffHandler.`);
  return compose(spec, run);
};
