import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { ValidationFailed } from '#shared/errors.js';
import { headerValue } from '../headers.js';
import { malformedJson, payloadTooLarge, unsupportedMediaType } from '../http-problem.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** A surrogate code unit without its pair: in `u` mode only an unpaired one is a code point of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Where the parsed body holds a string or a key that is not well-formed Unicode (a lone surrogate,
 * sent as `"\ud800"`): I-JSON (RFC 7493) forbids them, UTF-8 cannot store them, and an email, a
 * CSV cell or an etag would carry U+FFFD instead. A loop, not recursion: a body may nest 30,000 deep.
 */
const illFormedAt = (body: unknown): string | undefined => {
  const pending: Array<[unknown, string]> = [[body, 'body']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return path;
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return undefined;
};

/**
 * Parses a JSON body into `event.parsedBody`. Malformed JSON is a 400, another media type a 415,
 * an oversized body a 413, a lone surrogate in a string a 400: the client's mistakes, never a 500.
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
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw malformedJson(error instanceof Error ? error.message : 'Unparseable JSON.');
    }
    const illFormed = illFormedAt(parsed);
    if (illFormed) throw new ValidationFailed([{ path: illFormed, message: 'Not well-formed Unicode text: a lone surrogate (\\ud800-\\udfff) is not a character.' }]);
    event.parsedBody = parsed;
  },
});
