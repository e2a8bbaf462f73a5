import * as z from '../zod.js';
import { applicationStatuses } from '../applications/status-machine.js';
import { screeningRuleBroken } from './ncb-rules.js';
import { clearanceLevels } from '../vacancies/schema.js';
import { isoDate, singleLine } from '../text.js';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const NOTE_MAX = 2000;

export const score = z.number().check(z.int('A whole number.'), z.minimum(SCORE_MIN, `At least ${SCORE_MIN}.`), z.maximum(SCORE_MAX, `At most ${SCORE_MAX}.`));

/**
 * HR's note: free text on several lines, stored as typed (`- strong languages`, `+33 mobile
 * given`, `=` included). A spreadsheet could run such a text, so the exports neutralise it
 * (shared/admin/spreadsheet/cell-text.ts) and the import refuses a real formula cell; nowhere else
 * is it a formula.
 */
export const note = z.string().check(
  z.maxLength(NOTE_MAX, `At most ${NOTE_MAX} characters.`),
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  z.refine((value) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(value), 'Only line breaks are allowed among control characters.'),
);

/**
 * HR going on with an application its notice's requirements flag (shared/eligibility/): the
 * reason is required, and who and when are the edit's own.
 */
export const eligibilityOverride = z.strictObject({ reason: singleLine(500) });

/** What staff may change on an application in one edit; `null` clears a score, a note or an eligibility override. */
export const applicationChangesSchema = z.strictObject({
  status: z.optional(z.enum(applicationStatuses)),
  score: z.optional(z.nullable(score)),
  note: z.optional(z.nullable(note)),
  eligibilityOverride: z.optional(z.nullable(eligibilityOverride)),
});
export type ApplicationChanges = z.infer<typeof applicationChangesSchema>;

/** The body of `PATCH /admin/applications/{id}`: the version the editor saw, and the changes. */
export const applicationEditSchema = z.extend(applicationChangesSchema, { version: z.number().check(z.int(), z.minimum(1)) });
export type ApplicationEdit = z.infer<typeof applicationEditSchema>;

export const BULK_MAX_ROWS = 500;

/** The body of `POST /admin/applications/bulk`: the same changes to many rows, each at the version seen. */
export const bulkEditSchema = z.strictObject({
  rows: z
    .array(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)), version: z.number().check(z.int(), z.minimum(1)) }))
    .check(
      z.minLength(1, 'Select at least one row.'),
      z.maxLength(BULK_MAX_ROWS, `At most ${BULK_MAX_ROWS} rows at once.`),
      z.refine((rows) => new Set(rows.map((row) => row.id)).size === rows.length, 'Each row once.'),
    ),
  // An eligibility override is one application's judgement, with its own reason: never many rows at once.
  changes: z.omit(applicationChangesSchema, { eligibilityOverride: true }).check(z.refine((changes) => Object.keys(changes).length > 0, 'Name at least one change.')),
});
export type BulkEdit = z.infer<typeof bulkEditSchema>;

/**
 * The body of `POST /admin/applications/{id}/ncb`: the NCB's decision on its national's
 * application. A validation attests the screening: its level (`clearance`, at least the vacancy's)
 * and its date (`screenedOn`); `screeningAttested`, the field of the first version, may still be
 * sent and must then be true (shared/admin/ncb-rules.ts).
 */
export const ncbDecisionSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.minimum(1)),
    decision: z.enum(['validated', 'declined']),
    clearance: z.optional(z.enum(clearanceLevels)),
    screenedOn: z.optional(isoDate),
    screeningAttested: z.optional(z.boolean()),
    note: z.optional(note),
  })
  .check(
    z.superRefine((value, context) => {
      for (const issue of screeningRuleBroken(value)) context.addIssue({ code: 'custom', ...issue });
    }),
  );
export type NcbDecision = z.infer<typeof ncbDecisionSchema>;
