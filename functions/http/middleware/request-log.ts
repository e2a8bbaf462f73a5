import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { Logger } from '../../observability/logger.js';

/**
 * One log line per request with the request id, the route template (never the raw path or
 * query, which may carry personal data), the status and the duration.
 */
export const requestLog = (
  logger: Logger,
  routeName: string,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  const started = new WeakMap<object, number>();
  const finish = (request: { event: APIGatewayProxyEvent; context: { awsRequestId: string }; response: APIGatewayProxyResult | null }) => {
    const begin = started.get(request.event) ?? performance.now();
    logger.info('request', {
      route: routeName,
      method: request.event.httpMethod,
      resource: request.event.resource,
      requestId: request.event.requestContext?.requestId ?? request.context.awsRequestId,
      status: request.response?.statusCode,
      durationMs: Math.round((performance.now() - begin) * 10) / 10,
    });
  };
  return {
    name: 'requestLog',
    before: (request) => {
      started.set(request.event, performance.now());
    },
    after: finish,
    // The error middleware runs first on the way out and turns the error into a response.
    onError: finish,
  };
};
