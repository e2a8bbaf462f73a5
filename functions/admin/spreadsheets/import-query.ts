import * as z from '#shared/zod.js';

/** A dry run unless told otherwise: the preview is the safe default. */
export const importQuerySchema = z.strictObject({
  dryRun: z.pipe(
    z._default(z.enum(['true', 'false']), 'true'),
    z.transform((value) => value === 'true'),
  ),
});
