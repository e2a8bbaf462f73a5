import { missingItemLabels, type Application } from '../../applications/application.js';
import { missingItems } from '../../applications/application.js';
import type { Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';

export interface ReceiptData {
  application: Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'documents' | 'ncbValidation'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;
  statusLink: string;
}

/**
 * The receipt a candidate gets on submitting: the vacancy, what is still missing, the deadline
 * in the duty station's time, and the private status link. Text and HTML from the same data.
 */
export const applicationReceipt = ({ application, vacancy, statusLink }: ReceiptData): OutgoingEmail => {
  const missing = missingItems(application).map((item) => missingItemLabels[item]);
  const deadline = deadlineInDutyStation(vacancy);
  const name = `${application.givenName} ${application.familyName}`;
  const subject = `Application received: vacancy ${vacancy.number}, ${vacancy.title}`;

  const text = [
    `Dear ${name},`,
    '',
    `We have received your application for vacancy ${vacancy.number}, ${vacancy.title} (${vacancy.location}).`,
    `Reference: ${application.id}`,
    '',
    ...(missing.length > 0
      ? [
          'Your application is not complete yet. Still missing:',
          ...missing.map((item) => `- ${item}`),
          '',
          `Everything must be in by ${deadline}; an incomplete application is usually not considered.`,
          'The confirmation letter from your home administration reaches us through your National Central Bureau (NCB):',
          'please ask your administration to send it to your NCB, or upload it yourself from your status page.',
        ]
      : ['Your application is complete.']),
    '',
    'Follow your application, add documents or withdraw it here (keep this link private):',
    statusLink,
    '',
    'Human Resources',
  ].join('\n');

  const body = emailDocument(html`<p>Dear ${name},</p>
<p>We have received your application for vacancy <strong>${vacancy.number}, ${vacancy.title}</strong> (${vacancy.location}).<br>Reference: ${application.id}</p>
${
  missing.length > 0
    ? html`<p>Your application is not complete yet. Still missing:</p>
<ul>${missing.map((item) => html`<li>${item}</li>`)}</ul>
<p>Everything must be in by <strong>${deadline}</strong>; an incomplete application is usually not considered.</p>
<p>The confirmation letter from your home administration reaches us through your National Central Bureau (NCB): please ask your administration to send it to your NCB, or upload it yourself from your status page.</p>`
    : html`<p>Your application is complete.</p>`
}
<p><a href="${statusLink}">Follow your application, add documents or withdraw it</a> (keep this link private).</p>
<p>Human Resources</p>`);

  return { to: [application.email], subject, text, html: body.value };
};
