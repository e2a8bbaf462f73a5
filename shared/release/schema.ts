import * as z from '../zod.js';
import { isoDate } from '../text.js';
import { note } from '../admin/application-edit.js';

/**
 * `POST /admin/releases/{id}`: a force approver's decision on releasing their officer for a
 * mission (issue 18, point 4), at the version of the application read. An approval names the
 * period released; a refusal says why, since the officer and the unit are told.
 */
export const releaseDecisionSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.minimum(1)),
    decision: z.enum(['approved', 'refused'], 'Either approved or refused.'),
    from: z.optional(isoDate),
    until: z.optional(isoDate),
    note: z.optional(note),
  })
  .check(
    z.superRefine((body, context) => {
      if (body.decision === 'approved') {
        if (body.from === undefined) context.addIssue({ code: 'custom', path: ['from'], message: 'An approval names the first day released.', input: body.from });
        if (body.until === undefined) context.addIssue({ code: 'custom', path: ['until'], message: 'An approval names the last day released.', input: body.until });
        if (body.from !== undefined && body.until !== undefined && body.until < body.from) {
          context.addIssue({ code: 'custom', path: ['until'], message: 'The last day released is before the first.', input: body.until });
        }
      } else {
        if (body.from !== undefined || body.until !== undefined) context.addIssue({ code: 'custom', path: ['from'], message: 'A refusal releases no period: leave out from and until.', input: body.from });
        if ((body.note ?? '').trim() === '') context.addIssue({ code: 'custom', path: ['note'], message: 'A refusal says why, for the officer and the unit.', input: body.note });
      }
    }),
  );

export type ReleaseDecisionBody = z.infer<typeof releaseDecisionSchema>;
