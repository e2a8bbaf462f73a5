import * as z from '#shared/zod.js';
import { readConfig } from '../config.js';
import { httpHandler } from '../http/http-handler.js';
import { pageStyle, statusPageScript } from './assets.js';
import { pageResponse } from './page-document.js';
import { statusView } from './status-view.js';

// Where the page's script posts documents (the bucket or the local S3 front): allowed by its CSP.
const { DOCUMENTS_UPLOAD_ORIGIN } = readConfig(['DOCUMENTS_UPLOAD_ORIGIN']);

/** A page takes links with other parameters and ignores them; the status link's secrets are in its fragment. */
const anyQuery = z.object({});

/** GET /status: what the candidate's private status link opens. */
export const handler = httpHandler({ name: 'statusPage', query: anyQuery }, async () =>
  pageResponse({
    name: 'status',
    title: 'Your application',
    main: statusView(),
    script: statusPageScript,
    style: pageStyle,
    connectSources: [DOCUMENTS_UPLOAD_ORIGIN],
  }),
);
