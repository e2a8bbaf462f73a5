import * as z from 'zod';

/** A dry run unless told otherwise: the preview is the safe default. */
export const importQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
});
