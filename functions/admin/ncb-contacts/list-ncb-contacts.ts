import { listNcbContacts } from '#shared/ncb/list-contacts.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { ncbContactStore } from '../../stores/ncb-contact-store.js';

const contacts = ncbContactStore();

/** GET /admin/ncb-contacts: every country's NCB address, and the member countries that have none. */
export const handler = staffHandler({ name: 'listNcbContacts' }, async () =>
  json(200, await listNcbContacts(contacts), { 'Cache-Control': 'no-store' }),
);
