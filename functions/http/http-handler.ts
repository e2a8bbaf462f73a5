import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import * as z from 'zod';
import { systemClock } from '#shared/time/clock.js';
import { readConfig } from '../config.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { jsonBody } from './middleware/json-body.js';
import { problemErrors } from './middleware/problem-errors.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { validateInput, type ValidatedInput } from './middleware/validate-input.js';

const { LOG_LEVEL } = readConfig(['LOG_LEVEL']);
const rootLogger = createLogger(LOG_LEVEL);

/** Without a schema, a route takes no query parameters and no path parameters. */
const NOTHING = z.strictObject({});

export interface HttpHandlerSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** The route's name in functions/routes.ts. */
  name: string;
  path?: P;
  query?: Q;
  body?: B;
  bodyLimit?: number;
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
}

type Event = APIGatewayProxyEvent & { parsedBody?: unknown; input?: ValidatedInput };

const requestTime = (event: APIGatewayProxyEvent): Date => {
  const epoch = event.requestContext?.requestTimeEpoch;
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch) : systemClock.now();
};

/**
 * A Lambda handler for one API Gateway REST route: logs, security headers, problem+json errors,
 * JSON body parsing and zod validation in front; the route's own function gets typed input.
 */
export const httpHandler = <
  P extends z.ZodType = typeof NOTHING,
  Q extends z.ZodType = typeof NOTHING,
  B extends z.ZodType = z.ZodUndefined,
>(
  spec: HttpHandlerSpec<P, Q, B>,
  run: (input: HttpInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<APIGatewayProxyResult>,
) => {
  const logger = rootLogger.child({ route: spec.name });
  const chain = middy<Event, APIGatewayProxyResult>()
    .use(requestLog(logger, spec.name))
    .use(securityHeaders())
    .use(problemErrors(logger));
  if (spec.body) chain.use(jsonBody(spec.bodyLimit));
  chain.use(validateInput({ path: spec.path ?? NOTHING, query: spec.query ?? NOTHING, body: spec.body }));
  return chain.handler(async (event, context) => {
    const input = event.input as ValidatedInput;
    return run({
      path: input.path as z.output<P>,
      query: input.query as z.output<Q>,
      body: input.body as z.output<B>,
      event,
      context,
      logger,
      now: requestTime(event),
    });
  });
};
