import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { headerValue } from '../http/headers.js';
import { HttpProblem, payloadTooLarge } from '../http/http-problem.js';
import { jsonBody } from '../http/middleware/json-body.js';

/** A token and its name, with room: the form sends nothing else. */
const LIMIT = 1024;
const FORM = 'application/x-www-form-urlencoded';

const unsupported = () =>
  new HttpProblem(415, '/problems/unsupported-media-type', 'Unsupported media type', `Send the body as one of ${FORM}, application/json.`, {}, {
    title: 'problem.unsupportedMediaType.title',
    detail: { key: 'problem.unsupportedMediaType.oneOf', values: { types: `${FORM}, application/json` } },
  });

/**
 * The acknowledgement's body into `event.parsedBody`: the page's plain HTML form posts it
 * URL-encoded (no script needed), a JSON client as JSON. Either becomes an object the body's
 * schema checks; a parameter given twice stays an array, which the schema refuses.
 */
export const acknowledgementBody = (): MiddlewareObj<APIGatewayProxyEvent & { parsedBody?: unknown }, APIGatewayProxyResult> => {
  const json = jsonBody(LIMIT);
  return {
    name: 'acknowledgementBody',
    before: async (request) => {
      const { event } = request;
      const mediaType = (headerValue(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (mediaType !== FORM) {
        if (!/^application\/(?:[\w.+-]+\+)?json$/.test(mediaType)) throw unsupported();
        await json.before?.(request);
        return;
      }
      const raw = event.body ?? '';
      const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
      if (Buffer.byteLength(text, 'utf8') > LIMIT) throw payloadTooLarge(LIMIT);
      const fields = new Map<string, string | string[]>();
      for (const [name, value] of new URLSearchParams(text)) {
        const before = fields.get(name);
        fields.set(name, before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value]);
      }
      // A Map, then fromEntries: `__proto__=x` stays an own field the strict schema refuses, never a prototype.
      event.parsedBody = Object.fromEntries(fields);
    },
  };
};
