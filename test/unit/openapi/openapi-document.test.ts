import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { problemTypes } from '#functions/http/problem-types.js';
import { openApiDocument } from '#functions/openapi/document.js';
import { ncbContactExample, submissionExample, vacancyExample } from '#functions/openapi/examples.js';
import { routes, type Route } from '#functions/routes.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { vacancySchema } from '#shared/vacancies/schema.js';
import { answerMismatch } from '../../support/openapi-answers.js';

const document = openApiDocument(routes);
type Operation = {
  operationId: string;
  parameters?: Array<{ name: string; in: string; required: boolean; schema: object }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: { type: string } }> }> }>;
  security?: Array<Record<string, string[]>>;
};
const operationOf = (route: Pick<Route, 'method' | 'path'>) => document.paths[route.path]?.[route.method.toLowerCase()] as Operation | undefined;
const byName = (name: string) => {
  const route = routes.find((candidate) => candidate.name === name);
  if (!route) throw new Error(`no route ${name}`);
  return route;
};

describe('the OpenAPI document', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route]))('describes %s, named as in the route table', (_name, route) => {
    expect(operationOf(route)?.operationId).toBe(route.name);
  });

  it('describes nothing the route table does not list', () => {
    const described = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(described.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('refuses to build when a route has no description (a new route cannot be left out)', () => {
    const undescribed: Route = { ...byName('listVacancies'), name: 'notDescribedAnywhere', path: '/nowhere' };
    expect(() => openApiDocument([...routes, undescribed])).toThrow(/notDescribedAnywhere/);
  });

  it('is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('puts staff routes behind the Cognito bearer JWT with their groups, the candidate’s behind the status token, and the rest open', () => {
    for (const route of routes) {
      const operation = operationOf(route) as Operation & { 'x-staff-groups'?: string[] };
      if (route.caller.kind === 'staff') {
        expect(operation.security).toEqual([{ staffIdToken: [] }]);
        expect(operation['x-staff-groups']).toEqual(route.caller.groups);
      }
    }
    for (const name of ['getApplicationStatus', 'withdrawApplication', 'requestDocumentUpload', 'completeDocumentUpload']) {
      expect(operationOf(byName(name))?.security).toEqual([{ statusToken: [] }]);
    }
    expect(operationOf(byName('submitApplication'))?.security).toEqual([]);
    const schemes = (document.components as { securitySchemes: Record<string, { scheme: string; bearerFormat?: string }> }).securitySchemes;
    expect(schemes.staffIdToken).toMatchObject({ scheme: 'bearer', bearerFormat: 'JWT' });
    expect(schemes.statusToken).toMatchObject({ scheme: 'bearer' });
  });

  it('gives the submission’s Idempotency-Key rule: 16 to 128 letters, digits, - or _', () => {
    const header = operationOf(byName('submitApplication'))?.parameters?.find((parameter) => parameter.name === 'Idempotency-Key');
    expect(header).toMatchObject({ in: 'header', required: true });
    const accepts = new Ajv2020().compile(header?.schema ?? {});
    expect(accepts('a'.repeat(16))).toBe(true);
    expect(accepts('A_b-9'.repeat(25) + 'abc')).toBe(true);
    expect(accepts('a'.repeat(15))).toBe(false);
    expect(accepts('a'.repeat(129))).toBe(false);
    expect(accepts('sixteen chars !!')).toBe(false);
  });

  it('lists every problem type of the domain, and each route’s own among its answers', () => {
    const listed = JSON.stringify(document);
    for (const { type } of Object.values(problemTypes)) expect(listed).toContain(`"${type}"`);
    const typesOf = (name: string) =>
      Object.values(operationOf(byName(name))?.responses ?? {}).flatMap((response) =>
        Object.values(response.content ?? {}).flatMap((media) => Object.values(media.examples ?? {}).map((example) => example.value.type)),
      );
    expect(typesOf('submitApplication')).toEqual(expect.arrayContaining(['/problems/validation', '/problems/vacancy-closed', '/problems/idempotency-key-reused', '/problems/service-unavailable']));
    expect(typesOf('recordNcbDecision')).toEqual(expect.arrayContaining(['/problems/unauthorized', '/problems/forbidden', '/problems/clearance-too-low']));
    expect(typesOf('confirmApplication')).toContain('/problems/confirmation-expired');
  });

  it('carries DESIGN.md’s examples, which the handlers’ own schemas accept', () => {
    expect(applicationSubmissionSchema.safeParse(submissionExample).success).toBe(true);
    expect(vacancySchema.safeParse(vacancyExample).success).toBe(true);
    expect(JSON.stringify(operationOf(byName('submitApplication'))?.requestBody)).toContain('amina.diallo@police.example');
    expect(JSON.stringify(operationOf(byName('getVacancy'))?.responses['200'])).toContain('Senior Coordinator');
  });

  it('takes the request bodies from the shared zod schemas: an unknown field is refused as the handler refuses it', () => {
    const body = (operationOf(byName('submitApplication'))?.requestBody as { content: Record<string, { schema: object }> }).content['application/json'];
    const accepts = new Ajv2020({ strict: false }).compile(body?.schema ?? {});
    expect(accepts(submissionExample)).toBe(true);
    expect(accepts({ ...submissionExample, colour: 'red' })).toBe(false);
  });
});

