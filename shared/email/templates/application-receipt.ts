import type { Application } from '../../applications/application.js';
import type { Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';

export interface ReceiptData {
  application: Pick<Application, 'id' | 'email'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;
  /** The private status link; for an application still to confirm, following it confirms the address. */
  statusLink: string;
  /** When the address must be confirmed by (ISO time); absent for an application already confirmed (one submitted before confirmation existed). */
  confirmBy?: string;
}

/** "9 December 2026, 14:05 Lyon time (Europe/Paris)": an instant as the duty station reads it. */
const inDutyStation = (iso: string, vacancy: Pick<Vacancy, 'location' | 'timeZone'>): string => {
  const instant = new Date(iso);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: vacancy.timeZone }).format(instant);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: vacancy.timeZone }).format(instant);
  return `${day}, ${time} ${vacancy.location} time (${vacancy.timeZone})`;
};

/**
 * The receipt sent to the address an application names. It carries nothing the submitter typed
 * (no name, no title: whoever used the address may not be its owner), only the vacancy, which is
 * ours, and the link. It does not list what is missing either: it leaves while the form may still
 * be uploading documents, so it points to the status page, which says what has arrived.
 */
export const applicationReceipt = ({ application, vacancy, statusLink, confirmBy }: ReceiptData): OutgoingEmail => {
  const deadline = deadlineInDutyStation(vacancy);
  if (confirmBy !== undefined) {
    const by = inDutyStation(confirmBy, vacancy);
    const subject = `Confirm your application: vacancy ${vacancy.number}, ${vacancy.title}`;
    const text = [
      'Hello,',
      '',
      `An application for vacancy ${vacancy.number}, ${vacancy.title} (${vacancy.location}) was submitted with this email address.`,
      `Reference: ${application.id}`,
      '',
      `If you submitted it, confirm your email address by ${by} by opening this link (keep it private):`,
      statusLink,
      '',
      'Until you confirm it, your application does not count. An application not confirmed in time is deleted.',
      'The same link shows your application afterwards: what has arrived, what is still needed, and how to withdraw.',
      `Everything must be in by ${deadline}.`,
      'The confirmation letter from your home administration must reach us through the National Central Bureau (NCB) of its country. If you upload a copy yourself, it is in, but it counts once your NCB confirms it.',
      '',
      'If you did not submit it, do nothing: the application will be deleted and you will hear no more about it.',
      '',
      'Human Resources',
    ].join('\n');
    const body = emailDocument(html`<p>Hello,</p>
<p>An application for vacancy <strong>${vacancy.number}, ${vacancy.title}</strong> (${vacancy.location}) was submitted with this email address.<br>Reference: ${application.id}</p>
<p>If you submitted it, <a href="${statusLink}">confirm your email address</a> by <strong>${by}</strong> (keep this link private).</p>
<p>Until you confirm it, your application does not count. An application not confirmed in time is deleted.</p>
<p>The same link shows your application afterwards: what has arrived, what is still needed, and how to withdraw. Everything must be in by <strong>${deadline}</strong>.</p>
<p>The confirmation letter from your home administration must reach us through the National Central Bureau (NCB) of its country. If you upload a copy yourself, it is in, but it counts once your NCB confirms it.</p>
<p>If you did not submit it, do nothing: the application will be deleted and you will hear no more about it.</p>
<p>Human Resources</p>`, { title: subject });
    return { to: [application.email], subject, text, html: body.value };
  }

  const subject = `Application received: vacancy ${vacancy.number}, ${vacancy.title}`;
  const text = [
    'Hello,',
    '',
    `We have received your application for vacancy ${vacancy.number}, ${vacancy.title} (${vacancy.location}).`,
    `Reference: ${application.id}`,
    '',
    'Follow your application, see what has arrived and what is still needed, add documents or withdraw it here (keep this link private):',
    statusLink,
    '',
    `Everything must be in by ${deadline}; an incomplete application is usually not considered.`,
    'The confirmation letter from your home administration must reach us through the National Central Bureau (NCB) of its country. If you upload a copy yourself, it is in, but it counts once your NCB confirms it.',
    '',
    'Human Resources',
  ].join('\n');
  const body = emailDocument(html`<p>Hello,</p>
<p>We have received your application for vacancy <strong>${vacancy.number}, ${vacancy.title}</strong> (${vacancy.location}).<br>Reference: ${application.id}</p>
<p><a href="${statusLink}">Follow your application, see what has arrived and what is still needed, add documents or withdraw it</a> (keep this link private).</p>
<p>Everything must be in by <strong>${deadline}</strong>; an incomplete application is usually not considered.</p>
<p>The confirmation letter from your home administration must reach us through the National Central Bureau (NCB) of its country. If you upload a copy yourself, it is in, but it counts once your NCB confirms it.</p>
<p>Human Resources</p>`, { title: subject });
  return { to: [application.email], subject, text, html: body.value };
};
