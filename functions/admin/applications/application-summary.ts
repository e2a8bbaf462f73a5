import { summariseApplications } from '#shared/admin/application-summary.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';
import { applicationQueries, applicationTerms } from '../../stores/application-stores.js';
import { vacancyStore } from '../../stores/vacancy-store.js';

const stores = { vacancies: vacancyStore(), applications: { ...applicationQueries(), ...applicationTerms() } };

/** GET /admin/applications/summary: the vacancy switcher, every vacancy with its applications counted by status. */
export const handler = staffHandler({ name: 'summariseStaffApplications' }, async ({ principal }) =>
  json(200, await summariseApplications(stores, principal), { 'Cache-Control': 'no-store' }),
);
