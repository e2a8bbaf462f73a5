/**
 * The letters' messages in English (shared/letters/: each letter a candidate gets, the NCB's
 * copies, and the status page's stage in plain words). Part of the English catalogue (../en.ts
 * spreads it); the prefix decides the surface (../surfaces.ts): `letterEmail.` the emails,
 * `statusPage.stage.` the status page. No letter carries a score, a note or a rank of the staff.
 */
export const en = {
  'letterEmail.shortlisted.subject': 'Vacancy {number}, {title}: your application is shortlisted',
  'letterEmail.shortlisted.body': 'We are pleased to tell you that your application for vacancy <b>{number}, {title}</b> ({location}) has been shortlisted.',
  'letterEmail.shortlisted.next': 'We will write to you again about the next step of the selection.',
  'letterEmail.testResult.subject': 'Vacancy {number}, {title}: your written test result',
  'letterEmail.testResult.body':
    '{passed, select, yes {You passed the written test for vacancy <b>{number}, {title}</b>.} other {You did not reach the pass mark of the written test for vacancy <b>{number}, {title}</b>.}}',
  'letterEmail.testResult.mark': 'Your mark: {mark} out of {maxMark} (pass mark: {passMark}).',
  'letterEmail.testResult.next': 'We will write to you again when the selection has moved on.',
  'letterEmail.notRetained.subject': 'Vacancy {number}, {title}: your application',
  'letterEmail.notRetained.body':
    '{stage, select, screening {Thank you for your application for vacancy <b>{number}, {title}</b> ({location}). After screening the applications received, we regret to tell you that yours has not been retained for the next stage.} shortlisting {Thank you for your application for vacancy <b>{number}, {title}</b> ({location}). After careful consideration of the shortlisted applications, we regret to tell you that yours has not been retained for the next stage.} test {Thank you for taking the written test for vacancy <b>{number}, {title}</b> ({location}). We regret to tell you that your application has not been retained for the next stage.} other {Thank you for your interview for vacancy <b>{number}, {title}</b> ({location}). We regret to tell you that, after the interviews, your application has not been retained.}}',
  'letterEmail.notRetained.thanks': 'We thank you for your interest in the organisation and encourage you to apply for future vacancies that match your profile.',
  'letterEmail.reserve.subject': 'Vacancy {number}, {title}: reserve list',
  'letterEmail.reserve.body':
    'After the interviews for vacancy <b>{number}, {title}</b> ({location}), the selection panel has placed you on the reserve list.',
  'letterEmail.reserve.meaning': 'This is not an offer: should a post of this vacancy become free, we may offer it to you, and we would write to you then.',
  'letterEmail.offer.subject': 'Offer of secondment: vacancy {number}, {title}',
  'letterEmail.offer.body': 'We are pleased to offer you a secondment to the post of <b>{title}</b> (vacancy {number}) in {location}.',
  'letterEmail.offer.period': 'The secondment would start on {startsOn} for {months, plural, one {# month} other {# months}}.',
  'letterEmail.offer.home': 'Your home administration must confirm the following to us through your National Central Bureau (NCB) by <b>{by}</b>:',
  'letterEmail.offer.term':
    '{term, select, releaseForPeriod {that it releases you for the whole period of the secondment} salaryAndBenefits {that it keeps paying your salary, social insurance, pension and benefits} travelAndRemoval {that it bears the travel and removal costs of your arrival and departure} other {that it accepts the conditions of service at the duty station}}',
  'letterEmail.offer.answer':
    '<link>Accept or decline the offer on your status page</link> (the link in your application receipt opens it) by <b>{answerBy}</b>. Without an answer by then, the offer lapses.',
  'letterEmail.offer.answerBy': 'the end of {date}, {location} time ({timeZone})',
  'letterEmail.appointed.subject': 'Appointment: vacancy {number}, {title}',
  'letterEmail.appointed.body': 'We are pleased to confirm your appointment as a seconded officer to the post of <b>{title}</b> (vacancy {number}) in {location}.',
  'letterEmail.appointed.next': 'Human Resources will write to you about your arrival. Welcome to the organisation.',
  'letterEmail.ncb.greeting': 'To the National Central Bureau of {countryName} ({country}),',
  'letterEmail.ncb.offer.subject': 'Copy for the NCB: offer of secondment to {name}, vacancy {number}',
  'letterEmail.ncb.offer.body':
    'For your information: the organisation has offered <b>{name}</b> ({currentTitle}, {administration}) a secondment to the post of <b>{title}</b> (vacancy {number}) in {location}, starting on {startsOn} for {months, plural, one {# month} other {# months}}.',
  'letterEmail.ncb.offer.home': 'The home administration’s confirmation must reach us through you by <b>{by}</b>, stating:',
  'letterEmail.ncb.offer.answer': 'The candidate answers the offer by {answerBy}.',
  'letterEmail.ncb.appointed.subject': 'Copy for the NCB: appointment of {name}, vacancy {number}',
  'letterEmail.ncb.appointed.body': 'For your information: <b>{name}</b> ({currentTitle}, {administration}) has been appointed as a seconded officer to the post of <b>{title}</b> (vacancy {number}) in {location}.',
  'letterEmail.ncb.reference': 'Application reference: {reference}',

  // The status page's stage in plain words (functions/pages/client/letter-stage.ts): what the latest letter says.
  'statusPage.stage.title': 'Where the selection stands',
  'statusPage.stage.text':
    '{stage, select, received {Your application has been received and will be screened after the deadline.} shortlisted {Your application has been shortlisted.} tested {You have taken the written test; we will write to you about the next step.} interviewed {You are invited to an interview, or have had it; we will write to you about the outcome.} offered {You have been offered the secondment: please answer on this page by the date in our letter.} appointed {You have been appointed. Welcome to the organisation.} notRetained {Your application has not been retained. Thank you for your interest.} other {Your application has been withdrawn.}}',
} as const satisfies Record<string, string>;

export type LetterKey = keyof typeof en;
export type LetterCatalogue = Readonly<Record<LetterKey, string>>;
