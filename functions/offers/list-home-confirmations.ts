import * as z from '#shared/zod.js';
import { homeConfirmationsToRecord } from '#shared/offers/listing.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { tableStores } from '../stores/table-stores.js';

const { applications } = tableStores();

/** `?country=` for HR and admins (an NCB officer's is their own, whatever they send). */
const querySchema = z.strictObject({ country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code.'))) });

/** GET /admin/home-confirmations: the offers to the NCB's officers waiting for their home administration's confirmation. */
export const handler = staffHandler({ name: 'listHomeConfirmations', query: querySchema }, async ({ query, principal }) =>
  json(200, await homeConfirmationsToRecord(applications, principal, query.country), { 'Cache-Control': 'no-store' }),
);
