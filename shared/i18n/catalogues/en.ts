/**
 * English, the source catalogue: its keys type the others (a key missing from one fails the
 * typecheck). Keys name what a message means; values are ICU MessageFormat (plurals, selects,
 * `<b>`/`<link>` tags that each email renders as HTML or plain text). How to add a key or a
 * language: docs/i18n.md.
 */
export const en = {
  // --- Shared by the emails ---
  'email.greeting.anonymous': 'Hello,',
  'email.greeting.named': 'Dear {name},',
  'email.signature.hr': 'Human Resources',
  'email.reference': 'Reference: {reference}',
  'deadline.inDutyStation': '{date}, {time} {location} time ({timeZone}, {offset})',
  'deadline.inRecipientZone': '{date}, {time} your time ({timeZone}, {offset})',
  'deadline.both': '{dutyStation}; that is {recipient}',
  'time.utc': '{date}, {time} UTC',

  // --- The receipt (shared/email/templates/application-receipt.ts) ---
  'receipt.confirm.subject': 'Confirm your application: vacancy {number}, {title}',
  'receipt.confirm.submitted': 'An application for vacancy <b>{number}, {title}</b> ({location}) was submitted with this email address.',
  'receipt.confirm.action': 'If you submitted it, <link>confirm your email address</link> by <b>{confirmBy}</b>. Keep this link private.',
  'receipt.confirm.untilConfirmed': 'Until you confirm it, your application does not count. An application not confirmed in time is deleted.',
  'receipt.confirm.afterwards':
    'The same link shows your application afterwards: what has arrived, what is still needed, and how to withdraw. Everything must be in by <b>{deadline}</b>.',
  'receipt.confirm.notYou': 'If you did not submit it, do nothing: the application will be deleted and you will hear no more about it.',
  'receipt.received.subject': 'Application received: vacancy {number}, {title}',
  'receipt.received.body': 'We have received your application for vacancy <b>{number}, {title}</b> ({location}).',
  'receipt.received.follow':
    '<link>Follow your application, see what has arrived and what is still needed, add documents or withdraw it</link>. Keep this link private.',
  'receipt.received.deadline': 'Everything must be in by <b>{deadline}</b>; an incomplete application is usually not considered.',
  'receipt.letterThroughNcb':
    'The confirmation letter from your home administration must reach us through the National Central Bureau (NCB) of its country. If you upload a copy yourself, it is in, but it counts once your NCB confirms it.',

  // --- The deadline reminder (shared/email/templates/deadline-reminder.ts) ---
  'reminder.subject': 'Reminder: your application to vacancy {number}, {title}, is not complete',
  'reminder.notComplete': 'Your application to vacancy <b>{number}, {title}</b> ({location}) is not complete yet.',
  'reminder.timeLeft':
    '{days, plural, =0 {The deadline is today} =1 {The deadline is tomorrow} other {The deadline is in # days}}: everything must be in by <b>{deadline}</b>. An incomplete application is usually not considered.',
  'reminder.stillMissing': 'Still missing:',
  'reminder.missingItem': '<b>{what}.</b> {how}',
  'reminder.statusHelp':
    'Your status page opens from the private link in the receipt we emailed when you applied (for your privacy, that link is not repeated in reminders). <link>Status page</link>.',
  'receipt.missing.cv': 'Your CV',
  'receipt.missing.cv.how': 'Upload it from your status page.',
  'receipt.missing.confirmationLetter': 'The confirmation letter from your home administration',
  'receipt.missing.confirmationLetter.how':
    'It reaches us through your National Central Bureau (NCB): ask your administration to send it to your NCB. If you already have it, you can also upload a copy from your status page; it counts once your NCB confirms it.',
  'receipt.missing.letterConfirmation': 'Your NCB’s confirmation of your confirmation letter',
  'receipt.missing.letterConfirmation.how': 'Your copy is in; it counts once your NCB confirms it. Please ask your NCB to confirm it before the deadline.',
  'receipt.missing.ncbValidation': 'Validation by your National Central Bureau (NCB)',
  'receipt.missing.ncbValidation.how': 'Your NCB validates your application and attests your security screening: please contact your NCB.',

  // --- The NCB digest (shared/email/templates/ncb-digest.ts) ---
  'ncbDigest.subject.oneVacancy':
    'NCB {countryName} ({country}): {count, plural, one {# application waits} other {# applications wait}} for you, vacancy {number}, {title}',
  'ncbDigest.subject.vacancies':
    'NCB {countryName} ({country}): {count, plural, one {# application waits} other {# applications wait}} for you, vacancies {numbers}',
  'ncbDigest.greeting': 'To the National Central Bureau of {countryName} ({country}),',
  'ncbDigest.intro':
    '{count, plural, one {# application from your country’s administrations waits} other {# applications from your country’s administrations wait}} for your validation or for the confirmation letter. An application still incomplete at the deadline is usually not considered.',
  'ncbDigest.vacancy': 'Vacancy {number}, {title} ({location})',
  'ncbDigest.deadline': 'Deadline: <b>{deadline}</b>, {days, plural, =0 {today} =1 {tomorrow} other {in # days}}',
  'ncbDigest.application': '<b>{name}</b> ({currentTitle}, {administration}; reference {reference}, submitted on {submittedOn})',
  'ncbDigest.waitingFor': 'waiting for {item}',
  'ncbDigest.pending.validationBasic': 'your validation, with the attestation of Basic security screening and its date',
  'ncbDigest.pending.validationEnhanced': 'your validation, with the attestation of Enhanced security screening (this vacancy requires it) and its date',
  'ncbDigest.pending.confirmationLetter': 'the home administration’s confirmation letter, which reaches us through you',
  'ncbDigest.pending.letterConfirmation': 'your confirmation of the letter copy the candidate uploaded (it counts only once you confirm it)',
  'ncbDigest.action': '<link>Validate, decline or attach the letter in the staff grid</link>.',

  // --- The HR digest (shared/email/templates/hr-digest.ts): sent in English, through the same catalogues ---
  'hrDigest.subject':
    'HR digest, {day}: {newCount, plural, one {# new application} other {# new applications}}, {openCount, plural, one {# open vacancy} other {# open vacancies}}{closedCount, plural, =0 {} other {, # closed}}',
  'hrDigest.heading': 'HR digest for {day}',
  'hrDigest.summary.since':
    '{newCount, plural, one {# new application} other {# new applications}} since the last digest ({since}), across {openCount, plural, one {# open vacancy} other {# open vacancies}}.',
  'hrDigest.summary.first':
    '{newCount, plural, one {# new application} other {# new applications}} so far (this is the first digest), across {openCount, plural, one {# open vacancy} other {# open vacancies}}.',
  'hrDigest.soon.heading': '{days, plural, one {Deadlines within # day} other {Deadlines within # days}}',
  'hrDigest.soon.item':
    '<b>{number} · {title}</b>: {days, plural, =0 {closes today} one {closes in # day} other {closes in # days}}, {incomplete} incomplete',
  'hrDigest.open.heading': 'Open vacancies',
  'hrDigest.open.none': 'No vacancy is open.',
  'hrDigest.closed.heading': 'Closed since the last digest',
  'hrDigest.vacancy': '{number} · {title} ({location})',
  'hrDigest.vacancyEnded':
    '{number} · {title} ({location}): {status, select, closed {closed} filled {filled} cancelled {cancelled} other {ended}}',
  'hrDigest.deadline': 'Deadline: {deadline}, <b>{days, plural, =0 {closes today} one {closes in # day} other {closes in # days}}</b>',
  'hrDigest.counts':
    'Applications: {total, plural, one {# application} other {# applications}}{byStatus, select, none {} other { ({byStatus})}}; incomplete: {incomplete}',
  'hrDigest.finalCounts':
    'Final counts: {total, plural, one {# application} other {# applications}}{byStatus, select, none {} other { ({byStatus})}}; incomplete: {incomplete}',
  'hrDigest.statusCount': '{status} {count}',
  'hrDigest.new.since': 'New since the last digest ({since}): <b>{count}</b>',
  'hrDigest.new.first': 'New so far (this is the first digest): <b>{count}</b>',
  'hrDigest.newApplication': '{name} ({nationality}), {submitted}, {status}; {missingCount, plural, =0 {complete} other {missing: {missing}}}',
  'hrDigest.more': 'and {count} more in the grid',
  'hrDigest.grid': '<link>Open {number} in the grid</link>',
  'hrDigest.signature': 'Human Resources, secondment hub',
  'hrDigest.missing.cv': 'CV',
  'hrDigest.missing.confirmationLetter': 'confirmation letter',
  'hrDigest.missing.ncbValidation': 'NCB validation',

  // --- Application statuses, as a candidate or staff member reads them ---
  'status.submitted': 'submitted',
  'status.screening': 'screening',
  'status.shortlisted': 'shortlisted',
  'status.tested': 'tested',
  'status.interviewed': 'interviewed',
  'status.offered': 'offered',
  'status.appointed': 'appointed',
  'status.rejected': 'rejected',
  'status.withdrawn': 'withdrawn',
  // --- Validation (shared/i18n/validation.ts): the schemas' messages, keyed by their English text; English answers say the schema's own words ---
  'problem.validation.title': 'The request is not valid',
  'problem.validation.detail': 'The request is not valid.',
  'validation.required': 'Required.',
  'validation.invalid': 'Not a valid value.',
  'validation.format': 'Not in the expected format.',
  'validation.type':
    '{expected, select, string {Enter text.} number {Enter a number.} boolean {Answer yes or no.} array {Give a list.} object {Give an object.} other {Not the expected kind of value.}}',
  'validation.oneOf': 'One of {values}.',
  'validation.unknownFields': 'Unknown field(s): {fields}.',
  'validation.parameterOnce': 'Give this parameter once.',
  'validation.text.atLeastCharacters': 'At least {min} characters.',
  'validation.text.atMostCharacters': 'At most {max} characters.',
  'validation.text.controlCharacters': 'Must not contain control characters such as line breaks.',
  'validation.text.directionControls': 'Must not contain line separators or text-direction controls.',
  'validation.text.onlyLineBreaks': 'Only line breaks are allowed among control characters.',
  'validation.number.atLeast': 'At least {min}.',
  'validation.number.atMost': 'At most {max}.',
  'validation.list.atLeast': 'At least {min} items.',
  'validation.list.atMost': 'At most {max} items.',
  'validation.date.format': 'Use the YYYY-MM-DD format.',
  'validation.date.notCalendarDate': 'Not a calendar date.',
  'validation.country.code': 'Use the two-letter ISO 3166-1 country code, such as FR.',
  'validation.country.unknown': 'Not an ISO 3166-1 country code.',
  'validation.nationality.notMember': 'Only nationals of INTERPOL member countries may apply.',
  'validation.homeAdministrationCountry.notMember': 'The home administration must be in an INTERPOL member country: its NCB forwards your application.',
  'validation.email': 'Not an email address.',
  'validation.emailAddress': 'An email address.',
  'validation.phone': 'Digits, spaces and + ( ) . - only, such as +33 4 72 00 00 00.',
  'validation.category': 'Either law-enforcement or government-official.',
  'validation.years.whole': 'A whole number of years.',
  'validation.languages.code': 'Not an ISO 639-1 language code, such as en.',
  'validation.languages.atLeastOne': 'At least one language.',
  'validation.languages.eachOnce': 'Each language once.',
  'validation.privacyConsent': 'Consent to the privacy notice is required to apply.',
  'validation.timeZone': 'Not an IANA time zone such as Europe/Paris.',
  'validation.language': 'One of ar, en, fr, es.',
  'validation.vacancyNumber': 'A vacancy number is 1 to 20 letters, digits or hyphens.',
  'validation.document.kind': 'Use cv, coverLetter or confirmationLetter.',
  'validation.document.contentType': 'Send a PDF ({pdf}) or a Word document ({word}).',
  'validation.document.key': 'Required: the key field of the upload offer.',
  'validation.confirmationToken': 'Not a confirmation token: open the link from your receipt email again.',
  'validation.idempotencyKey': 'Use 16 to 128 letters, digits, - or _, such as a random UUID.',
  'validation.ncb.declineAttestsNothing': 'A decline attests no screening: leave out clearance and screenedOn.',
  'validation.ncb.clearanceRequired': 'A validation names the level of security screening done: Basic or Enhanced, at least the vacancy’s.',
  'validation.ncb.screenedOnRequired': 'A validation gives the date of the screening (YYYY-MM-DD).',
  'validation.ncb.screeningAttested': 'A validation attests the screening: leave out screeningAttested or set it to true, or decline.',
  'validation.ncb.screenedOnFuture': 'The screening date is in the future.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

/** A catalogue: every English key, in another language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
