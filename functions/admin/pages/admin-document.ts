import type { APIGatewayProxyResult } from 'aws-lambda';
import type { InlineAsset } from '../../pages/csp.js';
import { html, trustedHtml, type SafeHtml } from '../../pages/html.js';
import { adminContentSecurityPolicy } from './admin-csp.js';
import { adminMessagesJson, type AdminWords } from './admin-words.js';
import { staffPageCatalogues } from '#shared/i18n/catalogues/pages.js';
import { receivingProfile } from '#shared/profiles/profile.js';
import { staffPageProfile, type StaffPageProfile } from './page-profile.js';

export interface AdminPageSpec {
  main: SafeHtml;
  script: InlineAsset;
  style: InlineAsset;
  styleNonce: string;
  /** Where the script signs staff in: the OAuth 2.0 base (Cognito's domain, or the local stand-in) and app client. */
  signIn: { url: string; clientId: string };
  connectSources: readonly string[];
  /** The page's language (admin-words.ts): `<html lang dir>`, Content-Language, the NCB's screens and the messages its script says. */
  words: AdminWords;
  /** The stage's organisation profile as the script reads it (page-profile.ts); absent, a receiving organisation's. */
  profile?: StaffPageProfile;
}

/**
 * The grid page's shell: one inline style and one inline script allowed by hash. The style element
 * carries the response's nonce so that the script can hand the same nonce to AG Grid (the
 * `nonce` property survives the browser hiding the attribute).
 */
export const adminDocument = (spec: AdminPageSpec): string =>
  html`<!doctype html>
<html lang="${spec.words.language}" dir="${spec.words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${spec.words.t('admin.title')}</title>
<link rel="icon" href="data:,">
<style nonce="${spec.styleNonce}">${trustedHtml(spec.style.source)}</style>
</head>
<body data-page="admin" data-sign-in-url="${spec.signIn.url}" data-client-id="${spec.signIn.clientId}" data-profile="${JSON.stringify(spec.profile ?? staffPageProfile(receivingProfile))}">
${spec.main}
<script type="application/json" id="page-messages">${trustedHtml(adminMessagesJson(staffPageCatalogues[spec.words.language]))}</script>
<script>${trustedHtml(spec.script.source)}</script>
</body>
</html>
`.value;

/** The page answer: never cached, since its policy carries a nonce for this response only. */
export const adminPageResponse = (spec: AdminPageSpec): APIGatewayProxyResult => ({
  statusCode: 200,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Language': spec.words.language,
    'Content-Security-Policy': adminContentSecurityPolicy(spec),
  },
  body: adminDocument(spec),
});
