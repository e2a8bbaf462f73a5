import { randomBytes } from 'node:crypto';
import * as z from '#shared/zod.js';
import { readConfig } from '../../config.js';
import { httpHandler } from '../../http/http-handler.js';
import { adminAssets } from './admin-assets.js';
import { adminPageResponse } from './admin-document.js';
import { adminView } from './admin-view.js';
import { adminWords } from './admin-words.js';
import { negotiateLanguage } from '#shared/i18n/negotiate.js';
import { headerValue } from '../../http/headers.js';
import { stageProfile } from '../../profile.js';
import { staffPageProfile } from './page-profile.js';

const { DOCUMENTS_UPLOAD_ORIGIN, STAFF_SIGN_IN_URL, STAFF_CLIENT_ID } = readConfig([
  'DOCUMENTS_UPLOAD_ORIGIN',
  'STAFF_SIGN_IN_URL',
  'STAFF_CLIENT_ID',
]);
// The token endpoint is on the sign-in's origin (Cognito's domain in AWS); the NCB's letter goes to the bucket.
const connectSources = [...new Set([new URL(STAFF_SIGN_IN_URL).origin, DOCUMENTS_UPLOAD_ORIGIN])];
// What a post is, who may apply, the forces: a sending unit's page asks a mission post's details and shows its applicants' status.
const profile = staffPageProfile(stageProfile());

/**
 * The sign-in comes back with `?code=&state=` (or `?error=`); `?lang=` is the language chosen with
 * the page's switcher (admin-words.ts), anything else in it falling back to the browser's; other
 * parameters are ignored.
 */
const pageQuery = z.object({ lang: z.catch(z.optional(z.string()), undefined) });

/** GET /admin: the staff grid page. It holds no data, so anyone may load it; the data needs a staff token. */
export const handler = httpHandler({ name: 'adminPage', query: pageQuery }, async ({ query, event }) => {
  const words = adminWords(negotiateLanguage({ explicit: query.lang, acceptLanguage: headerValue(event, 'accept-language') }));
  return adminPageResponse({
    words,
    main: adminView(words),
    script: adminAssets.script,
    style: adminAssets.style,
    styleNonce: randomBytes(18).toString('base64'),
    signIn: { url: STAFF_SIGN_IN_URL, clientId: STAFF_CLIENT_ID },
    connectSources,
    profile,
  });
});
