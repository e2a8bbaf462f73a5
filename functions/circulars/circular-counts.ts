import { circularCounts } from '#shared/circulars/counts.js';
import { NotFound } from '#shared/errors.js';
import { vacancyPathSchema } from '#shared/vacancies/schema.js';
import { ncbContactStore } from '../stores/ncb-contact-store.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { vacancyStore } from '../stores/vacancy-store.js';
import { circularStores } from '../stores/circular-stores.js';

const { circulars, bounces } = circularStores();
const contacts = ncbContactStore();
const vacancies = vacancyStore();

/** GET /admin/vacancies/{number}/circular: how many NCBs were sent the vacancy's circular, bounced, acknowledged. */
export const handler = staffHandler({ name: 'vacancyCircular', path: vacancyPathSchema }, async ({ path }) => {
  const [vacancy, state, sends, contactList] = await Promise.all([
    vacancies.get(path.number),
    circulars.get(path.number),
    circulars.sends(path.number),
    contacts.list(),
  ]);
  if (!vacancy) throw new NotFound(`There is no vacancy ${path.number}.`);
  return json(200, await circularCounts(path.number, state, sends, contactList.length, bounces), { 'Cache-Control': 'no-store' });
});
