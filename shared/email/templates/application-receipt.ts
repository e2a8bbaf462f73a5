import type { Application } from '../../applications/application.js';
import { languageOr } from '../../i18n/languages.js';
import type { Vacancy } from '../../vacancies/schema.js';
import { deadlineInDutyStation, instantInDutyStation } from '../deadline-text.js';
import { emailDocument, html } from '../html.js';
import type { OutgoingEmail } from '../outgoing-email.js';
import { emailWords } from '../words.js';

export interface ReceiptData {
  /** `language`: the candidate's (stored with the application); absent on one stored before languages, which reads as English. */
  application: Pick<Application, 'id' | 'email' | 'language' | 'timeZone'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'>;
  /** The private status link; for an application still to confirm, following it confirms the address. */
  statusLink: string;
  /** When the address must be confirmed by (ISO time); absent for an application already confirmed (one submitted before confirmation existed). */
  confirmBy?: string;
}

/**
 * The receipt sent to the address an application names, in the candidate's language. It carries
 * nothing the submitter typed (no name, no title: whoever used the address may not be its owner),
 * only the vacancy, which is ours, and the link. It does not list what is missing either: it
 * leaves while the form may still be uploading documents, so it points to the status page, which
 * says what has arrived.
 */
export const applicationReceipt = ({ application, vacancy, statusLink, confirmBy }: ReceiptData): OutgoingEmail => {
  const words = emailWords(languageOr(application.language));
  // In the candidate's own zone too, when the form told us it.
  const deadline = deadlineInDutyStation(words, vacancy, application.timeZone);
  const about = { number: vacancy.number, title: vacancy.title, location: vacancy.location };
  const reference = { reference: application.id };
  const lang = words.language;

  if (confirmBy !== undefined) {
    const by = instantInDutyStation(words, new Date(confirmBy), vacancy, application.timeZone);
    const subject = words.text('receipt.confirm.subject', about);
    const text = [
      words.text('email.greeting.anonymous'),
      '',
      words.text('receipt.confirm.submitted', about),
      words.text('email.reference', reference),
      '',
      words.text('receipt.confirm.action', { confirmBy: by }),
      statusLink,
      '',
      words.text('receipt.confirm.untilConfirmed'),
      words.text('receipt.confirm.afterwards', { deadline }),
      words.text('receipt.letterThroughNcb'),
      '',
      words.text('receipt.confirm.notYou'),
      '',
      words.text('email.signature.hr'),
    ].join('\n');
    const body = emailDocument(html`<p>${words.html('email.greeting.anonymous')}</p>
<p>${words.html('receipt.confirm.submitted', about)}<br>${words.html('email.reference', reference)}</p>
<p>${words.html('receipt.confirm.action', { confirmBy: by }, statusLink)}</p>
<p>${words.html('receipt.confirm.untilConfirmed')}</p>
<p>${words.html('receipt.confirm.afterwards', { deadline })}</p>
<p>${words.html('receipt.letterThroughNcb')}</p>
<p>${words.html('receipt.confirm.notYou')}</p>
<p>${words.html('email.signature.hr')}</p>`, { title: subject, lang });
    return { to: [application.email], subject, text, html: body.value };
  }

  const subject = words.text('receipt.received.subject', about);
  const text = [
    words.text('email.greeting.anonymous'),
    '',
    words.text('receipt.received.body', about),
    words.text('email.reference', reference),
    '',
    words.text('receipt.received.follow'),
    statusLink,
    '',
    words.text('receipt.received.deadline', { deadline }),
    words.text('receipt.letterThroughNcb'),
    '',
    words.text('email.signature.hr'),
  ].join('\n');
  const body = emailDocument(html`<p>${words.html('email.greeting.anonymous')}</p>
<p>${words.html('receipt.received.body', about)}<br>${words.html('email.reference', reference)}</p>
<p>${words.html('receipt.received.follow', {}, statusLink)}</p>
<p>${words.html('receipt.received.deadline', { deadline })}</p>
<p>${words.html('receipt.letterThroughNcb')}</p>
<p>${words.html('email.signature.hr')}</p>`, { title: subject, lang });
  return { to: [application.email], subject, text, html: body.value };
};
