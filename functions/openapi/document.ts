/**
 * The OpenAPI 3.1 document of the HTTP API, built from the route table (functions/routes.ts), the
 * shared zod schemas (zod's own JSON Schema output) and operations.ts. Served at GET /openapi.json
 * and, as a page, at GET /docs.
 */
import * as z from '#shared/zod.js';
import { idempotencyKeySchema } from '#shared/applications/submit.js';
import { vacancySchema } from '#shared/vacancies/schema.js';
import { acknowledgementAnswerSchema } from '#shared/circulars/acknowledge.js';
import { circularCountsSchema } from '#shared/circulars/counts.js';
import { languages } from '#shared/i18n/languages.js';
import { problemTypes } from '../http/problem-types.js';
import type { Route } from '../routes.js';
import { answerSchemas, type JsonSchema } from './answer-schemas.js';
import { operationsFor, type Operation } from './operations.js';
import { receivingProfile, type OrganisationProfile } from '#shared/profiles/profile.js';

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, Record<string, unknown>>> };

/** Input as the client sends it (before defaults and transforms); anything zod cannot say becomes `{}`. */
const jsonSchemaOf = (schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** Problems of the HTTP layer itself (functions/http/, the gateway), beside the domain's. */
const httpProblems = {
  'malformed-json': { type: '/problems/malformed-json', title: 'The body is not valid JSON', status: 400 },
  'payload-too-large': { type: '/problems/payload-too-large', title: 'The body is too large', status: 413 },
  'unsupported-media-type': { type: '/problems/unsupported-media-type', title: 'Unsupported media type', status: 415 },
  throttled: { type: '/problems/throttled', title: 'Too many requests', status: 429 },
  internal: { type: '/problems/internal', title: 'Internal error', status: 500 },
  'service-unavailable': { type: '/problems/service-unavailable', title: 'Temporarily unavailable', status: 503 },
} as const;

type ProblemKind = keyof typeof problemTypes | keyof typeof httpProblems;
const allProblems: Record<ProblemKind, { type: string; title: string; status: number }> = { ...problemTypes, ...httpProblems };

/**
 * The problems a route may give whatever it does: its input refused (a route without parameters
 * refuses any, functions/http/http-handler.ts), its caller refused, a dependency away.
 */
const commonProblems = (route: Route, operation: Operation): ProblemKind[] => [
  'validation',
  ...(operation.body && !('mediaTypes' in operation.body) ? (['malformed-json'] as const) : []),
  ...(operation.body ? (['payload-too-large', 'unsupported-media-type'] as const) : []),
  ...(route.caller.kind === 'staff' ? (['unauthorized', 'forbidden'] as const) : []),
  ...(operation.statusToken ? (['unauthorized'] as const) : []),
  'throttled',
  'internal',
  'service-unavailable',
];

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'A fresh random value per submission (a UUID will do): a retry with the same key and body gets the first answer; the same key with another body is 422 idempotency-key-reused.',
  schema: jsonSchemaOf(idempotencyKeySchema),
  example: '6f1c2a0e-5b7d-4d8e-9a21-3c4b5d6e7f80',
};

const parameters = (where: 'path' | 'query', schema: z.ZodMiniType | undefined): Record<string, unknown>[] => {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    schema: property,
  }));
};

const requestBody = (operation: Operation): Record<string, unknown> | undefined => {
  const { body } = operation;
  if (!body) return undefined;
  if ('mediaTypes' in body) {
    return { required: true, content: Object.fromEntries(body.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) };
  }
  const example = operation.bodyExample === undefined ? {} : { example: operation.bodyExample };
  return { required: true, content: { 'application/json': { schema: jsonSchemaOf(body), ...example } } };
};

/** A validation problem's words (title, detail, each error's message) are in the request's language, which this header names. */
const PROBLEM_LANGUAGE = {
  description:
    'The language of the problem’s title, detail and errors: the body’s `language` when it is one of ar, en, fr, es, else the best of them the Accept-Language header accepts, else en (also for the few staff-only problems written in English alone).',
  schema: { type: 'string', enum: [...languages] },
};

const problemContent = (kinds: readonly ProblemKind[]) => ({
  'application/problem+json': {
    schema: { $ref: '#/components/schemas/Problem' },
    examples: Object.fromEntries(
      kinds.map((kind) => {
        const { type, title, status } = allProblems[kind];
        return [kind, { summary: title, value: { type, title, status, detail: title + '.' } }];
      }),
    ),
  },
});

