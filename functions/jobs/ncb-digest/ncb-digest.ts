import { runNcbDigest } from '#shared/ncb/ncb-digest.js';
import { STAFF_PAGE_PATH } from '../../routes.js';
import { ncbContactStore } from '../../stores/ncb-contact-store.js';
import { readConfig } from '../../config.js';
import { emailStores } from '../../stores/email-stores.js';
import { tableStores } from '../../stores/table-stores.js';
import { jobHandler } from '../job-handler.js';

const { PUBLIC_BASE_URL, ORGANISATION_TIME_ZONE } = readConfig(['PUBLIC_BASE_URL', 'ORGANISATION_TIME_ZONE']);
const { vacancies, applications } = tableStores();
const contacts = ncbContactStore();
const email = emailStores();

/** The daily `ncb-digest` job: each NCB told which of its nationals' applications wait for it. */
export const handler = jobHandler('ncb-digest', async ({ now }) => ({
  ...(await runNcbDigest({ vacancies, applications, contacts, email }, { gridUrl: `${PUBLIC_BASE_URL}${STAFF_PAGE_PATH}`, timeZone: ORGANISATION_TIME_ZONE }, now)),
}));
