import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { headerValue } from '../headers.js';
import { malformedJson, payloadTooLarge, unsupportedMediaType } from '../http-problem.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Parses a JSON body into `event.parsedBody`. Malformed JSON is a 400, another media type a 415,
 * an oversized body a 413: the client's mistakes, never a 500.
 */
export const jsonBody = (
  limit = DEFAULT_BODY_LIMIT,
): MiddlewareObj<APIGatewayProxyEvent & { parsedBody?: unknown }, APIGatewayProxyResult> => ({
  name: 'jsonBody',
  before: (request) => {
    const { event } = request;
    const raw = event.body ?? '';
    const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    if (Buffer.byteLength(text, 'utf8') > limit) throw payloadTooLarge(limit);
    const contentType = headerValue(event, 'content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) throw unsupportedMediaType();
    try {
      event.parsedBody = JSON.parse(text);
    } catch (error) {
      throw malformedJson(error instanceof Error ? error.message : 'Unparseable JSON.');
    }
  },
});
