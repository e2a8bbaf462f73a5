/**
 * The secondments' problems an NCB officer may meet (shared/secondments/problems.ts), in English:
 * spread into the validation catalogue (../../validation/en.ts), so the API says them in the
 * reader's language as every other problem.
 */
export const en = {
  'problem.notFound.secondment': 'There is no secondment with this id.',
  'problem.notFound.extension': 'This secondment has no such extension.',
  'problem.conflict.secondmentChanged': 'This secondment changed since you read it: read it again, then decide again.',
  'problem.conflict.secondmentEnded': 'This secondment ended on {day}: it can no longer be extended.',
  'problem.conflict.extensionUnderWay': 'An extension of this secondment is already under way: it is approved, refused or withdrawn before another is asked.',
  'problem.conflict.extensionNotAt':
    'This extension is {state, select, awaitingHomeConfirmation {waiting for the home administration’s confirmation} awaitingApproval {waiting for HR’s approval} approved {approved} refused {refused} other {withdrawn}}: that step is not open to it.',
  'problem.forbidden.notTheAsker': 'Only {as, select, hr {HR} other {the NCB}}, who asked for this extension, may withdraw it.',
  'problem.secondmentRules.extensionLimit':
    '{type, select, regular {A regular secondment} other {A short-term secondment}} runs at most {limit, number} months in all; this one takes {taken, number}, so {left, plural, =0 {it cannot be extended} one {it may be extended by at most # more month} other {it may be extended by at most # more months}} ({months, number} asked).',
} as const;

export type SecondmentProblemKey = keyof typeof en;
export type SecondmentProblems = Readonly<Record<SecondmentProblemKey, string>>;
