import { html, type SafeHtml } from '../pages/html.js';
import type { OpenApiDocument } from './document.js';

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required: boolean; schema: unknown; description?: string }>;
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown; examples?: Record<string, { value: { type: string } }> }> }>;
  security?: Array<Record<string, string[]>>;
  'x-staff-groups'?: string[];
};

const pretty = (value: unknown): string => JSON.stringify(value, null, 2);

const who = (operation: Operation): string => {
  const groups = operation['x-staff-groups'];
  if (groups) return `staff: ${groups.join(', ')} (Cognito ID token)`;
  return operation.security?.some((scheme) => 'statusToken' in scheme) ? 'the application’s status token' : 'public';
};

const parameterRows = (operation: Operation): SafeHtml | '' =>
  operation.parameters?.length
    ? html`<table><thead><tr><th scope="col">parameter</th><th scope="col">in</th><th scope="col">schema</th></tr></thead><tbody>
${operation.parameters.map(
  (parameter) =>
    html`<tr><td><code>${parameter.name}</code>${parameter.required ? '' : ' (optional)'}</td><td>${parameter.in}</td><td><code>${JSON.stringify(parameter.schema)}</code></td></tr>`,
)}</tbody></table>`
    : '';

const body = (operation: Operation): SafeHtml | '' => {
  const content = operation.requestBody?.content;
  if (!content) return '';
  return html`${Object.entries(content).map(
    ([type, media]) =>
      html`<details><summary>Body: <code>${type}</code></summary><pre>${pretty(media.schema)}</pre>${
        media.example === undefined ? '' : html`<p>Example:</p><pre>${pretty(media.example)}</pre>`
      }</details>`,
  )}`;
};

const answers = (operation: Operation): SafeHtml =>
  html`<table><thead><tr><th scope="col">status</th><th scope="col">answer</th></tr></thead><tbody>
${Object.entries(operation.responses).map(([status, response]) => {
  const types = Object.values(response.content ?? {}).flatMap((media) => Object.values(media.examples ?? {}).map((example) => example.value.type));
  return html`<tr><td>${status}</td><td>${response.description}${types.length ? html` <span class="muted">(${types.map((type, i) => html`${i ? ', ' : ''}<code>${type}</code>`)})</span>` : ''}</td></tr>`;
})}</tbody></table>`;

/** The document as a page: every operation with its caller, parameters, body and answers. */
export const docsView = (document: OpenApiDocument): SafeHtml => {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation: operation as unknown as Operation })),
  );
  const info = document.info as { title: string; description: string };
  return html`<header><h1>${info.title} API</h1><p>${info.description}</p>
<p>The machine-readable document: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p></header>
<main id="main">
<nav aria-label="Operations"><ul>${operations.map(
    ({ path, method, operation }) => html`<li><a href="#${operation.operationId}">${method} ${path}</a></li>`,
  )}</ul></nav>
${operations.map(
  ({ path, method, operation }) => html`<section class="operation" id="${operation.operationId}" aria-labelledby="${operation.operationId}-h">
<h3 id="${operation.operationId}-h"><span class="method">${method}</span> ${path}</h3>
<p>${operation.summary}. <span class="who">Caller: ${who(operation)}.</span></p>
${operation.description ? html`<p>${operation.description}</p>` : ''}
${parameterRows(operation)}${body(operation)}${answers(operation)}
</section>`,
)}
</main>`;
};
