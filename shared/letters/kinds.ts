/**
 * Every letter a candidate gets (issue 16, point 6), in the order the selection reaches them.
 * The interview invitation is the interviews' own email (shared/interviews/emails.ts, sent when HR
 * invites): it is listed so that HR sees every letter in one place, and this capability never sends it.
 */
export const letterKinds = ['shortlisted', 'test-result', 'interview-invitation', 'reserve', 'offer', 'appointed', 'not-retained'] as const;
export type LetterKind = (typeof letterKinds)[number];

/** The letters this capability sends; each goes once per application and occasion (its claim). */
export const sentLetterKinds = ['shortlisted', 'test-result', 'reserve', 'offer', 'appointed', 'not-retained'] as const;
export type SentLetterKind = (typeof sentLetterKinds)[number];

export const isSentLetterKind = (value: string): value is SentLetterKind => (sentLetterKinds as readonly string[]).includes(value);

/** The stage an application was not retained at: all a candidate is told of why (no score, note or rank). */
export const notRetainedStages = ['screening', 'shortlisting', 'test', 'interview'] as const;
export type NotRetainedStage = (typeof notRetainedStages)[number];

/** The letters whose copy goes to the candidate's NCB (the offer and the appointment of its officers). */
export const copiedToNcb: readonly SentLetterKind[] = ['offer', 'appointed'];

/** Who sends the interview invitation, for HR's list: not this capability. */
export const sentElsewhere: Readonly<Record<Exclude<LetterKind, SentLetterKind>, string>> = {
  'interview-invitation': 'Sent by the interviews when HR invites (POST /admin/interviews/{vacancy}/invitations).',
};
