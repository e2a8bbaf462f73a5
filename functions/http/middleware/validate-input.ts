import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type * as z from '#shared/zod.js';
import { ValidationFailed, type FieldIssue } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import type { Translator } from '#shared/i18n/translator.js';
import { fieldMessage, issueMessage } from '#shared/i18n/validation.js';
import { requestLanguage } from '../request-language.js';

export interface InputSchemas {
  path?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
}

export interface ValidatedInput {
  path: unknown;
  query: unknown;
  body: unknown;
}

type Event = APIGatewayProxyEvent & { parsedBody?: unknown; input?: ValidatedInput };

/** Each issue at its path, said in the request's language (shared/i18n/validation.ts; English: the schema's words). */
const issuesOf = (where: string, error: z.core.$ZodError, t: Translator): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issueMessage(issue, t),
  }));

/** A query string as an object; a parameter given twice is refused rather than silently picked. */
const queryObject = (event: APIGatewayProxyEvent): { value: Record<string, string>; repeated: string[] } => {
  const repeated: string[] = [];
  const multi = event.multiValueQueryStringParameters ?? {};
  const entries = Object.entries(event.queryStringParameters ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
  for (const [key] of entries) if ((Object.hasOwn(multi, key) ? (multi[key]?.length ?? 1) : 1) > 1) repeated.push(key);
  // fromEntries, not assignment: `?__proto__=x` stays an own key the strict schema refuses, never a prototype.
  return { value: Object.fromEntries(entries), repeated };
};

/** Validates path, query and body with the shared zod schemas, once, at the edge. */
export const validateInput = (schemas: InputSchemas): MiddlewareObj<Event, APIGatewayProxyResult> => ({
  name: 'validateInput',
  before: (request) => {
    const { event } = request;
    const issues: FieldIssue[] = [];
    const t = validationTranslatorFor(requestLanguage(event));
    const check = (where: keyof InputSchemas, raw: unknown): unknown => {
      const schema = schemas[where];
      if (!schema) return undefined;
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      issues.push(...issuesOf(where, result.error, t));
      return undefined;
    };
    const query = queryObject(event);
    for (const key of query.repeated) issues.push({ path: `query.${key}`, message: fieldMessage('Give this parameter once.', t) });
    event.input = {
      path: check('path', event.pathParameters ?? {}),
      query: check('query', query.value),
      body: check('body', event.parsedBody),
    };
    if (issues.length > 0) throw new ValidationFailed(issues);
  },
});
