import { selectionReportPathSchema, signOffBodySchema } from '#shared/selection-report/path.js';
import { signOffReport } from '#shared/selection-report/sign-off.js';
import { json } from '../http/response.js';
import { staffHandler } from '../http/staff-handler.js';
import { reportDependencies } from './report-stores.js';

/** POST /admin/selection-report/{vacancy}/sign-off: HR freezes the report; audited; 409 too early or twice. */
export const handler = staffHandler({ name: 'signOffSelectionReport', path: selectionReportPathSchema, body: signOffBodySchema }, async ({ principal, path, now }) =>
  json(201, await signOffReport(reportDependencies(), principal, path.vacancy, now)),
);
