import * as z from '#shared/zod.js';
import { documentKind } from '#shared/documents/schema.js';
import { applicationPathSchema } from '../applications/application-path.js';

/** `{id}` and `{kind}` in /applications/{id}/documents/{kind}[/complete]. */
export const documentPathSchema = z.extend(applicationPathSchema, { kind: documentKind });

export type DocumentPath = z.infer<typeof documentPathSchema>;