describe('the language in the document', () => {
  const bodySchema = (name: string) => (operationOf(byName(name))?.requestBody as { content: Record<string, { schema: object }> }).content['application/json']?.schema ?? {};

  it('lets a submission name its language, one of the four, and a candidate leave out a family name', () => {
    const accepts = new Ajv2020({ strict: false }).compile(bodySchema('submitApplication'));
    const { familyName: _familyName, ...oneName } = submissionExample;
    expect(accepts({ ...submissionExample, language: 'ar' })).toBe(true);
    expect(accepts(oneName)).toBe(true);
    expect(accepts({ ...submissionExample, language: 'de' })).toBe(false);
  });

  it('lets an NCB contact name its digest’s language, and answers it with the contact', () => {
    const accepts = new Ajv2020({ strict: false }).compile(bodySchema('saveNcbContact'));
    const contact = { method: 'PUT', path: '/admin/ncb-contacts/SN', status: 200, contentType: 'application/json; charset=utf-8' };
    expect(accepts({ email: ncbContactExample.email, language: 'fr' })).toBe(true);
    expect(accepts({ email: ncbContactExample.email, language: 'pt' })).toBe(false);
    expect(answerMismatch({ ...contact, body: ncbContactExample })).toBeUndefined();
    expect(answerMismatch({ ...contact, body: { ...ncbContactExample, language: 'pt' } })).toMatch(/language/);
    expect(JSON.stringify(operationOf(byName('saveNcbContact'))?.responses['200'])).toContain('bcn.dakar@police.sn.example');
  });
});

describe('answers checked against the document (test/support/openapi-answers.ts)', () => {
  const vacancy = { method: 'GET', path: '/vacancies/1152', contentType: 'application/json; charset=utf-8' };

  it('accepts an answer as documented', () => {
    expect(answerMismatch({ ...vacancy, status: 200, body: vacancyExample })).toBeUndefined();
  });

  it('finds a status, a media type and a body the document does not list', () => {
    expect(answerMismatch({ ...vacancy, status: 418, body: {} })).toMatch(/418/);
    expect(answerMismatch({ ...vacancy, status: 200, contentType: 'text/html', body: '' })).toMatch(/text\/html/);
    expect(answerMismatch({ ...vacancy, status: 200, body: { ...vacancyExample, posts: 'one' } })).toMatch(/posts/);
    expect(answerMismatch({ ...vacancy, status: 404, contentType: 'application/problem+json', body: { title: 'Not found', status: 404 } })).toMatch(/type/);
    expect(answerMismatch({ method: 'DELETE', path: '/vacancies', status: 200, contentType: 'application/json', body: {} })).toMatch(/not in the OpenAPI document/);
  });

  it('reads a literal segment before a parameter (/admin/applications/summary is not an application id)', () => {
    expect(answerMismatch({ method: 'GET', path: '/admin/applications/summary', status: 200, contentType: 'application/json', body: {} })).toBeUndefined();
  });
});
