import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import * as z from '#shared/zod.js';
import { headerValue } from '../headers.js';
import { HttpProblem, payloadTooLarge } from '../http-problem.js';

export interface RawBodyOptions {
  /** The most bytes accepted, counted after base64 decoding. */
  limit: number;
  /** The media types the route takes, without parameters (`text/csv`). */
  mediaTypes: readonly string[];
}

/** A body taken as it came: a file, not JSON. */
export interface RawBody {
  mediaType: string;
  bytes: Buffer;
}

/** The body schema of a raw-body route: the file must be there. */
export const rawBodySchema = z.strictObject({
  mediaType: z.string(),
  bytes: z.instanceof(Uint8Array).check(z.refine((bytes) => bytes.length > 0, 'Send the file as the request body.')),
});

const unsupported = (mediaTypes: readonly string[]) => {
  const types = mediaTypes.join(', ');
  return new HttpProblem(415, '/problems/unsupported-media-type', 'Unsupported media type', `Send the body as one of ${types}.`, {}, {
    title: 'problem.unsupportedMediaType.title',
    detail: { key: 'problem.unsupportedMediaType.oneOf', values: { types } },
  });
};

/**
 * Takes the body as bytes into `event.parsedBody` as `{mediaType, bytes}`: API Gateway passes a
 * binary media type base64-encoded (`isBase64Encoded`), a text one as it is. Another media type
 * is a 415, a body over the limit a 413, both before anything is decoded or parsed.
 */
export const rawBody = (options: RawBodyOptions): MiddlewareObj<APIGatewayProxyEvent & { parsedBody?: unknown }, APIGatewayProxyResult> => ({
  name: 'rawBody',
  before: ({ event }) => {
    const mediaType = (headerValue(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!options.mediaTypes.includes(mediaType)) throw unsupported(options.mediaTypes);
    const raw = event.body ?? '';
    // base64 is 4 characters for 3 bytes: a body that long cannot fit, whatever it decodes to.
    const upperBound = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
    if (upperBound > options.limit + 2) throw payloadTooLarge(options.limit);
    const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
    if (bytes.length > options.limit) throw payloadTooLarge(options.limit);
    event.parsedBody = { mediaType, bytes };
  },
});
