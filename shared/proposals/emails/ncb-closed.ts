import { emailDocument, html } from '../../email/html.js';
import type { OutgoingEmail } from '../../email/outgoing-email.js';
import { emailWords } from '../../email/words.js';
import { countryName, formatDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/languages.js';
import { personName } from '../../i18n/names.js';
import type { Proposal } from '../proposal.js';

export interface NcbClosedData {
  proposal: Pick<Proposal, 'id' | 'country' | 'officer' | 'proposedAt' | 'lapsesAt' | 'closed'>;
  kind: 'declined' | 'lapsed';
  to: string;
  /** The NCB contact's language. */
  language: Language;
  /** The zone the NCB reads dates in (its contact's). */
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The NCB's email when its proposal closes without a match, in its contact's language: declined
 * by HR (with the reason HR gave, as written), or lapsed after the stage's open period (with how
 * long it waited, and that the officer may be proposed again).
 */
export const ncbProposalClosed = ({ proposal, kind, to, language, timeZone }: NcbClosedData): OutgoingEmail => {
  const words = emailWords(language);
  const addressee = { countryName: countryName(language, proposal.country), country: proposal.country };
  const about = { officer: personName(proposal.officer), proposedOn: formatDate(language, new Date(proposal.proposedAt), timeZone) };
  const days = Math.round((Date.parse(proposal.lapsesAt) - Date.parse(proposal.proposedAt)) / DAY_MS);
  const reason = { reason: proposal.closed?.reason ?? '' };
  const subject = words.text(kind === 'declined' ? 'proposalEmail.declined.subject' : 'proposalEmail.lapsed.subject', about);
  const bodyText =
    kind === 'declined'
      ? [words.text('proposalEmail.declined.body', about), words.text('proposalEmail.declined.reason', reason)]
      : [words.text('proposalEmail.lapsed.body', { ...about, days }), words.text('proposalEmail.lapsed.again')];
  const text = [
    words.text('ncbDigest.greeting', addressee),
    '',
    ...bodyText.flatMap((line) => [line, '']),
    words.text('email.reference', { reference: proposal.id }),
    '',
    words.text('email.signature.hr'),
  ].join('\n');
  const bodyHtml =
    kind === 'declined'
      ? html`<p>${words.html('proposalEmail.declined.body', about)}</p>
<p>${words.html('proposalEmail.declined.reason', reason)}</p>`
      : html`<p>${words.html('proposalEmail.lapsed.body', { ...about, days })}</p>
<p>${words.html('proposalEmail.lapsed.again')}</p>`;
  const body = emailDocument(
    html`<p>${words.html('ncbDigest.greeting', addressee)}</p>
${bodyHtml}
<p>${words.html('email.reference', { reference: proposal.id })}</p>
<p>${words.html('email.signature.hr')}</p>`,
    { title: subject, lang: words.language },
  );
  return { to: [to], subject, text, html: body.value };
};
