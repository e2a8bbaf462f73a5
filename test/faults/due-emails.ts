import type { MailItem } from '#infra/local/mailbox.js';
import type { AcceptedApplication, EmailClaimItem } from '../support/reconciliation.js';

/** What a run owed: each email by recipient, subject and (for reminders) the days left it names. */
export interface DueEmail {
  to: string;
  /** The subject, or its start when the rest depends on counts the run cannot predict. */
  subject: string;
  /** Text the email must carry, telling apart emails with the same subject (a reminder's days left). */
  text?: string;
}

const matches = (mail: MailItem, due: DueEmail) =>
  mail.to.includes(due.to) && mail.subject.startsWith(due.subject) && (due.text === undefined || mail.text.includes(due.text));

const describe = (due: DueEmail) => `${due.to} «${due.subject}${due.text ? ` / ${due.text}` : ''}»`;

/**
 * Holds the mailbox to what was due: each due email as many times as it is listed (once, unless
 * due again on another day), and no email that was not due. Answers one line per difference.
 */
export const checkDueEmails = (mailbox: readonly MailItem[], due: readonly DueEmail[]): string[] => {
  const problems: string[] = [];
  const times = new Map<string, { due: DueEmail; times: number }>();
  for (const expected of due) {
    const key = describe(expected);
    times.set(key, { due: expected, times: (times.get(key)?.times ?? 0) + 1 });
  }
  const matched = new Set<MailItem>();
  for (const [key, expected] of times) {
    const found = mailbox.filter((mail) => matches(mail, expected.due));
    if (found.length !== expected.times) problems.push(`${key} went ${found.length} times, not ${expected.times}`);
    for (const mail of found) matched.add(mail);
  }
  for (const mail of mailbox.filter((mail) => !matched.has(mail))) problems.push(`an email that was not due went: ${mail.to.join(', ')} «${mail.subject}»`);
  return problems;
};

export interface DueEmailRun {
  accepted: readonly AcceptedApplication[];
  /** The table's email claims after the run: which reminders a job took on (a reminder round may close before late applications). */
  claims: readonly EmailClaimItem[];
  hrRecipients: readonly string[];
  /** NCB addresses that had applications waiting on the digest day. */
  ncbRecipients: readonly string[];
  /** Offsets whose reminders every accepted application was owed (the rounds run after the last submission). */
  reminderOffsetsOwedToAll: readonly number[];
}

/** The emails a run owed: a receipt per application, its claimed and owed reminders, one digest per recipient. */
export const dueEmails = (run: DueEmailRun): DueEmail[] => {
  const reminder = (email: string, offset: number): DueEmail => ({
    to: email,
    subject: 'Reminder: your application to vacancy 1701',
    text: `The deadline is in ${offset} days`,
  });
  const byId = new Map(run.accepted.map((application) => [application.applicationId, application]));
  const claimedReminders = run.claims
    .filter((claim) => claim.scope.startsWith('APPLICATION#') && claim.kind.startsWith('reminder-'))
    .map((claim) => ({ application: byId.get(claim.scope.slice('APPLICATION#'.length)), offset: Number(claim.kind.slice('reminder-'.length)) }))
    .filter((claim) => !run.reminderOffsetsOwedToAll.includes(claim.offset));
  return [
    ...run.accepted.map((application) => ({ to: application.email, subject: 'Confirm your application: vacancy 1701' })),
    ...claimedReminders.flatMap(({ application, offset }) => (application ? [reminder(application.email, offset)] : [])),
    ...run.accepted.flatMap((application) => run.reminderOffsetsOwedToAll.map((offset) => reminder(application.email, offset))),
    ...run.hrRecipients.map((to) => ({ to, subject: 'HR digest' })),
    ...run.ncbRecipients.map((to) => ({ to, subject: 'NCB Senegal (SN)' })),
  ];
};
