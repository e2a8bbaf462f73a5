import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#functions/openapi/document.js';
import { submissionExamples } from '#functions/openapi/examples.js';
import { routes } from '#functions/routes.js';
import { receivingProfile, sendingProfile } from '#shared/profiles/profile.js';
import { unitForces } from '../../support/sending-unit.js';

type Body = { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown>; required: string[] }; example: unknown } } } };
const submitBody = (document: ReturnType<typeof openApiDocument>) =>
  (document.paths['/applications']?.post as Body).requestBody.content['application/json'];

describe("a sending stage's OpenAPI document", () => {
  const document = openApiDocument(routes, sendingProfile(unitForces));

  it('is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
  });

  it("describes the unit's applicant: the three categories and their status, no home administration's country", () => {
    const { schema, example } = submitBody(document);
    expect(schema.properties.category).toMatchObject({ enum: ['serving-police', 'retired-police', 'civilian-expert'] });
    expect(Object.keys(schema.properties)).toContain('applicantStatus');
    expect(Object.keys(schema.properties)).not.toContain('homeAdministrationCountry');
    expect(schema.required).toContain('applicantStatus');
    expect(example).toEqual(submissionExamples.sending);
    expect(new Ajv2020({ strict: false }).validate(schema, example)).toBe(true);
  });

  it("asks a call's mission of HR", () => {
    const created = (document.paths['/admin/vacancies']?.post as Body).requestBody.content['application/json'].schema;
    expect(created.required).toContain('mission');
  });

  it('differs from the receiving document in those bodies only', () => {
    const receiving = openApiDocument(routes, receivingProfile);
    const withoutSubmit = (doc: typeof document) => ({
      ...doc,
      paths: {
        ...doc.paths,
        '/applications': { ...doc.paths['/applications'], post: undefined },
        '/admin/vacancies': { ...doc.paths['/admin/vacancies'], post: undefined },
        '/admin/vacancies/{number}': { ...doc.paths['/admin/vacancies/{number}'], put: undefined },
      },
    });
    expect(withoutSubmit(document)).toEqual(withoutSubmit(receiving));
    expect(openApiDocument(routes)).toEqual(receiving);
  });
});
