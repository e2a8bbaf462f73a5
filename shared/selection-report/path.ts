import * as z from '../zod.js';
import { vacancyNumber } from '../vacancies/schema.js';

/** A vacancy's selection report: `/admin/selection-report/{vacancy}/...`. */
export const selectionReportPathSchema = z.strictObject({ vacancy: vacancyNumber });

/** `POST .../sign-off`: an empty object; the signer and the instant come from the request, never from the body. */
export const signOffBodySchema = z.strictObject({});
