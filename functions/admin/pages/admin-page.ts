import { randomBytes } from 'node:crypto';
import * as z from '#shared/zod.js';
import { readConfig } from '../../config.js';
import { httpHandler } from '../../http/http-handler.js';
import { adminAssets } from './admin-assets.js';
import { adminPageResponse } from './admin-document.js';
import { adminView } from './admin-view.js';

const { DOCUMENTS_UPLOAD_ORIGIN, STAFF_SIGN_IN_URL, STAFF_CLIENT_ID } = readConfig([
  'DOCUMENTS_UPLOAD_ORIGIN',
  'STAFF_SIGN_IN_URL',
  'STAFF_CLIENT_ID',
]);
// The token endpoint is on the sign-in's origin (Cognito's domain in AWS); the NCB's letter goes to the bucket.
const connectSources = [...new Set([new URL(STAFF_SIGN_IN_URL).origin, DOCUMENTS_UPLOAD_ORIGIN])];

/** The sign-in comes back with `?code=&state=` (or `?error=`); other parameters are ignored. */
const pageQuery = z.object({});

/** GET /admin: the staff grid page. It holds no data, so anyone may load it; the data needs a staff token. */
export const handler = httpHandler({ name: 'adminPage', query: pageQuery }, async () =>
  adminPageResponse({
    main: adminView(),
    script: adminAssets.script,
    style: adminAssets.style,
    styleNonce: randomBytes(18).toString('base64'),
    signIn: { url: STAFF_SIGN_IN_URL, clientId: STAFF_CLIENT_ID },
    connectSources,
  }),
);
