import * as z from '#shared/zod.js';
import { readConfig } from '../config.js';
import { httpHandler } from '../http/http-handler.js';
import { pageStyle, statusPageScript } from './assets.js';
import { pageResponse } from './page-document.js';
import { languageParameter, pageLanguage } from './page-language.js';
import { pageWords } from './page-words.js';
import { statusView } from './status-view.js';
import { profileFormWords } from './profile-words.js';
import { stageProfile } from '../profile.js';

// Where the page's script posts documents (the bucket or the local S3 front): allowed by its CSP.
const { DOCUMENTS_UPLOAD_ORIGIN } = readConfig(['DOCUMENTS_UPLOAD_ORIGIN']);
// Whom the footer sends a question to: the stage's organisation's (profile-words.ts).
const { footer } = profileFormWords[stageProfile().name];

/** A page takes links with other parameters and ignores them; the status link's secrets are in its fragment. */
const statusQuery = z.object({ lang: languageParameter });

/**
 * GET /status: what the candidate's private status link opens, in `?lang=` or the browser's
 * language; without `?lang=`, the script reloads it in the application's stored language.
 */
export const handler = httpHandler({ name: 'statusPage', query: statusQuery }, async ({ query, event }) => {
  const words = pageWords(pageLanguage(query.lang, event));
  return pageResponse({
    name: 'status',
    title: words.t('statusPage.title'),
    main: statusView(words),
    script: statusPageScript,
    style: pageStyle,
    connectSources: [DOCUMENTS_UPLOAD_ORIGIN],
    words,
    footer,
  });
});