const responses = (route: Route, operation: Operation): Record<string, unknown> => {
  const answers: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(operation.answers)) {
    answers[status] =
      'html' in answer
        ? { description: answer.html, content: { 'text/html': { schema: { type: 'string' } } } }
        : 'empty' in answer
          ? // No body, so no content (204).
            { description: answer.empty }
          : 'file' in answer
          ? {
            description: answer.description,
            content: Object.fromEntries([answer.file, ...(answer.alsoAs ?? [])].map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
          }
          : {
            description: answer.description,
            content: {
              'application/json': {
                schema: { $ref: `#/components/schemas/${answer.schema}` },
                ...(answer.example === undefined ? {} : { example: answer.example }),
              },
            },
          };
  }
  const byStatus = new Map<number, ProblemKind[]>();
  for (const kind of new Set([...(operation.problems ?? []), ...commonProblems(route, operation)])) {
    const { status } = allProblems[kind];
    byStatus.set(status, [...(byStatus.get(status) ?? []), kind]);
  }
  for (const [status, kinds] of [...byStatus].sort(([a], [b]) => a - b)) {
    answers[String(status)] = {
      description: kinds.map((kind) => allProblems[kind].title).join('; '),
      // Every problem the functions answer is said in the request's language (functions/http/middleware/problem-errors.ts); a 429 is the gateway's.
      ...(kinds.some((kind) => kind !== 'throttled') ? { headers: { 'Content-Language': PROBLEM_LANGUAGE } } : {}),
      content: problemContent(kinds),
    };
  }
  return answers;
};

const security = (route: Route, operation: Operation): Record<string, unknown> =>
  route.caller.kind === 'staff'
    ? { security: [{ staffIdToken: [] }], 'x-staff-groups': [...route.caller.groups] }
    : operation.statusToken
      ? { security: [{ statusToken: [] }] }
      : { security: [] };

/** Builds the document for the stage's profile; a route without an entry in operations.ts is an error, not a gap. */
export const openApiDocument = (routes: readonly Route[], profile: OrganisationProfile = receivingProfile): OpenApiDocument => {
  const operations = operationsFor(profile);
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const operation = operations[route.name];
    if (!operation) throw new Error(`functions/openapi/operations.ts says nothing of route ${route.name}.`);
    const parameterList = [
      ...parameters('path', operation.path),
      ...parameters('query', operation.query),
      ...(operation.idempotencyKey ? [IDEMPOTENCY_KEY] : []),
    ];
    const body = requestBody(operation);
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.name,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [route.path.startsWith('/admin') && route.caller.kind === 'staff' ? 'staff' : 'public'],
      ...(parameterList.length ? { parameters: parameterList } : {}),
      ...(body ? { requestBody: body } : {}),
      responses: responses(route, operation),
      ...security(route, operation),
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Secondment Hub',
      version: '1',
      description:
        'Recruitment of seconded police officers. JSON in and out; a body with a field the route does not know is refused (400). ' +
        'Every error is application/problem+json (RFC 9457). Problems are written in the request’s language (ar, en, fr or es: the body’s `language`, else Accept-Language, else English) and name it in Content-Language; a few staff-only ones are in English alone. Times are ISO 8601 UTC, dates YYYY-MM-DD.',
    },
    servers: [{ url: '/', description: 'The API beside this document.' }],
    tags: [
      { name: 'public', description: 'Candidates, and anyone: the vacancies, the form, the status token’s routes, the pages.' },
      { name: 'staff', description: 'HR, NCB officers and admins, signed in with Cognito.' },
    ],
    paths,
    components: {
      schemas: {
        ...answerSchemas,
        Vacancy: jsonSchemaOf(vacancySchema, 'output'),
        CircularCounts: jsonSchemaOf(circularCountsSchema, 'output'),
        CircularAcknowledgement: jsonSchemaOf(acknowledgementAnswerSchema, 'output'),
        ProblemType: {
          description: 'Every problem type this API answers with.',
          oneOf: Object.entries(allProblems).map(([kind, { type, title, status }]) => ({ const: type, title, description: `${kind}: ${status}` })),
        },
      },
      securitySchemes: {
        staffIdToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The Cognito ID token of a signed-in staff member (hr, ncb or admin group, as each route says in x-staff-groups).',
        },
        statusToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The status token POST /applications answered with: the candidate’s routes of that application only.',
        },
      },
    },
  };
};
