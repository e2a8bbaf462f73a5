import * as z from '../zod.js';
import { documentContentType } from '../documents/schema.js';
import { isoDate } from '../text.js';

/*
 * The bodies and paths of the secondments' routes (functions/secondments/), checked once at the
 * edge; unknown fields are refused. Each write carries the version it read (a stale one is a 409).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const id = (what: string) => z.string().check(z.regex(UUID, `A ${what} id is a lower-case UUID.`));
const version = z.number().check(z.int('A whole number.'), z.minimum(1));
const reason = z.string().check(z.trim(), z.minLength(1, 'Required.'), z.maxLength(2000, 'At most 2,000 characters.'));

export const secondmentPathSchema = z.strictObject({ id: id('secondment') });
export const extensionPathSchema = z.strictObject({ id: id('secondment'), extension: id('extension') });

/** The documents a secondment rests on; only the signed terms are uploaded here (the letter is the application's). */
export const secondmentDocumentKinds = ['confirmationLetter', 'signedTerms'] as const;
export type SecondmentDocumentKind = (typeof secondmentDocumentKinds)[number];
export const secondmentDocumentPathSchema = z.strictObject({
  id: id('secondment'),
  kind: z.enum(secondmentDocumentKinds, `Use ${secondmentDocumentKinds.join(' or ')}.`),
});

/**
 * `POST /admin/secondments`: HR makes an appointed application a secondment. With an accepted
 * offer its dates come from the offer; an application appointed before offers existed needs
 * `firstDay` and `months`. `expatriationAllowance` overrides the type's default (regular: yes).
 */
export const secondmentCreateSchema = z.strictObject({
  applicationId: id('application'),
  firstDay: z.optional(isoDate),
  months: z.optional(z.number().check(z.int('Whole months.'), z.minimum(1), z.maximum(72))),
  expatriationAllowance: z.optional(z.boolean()),
});
export type SecondmentCreate = z.infer<typeof secondmentCreateSchema>;

export const secondmentListQuerySchema = z.strictObject({
  /** `current` (default): not ended, by last day; `all`: ended ones too (an NCB's own country's always reads both). */
  scope: z.optional(z.enum(['current', 'all'], 'Use current or all.')),
});

export const extensionAskSchema = z.strictObject({
  months: z.number().check(z.int('Whole months.'), z.minimum(1, 'At least one month.'), z.maximum(72)),
  reason,
  version,
});
export type ExtensionAsk = z.infer<typeof extensionAskSchema>;

export const extensionLetterRequestSchema = z.strictObject({ contentType: documentContentType });

/** The NCB records the home administration's confirmation with the letter it uploaded. */
export const extensionConfirmationSchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  version,
});

export const extensionDecisionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'refuse'], 'Use approve or refuse.'),
    /** Required to refuse: HR says why. */
    reason: z.optional(reason),
    version,
  })
  .check(
    z.superRefine((body, context) => {
      if (body.decision === 'refuse' && body.reason === undefined) context.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the extension is refused.', input: body });
    }),
  );
export type ExtensionDecision = z.infer<typeof extensionDecisionSchema>;

export const extensionWithdrawalSchema = z.strictObject({ reason, version });

export const signedTermsCompletionSchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  version,
});

/** HR records the end: the last day actually served (on or before the planned one) and why. */
export const secondmentEndSchema = z.strictObject({ lastDay: isoDate, reason, version });
export type SecondmentEndBody = z.infer<typeof secondmentEndSchema>;
