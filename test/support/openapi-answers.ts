/**
 * Every answer an integration suite receives, checked against the OpenAPI document
 * (functions/openapi/), so that the document cannot drift from the code: the route and method are
 * in it, the status is one of the operation's, the media type one of that status's, and the body
 * valid by its JSON Schema (ajv in 2020-12 mode, formats included).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '#functions/openapi/document.js';
import { routes } from '#functions/routes.js';

const COMPONENTS_ID = 'https://secondment-hub.invalid/components';

/** The document with its `#/components/schemas/` refs pointed at one schema ajv holds by id. */
const document = JSON.parse(
  JSON.stringify(openApiDocument(routes)).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`),
) as ReturnType<typeof openApiDocument> & { components: { schemas: Record<string, unknown> } };

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS, its plugin both the module and its `default`: the latter reads the same under every loader.
(addFormats as unknown as { default: (instance: Ajv2020) => unknown }).default(ajv);
ajv.addSchema({ $id: COMPONENTS_ID, $defs: document.components.schemas });

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literals: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
}));

/** The path template a concrete path is served by: a literal segment wins over a parameter (`/summary` over `/{id}`). */
const templateOf = (method: string, path: string): string | undefined =>
  templates
    .filter(({ template, pattern }) => pattern.test(path) && document.paths[template]?.[method] !== undefined)
    .sort((a, b) => b.literals - a.literals)[0]?.template;

const validators = new Map<string, ValidateFunction>();
const validatorFor = (key: string, schema: object): ValidateFunction => {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  return validate;
};

export interface ReceivedAnswer {
  method: string;
  /** The request's path, with or without its query. */
  path: string;
  status: number;
  /** The Content-Type header as received ('' when none). */
  contentType: string;
  /** The parsed JSON body, or the text. */
  body: unknown;
}

/** Why an answer is not what the document says, or undefined when it is. */
export const answerMismatch = ({ method, path, status, contentType, body }: ReceivedAnswer): string | undefined => {
  const lower = method.toLowerCase();
  const bare = path.split('?')[0] ?? path;
  const template = templateOf(lower, bare);
  if (!template) return `${method} ${bare} is not in the OpenAPI document.`;
  const operation = document.paths[template]?.[lower] as { responses: Record<string, { content?: Record<string, { schema?: object }> }> };
  const response = operation.responses[String(status)];
  if (!response) return `${method} ${template} answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses).join(', ')}).`;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // An answer the document gives no content answers no body.
  if (!response.content) return body === '' || body === undefined || body === null ? undefined : `${method} ${template} ${status} came with a body, which the document does not list.`;
  const media = response.content[mediaType];
  if (!media) return `${method} ${template} ${status} came as '${mediaType}', which the document does not list (${Object.keys(response.content ?? {}).join(', ')}).`;
  if (!media.schema) return undefined;
  const validate = validatorFor(`${lower} ${template} ${status} ${mediaType}`, media.schema);
  if (validate(body)) return undefined;
  return `${method} ${template} ${status}: the body does not match the document: ${ajv.errorsText(validate.errors, { separator: '; ' })}`;
};

/** Throws when an answer is not what the document says: call it on every answer a suite receives. */
export const expectDocumented = (answer: ReceivedAnswer): void => {
  const mismatch = answerMismatch(answer);
  if (mismatch) throw new Error(mismatch);
};

interface CallAnswer {
  status: number;
  body: unknown;
  headers?: Headers;
  /** The Content-Type, for helpers that keep it apart from the headers. */
  type?: string | null;
}

/** A suite's call helper, `(method, path, ...)`, that checks each answer against the document before handing it back. */
export const documented =
  <Rest extends unknown[], A extends CallAnswer>(call: (method: string, path: string, ...rest: Rest) => Promise<A>) =>
  async (method: string, path: string, ...rest: Rest): Promise<A> => {
    const answer = await call(method, path, ...rest);
    expectDocumented({ method, path, status: answer.status, contentType: answer.type ?? answer.headers?.get('content-type') ?? '', body: answer.body });
    return answer;
  };
