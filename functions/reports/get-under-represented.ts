import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportSources } from './report-stores.js';

/** GET /admin/reports/under-represented: HR's list, its revision and every change made to it (HR). */
export const handler = staffHandler({ name: 'getUnderRepresented' }, async () => {
  const { underRepresented } = reportSources();
  const [list, history] = await Promise.all([underRepresented.get(), underRepresented.history()]);
  return json(200, { ...list, history }, { 'Cache-Control': 'no-store' });
});
