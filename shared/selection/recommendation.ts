/**
 * The chair's recommendation for a ranked candidate (issue 16, point 4): appoint, reserve list or
 * not recommended, with reasons (required when not recommended). The chair may revise it; every
 * version is in the selection's history.
 */
import * as z from '../zod.js';
import { dropDirectionMarks } from '../text.js';

export const recommendationDecisions = ['appoint', 'reserve', 'not-recommended'] as const;
export type RecommendationDecision = (typeof recommendationDecisions)[number];

export interface Recommendation {
  vacancy: string;
  applicationId: string;
  decision: RecommendationDecision;
  reasons?: string;
  by: string;
  at: string;
  /** Bumped by every save. */
  revision: number;
}

/** `PUT .../candidates/{id}/recommendation`; `revision` names the one read when revising (absent the first time). */
export const recommendationBodySchema = z
  .strictObject({
    revision: z.optional(z.int().check(z.minimum(1))),
    decision: z.enum(recommendationDecisions, 'One of appoint, reserve, not-recommended.'),
    reasons: z.optional(
      z.string().check(
        dropDirectionMarks(),
        z.trim(),
        z.maxLength(4_000, 'At most 4000 characters.'),
        z.refine((value) => !/[\p{Cc}\u2028\u2029]/u.test(value.replace(/[\n\t]/g, '')), 'Must not contain control characters other than line breaks.'),
      ),
    ),
  })
  .check(
    z.refine((body) => body.decision !== 'not-recommended' || (body.reasons ?? '').length > 0, {
      message: 'Say why a candidate is not recommended.',
      path: ['reasons'],
    }),
  );
export type RecommendationBody = z.infer<typeof recommendationBodySchema>;
