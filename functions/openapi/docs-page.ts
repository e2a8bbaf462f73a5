import type { APIGatewayProxyResult } from 'aws-lambda';
import * as z from '#shared/zod.js';
import { httpHandler } from '../http/http-handler.js';
import { contentSecurityPolicy, inlineAsset } from '../pages/csp.js';
import { html, trustedHtml } from '../pages/html.js';
import { docsStyles } from '../pages/generated/docs-assets.js';
import { routes } from '../routes.js';
import { openApiDocument } from './document.js';
import { stageProfile } from '../profile.js';
import { docsView } from './docs-view.js';

const style = inlineAsset(docsStyles);

/** A page takes links with other parameters and ignores them, as the other pages do. */
const anyQuery = z.object({});

/** Rendered once per cold start, on the server: the page needs no script at all. */
const body = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Secondment Hub API</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(style.source)}</style>
</head>
<body>
${docsView(openApiDocument(routes, stageProfile()))}
</body>
</html>
`.value;

const answer: APIGatewayProxyResult = {
  statusCode: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy({ scripts: [], styles: [style], connectSources: [] }),
    'Cache-Control': 'public, max-age=300',
  },
  body,
};

/** GET /docs: the OpenAPI document as a readable page, under the pages' strict CSP. */
export const handler = httpHandler({ name: 'apiDocsPage', query: anyQuery }, async () => answer);
