import { emailDocument, html } from '../../email/html.js';
import type { OutgoingEmail } from '../../email/outgoing-email.js';
import { emailWords } from '../../email/words.js';
import { personName } from '../../i18n/names.js';
import type { Vacancy } from '../../vacancies/schema.js';
import type { Proposal } from '../proposal.js';

export interface OfficerMatchedData {
  proposal: Pick<Proposal, 'id' | 'officer'>;
  vacancy: Pick<Vacancy, 'number' | 'title' | 'location'>;
  /** The private status link, with its token in the fragment, as the receipt gives it. */
  statusLink: string;
}

/**
 * The officer's email when HR matches their NCB's proposal to a vacancy, in the officer's
 * language: the vacancy, that their application was made from the proposal, and their status link.
 */
export const officerMatched = ({ proposal, vacancy, statusLink }: OfficerMatchedData): OutgoingEmail => {
  const words = emailWords(proposal.officer.preferredLanguage);
  const name = { name: personName(proposal.officer) };
  const about = { number: vacancy.number, title: vacancy.title, location: vacancy.location };
  const subject = words.text('proposalEmail.matched.subject', about);
  const text = [
    words.text('email.greeting.named', name),
    '',
    words.text('proposalEmail.matched.body', about),
    words.text('email.reference', { reference: proposal.id }),
    '',
    words.text('proposalEmail.matched.follow'),
    statusLink,
    '',
    words.text('email.signature.hr'),
  ].join('\n');
  const body = emailDocument(
    html`<p>${words.html('email.greeting.named', name)}</p>
<p>${words.html('proposalEmail.matched.body', about)}<br>${words.html('email.reference', { reference: proposal.id })}</p>
<p>${words.html('proposalEmail.matched.follow', {}, statusLink)}</p>
<p>${words.html('email.signature.hr')}</p>`,
    { title: subject, lang: words.language },
  );
  return { to: [proposal.officer.email], subject, text, html: body.value };
};
