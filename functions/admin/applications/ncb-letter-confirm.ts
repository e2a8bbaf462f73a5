import { confirmNcbLetter, ncbLetterConfirmationSchema } from '#shared/admin/ncb-letter-confirmation.js';
import { rowOf } from '#shared/admin/vacancy-terms-reader.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { tableStores } from '../../stores/table-stores.js';
import { ncbLetterPath } from './staff-application-path.js';

const { applications } = tableStores();

/**
 * POST /admin/applications/{id}/documents/confirmationLetter/confirm `{version}`: the NCB confirms
 * the candidate's copy of the letter; 200 the row; 409 stale or nothing to confirm; 404 another country's.
 */
export const handler = staffHandler(
  { name: 'confirmNcbLetter', path: ncbLetterPath, body: ncbLetterConfirmationSchema },
  async ({ path, body, principal, now }) => {
    const { application } = await confirmNcbLetter(applications, principal, path.id, body, now);
    return json(200, await rowOf(applications, application, principal, now));
  },
);
