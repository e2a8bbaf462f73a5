import { contactAsAnswered, ncbContactBodySchema, ncbContactPathSchema } from '#shared/ncb/contact.js';
import { saveNcbContact } from '#shared/ncb/save-contact.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { ncbContactStore } from '../../stores/ncb-contact-store.js';

const contacts = ncbContactStore();

/** PUT /admin/ncb-contacts/{country}: `{email, name?, language?, timeZone?}`, stamped with who and when, and audited. */
export const handler = staffHandler(
  { name: 'saveNcbContact', path: ncbContactPathSchema, body: ncbContactBodySchema },
  async ({ path, body, principal, now }) => json(200, contactAsAnswered(await saveNcbContact(contacts, principal, path.country, body, now))),
);
