import type { ProblemKey, ProblemMessage } from '#shared/errors.js';

/** A transport problem's title and detail in the catalogues, said in the request's language (English keeps `title` and `detail`). */
export interface HttpProblemTranslation {
  title: ProblemKey;
  detail: ProblemMessage;
}

/**
 * A transport-level failure (malformed JSON, wrong media type, body too large, an unavailable
 * dependency): middy's `statusCode` + `expose` convention. Domain rules use shared/errors.ts.
 */
export class HttpProblem extends Error {
  readonly expose: boolean;
  constructor(
    readonly statusCode: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
    readonly translation?: HttpProblemTranslation,
  ) {
    super(detail);
    this.expose = statusCode < 500 || statusCode === 503;
  }
}

// The parser's own words stay in English's detail; the other languages say the body is no JSON.
export const malformedJson = (detail: string) =>
  new HttpProblem(400, '/problems/malformed-json', 'The body is not valid JSON', detail, {}, {
    title: 'problem.malformedJson.title',
    detail: { key: 'problem.malformedJson.detail' },
  });
export const unsupportedMediaType = () =>
  new HttpProblem(415, '/problems/unsupported-media-type', 'Unsupported media type', 'Send the body as application/json.', {}, {
    title: 'problem.unsupportedMediaType.title',
    detail: { key: 'problem.unsupportedMediaType.json' },
  });
export const payloadTooLarge = (limit: number) =>
  new HttpProblem(413, '/problems/payload-too-large', 'The body is too large', `The body may be at most ${limit} bytes.`, {}, {
    title: 'problem.payloadTooLarge.title',
    detail: { key: 'problem.payloadTooLarge.detail', values: { limit } },
  });
/**
 * A dependency did not answer (in time). It may have taken a write before it stopped answering,
 * so the answer promises no "nothing changed": it says how to retry safely instead.
 */
export const serviceUnavailable = () =>
  new HttpProblem(
    503,
    '/problems/service-unavailable',
    'Temporarily unavailable',
    'A service this request needs did not answer. Send the same request again in a moment: a submission with the same Idempotency-Key, or an edit at the same version, is never applied twice.',
    { 'Retry-After': '2' },
    { title: 'problem.serviceUnavailable.title', detail: { key: 'problem.serviceUnavailable.detail' } },
  );
