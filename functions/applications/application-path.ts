import * as z from '#shared/zod.js';

/** `{id}` in /applications/{id}/...: the ids this API hands out are UUIDs. */
export const applicationPathSchema = z.strictObject({
  id: z.uuid('Not an application id.'),
});
