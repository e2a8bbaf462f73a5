import * as z from '../../zod.js';
import { applicationListQuerySchema } from '../application-row.js';

export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The grid's "export the selected rows": at most this many ids. */
export const EXPORT_IDS_MAX = 500;

const idList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter((id) => id.length > 0))]),
  ),
  z
    .array(z.string().check(z.maxLength(64, 'An id has at most 64 characters.')))
    .check(z.minLength(1, 'Name at least one id.'), z.maxLength(EXPORT_IDS_MAX, `At most ${EXPORT_IDS_MAX} ids at once.`)),
);

/** `GET /admin/applications/export`: the grid's filters, or its selected rows, and the format. */
export const exportQuerySchema = z.extend(z.pick(applicationListQuerySchema, { vacancy: true, status: true, country: true }), {
  format: z._default(z.enum(exportFormats), 'xlsx'),
  ids: z.optional(idList),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** What the file is, for the browser and for S3. */
export const exportContentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const day = (now: Date) => now.toISOString().slice(0, 10);

/** Where export files are kept: the bucket's lifecycle rule empties it after a day. */
export const EXPORTS_PREFIX = 'exports/';

export const exportKey = (now: Date, id: string, format: ExportFormat): string => `${EXPORTS_PREFIX}${day(now)}/${id}.${format}`;

/** The name the browser saves it under: `applications-<vacancy|country>-<date>.<ext>`. */
export const exportFileName = (query: Pick<ExportQuery, 'vacancy' | 'country' | 'format'>, scopeCountry: string | undefined, now: Date): string =>
  `applications-${query.vacancy ?? query.country ?? scopeCountry ?? 'selection'}-${day(now)}.${query.format}`;
