import { letterAwaitsNcb, missingItems, type Application, type MissingItem } from '../../applications/application.js';
import type { Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';

export interface DeadlineReminderData {
  application: Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'documents' | 'ncbValidation'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;
  /** Whole days left before the deadline day ends in the duty station (0: it ends today). */
  daysLeft: number;
  /** The status page without its secrets: the token is stored only as a hash, so the receipt's link is the one that opens it. */
  statusPage: string;
}

/** What is missing, and how the candidate supplies it: the wording to edit. */
const missingWording: Record<MissingItem, { what: string; how: string }> = {
  cv: {
    what: 'Your CV',
    how: 'Upload it from your status page.',
  },
  confirmationLetter: {
    what: 'The confirmation letter from your home administration',
    how:
      'It reaches us through your National Central Bureau (NCB): ask your administration to send it to your NCB. ' +
      'If you already have it, you can also upload a copy from your status page; it counts once your NCB confirms it.',
  },
  ncbValidation: {
    what: 'Validation by your National Central Bureau (NCB)',
    how: 'Your NCB validates your application and attests your security screening: please contact your NCB.',
  },
};

/** The letter when the candidate's copy is in but the NCB has not confirmed it yet. */
const letterCopyWording = {
  what: 'Your NCB’s confirmation of your confirmation letter',
  how: 'Your copy is in; it counts once your NCB confirms it. Please ask your NCB to confirm it before the deadline.',
};

const timeLeft = (daysLeft: number): string =>
  daysLeft === 0 ? 'The deadline is today' : daysLeft === 1 ? 'The deadline is tomorrow' : `The deadline is in ${daysLeft} days`;

/**
 * The reminder to a candidate whose application still misses something before the deadline:
 * exactly what, how to supply each, and the deadline in the duty station's time. Text and HTML
 * from the same data; every value from a candidate or a vacancy is escaped in the HTML.
 */
export const deadlineReminder = ({ application, vacancy, daysLeft, statusPage }: DeadlineReminderData): OutgoingEmail => {
  const copyIn = letterAwaitsNcb(application.documents.confirmationLetter);
  const missing = missingItems(application).map((item) => (item === 'confirmationLetter' && copyIn ? letterCopyWording : missingWording[item]));
  const deadline = deadlineInDutyStation(vacancy);
  const name = `${application.givenName} ${application.familyName}`;
  const subject = `Reminder: your application to vacancy ${vacancy.number}, ${vacancy.title}, is not complete`;
  const statusHelp =
    'Your status page opens from the private link in the receipt we emailed when you applied ' +
    '(for your privacy, that link is not repeated in reminders).';

  const text = [
    `Dear ${name},`,
    '',
    `Your application to vacancy ${vacancy.number}, ${vacancy.title} (${vacancy.location}) is not complete yet.`,
    `Reference: ${application.id}`,
    '',
    `${timeLeft(daysLeft)}: everything must be in by ${deadline}. An incomplete application is usually not considered.`,
    '',
    'Still missing:',
    ...missing.map((item) => `- ${item.what}. ${item.how}`),
    '',
    statusHelp,
    `Status page: ${statusPage}`,
    '',
    'Human Resources',
  ].join('\n');

  const body = emailDocument(html`<p>Dear ${name},</p>
<p>Your application to vacancy <strong>${vacancy.number}, ${vacancy.title}</strong> (${vacancy.location}) is not complete yet.<br>Reference: ${application.id}</p>
<p>${timeLeft(daysLeft)}: everything must be in by <strong>${deadline}</strong>. An incomplete application is usually not considered.</p>
<p>Still missing:</p>
<ul>${missing.map((item) => html`<li><strong>${item.what}.</strong> ${item.how}</li>`)}</ul>
<p>${statusHelp} <a href="${statusPage}">Status page</a>.</p>
<p>Human Resources</p>`, { title: subject });

  return { to: [application.email], subject, text, html: body.value };
};
