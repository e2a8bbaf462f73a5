/**
 * The written test's messages in English (shared/written-tests/, its emails and the status page's
 * written test section). Part of the English catalogue (../en.ts spreads it); the key's prefix
 * decides which surfaces say it (../surfaces.ts): `writtenTestEmail.` the emails,
 * `statusPage.writtenTest.` the status page.
 */
export const en = {
  // The status page's section (functions/pages/client/written-test-section.ts).
  'statusPage.writtenTest.title': 'Your written test',
  'statusPage.writtenTest.invited': 'You are shortlisted and invited to a written test. Please confirm that you will take it, or ask for another time.',
  'statusPage.writtenTest.startsAt': 'Starts: {date}, {time} {timeZone} time ({offset})',
  'statusPage.writtenTest.endsAt': 'Ends: {date}, {time} {timeZone} time ({offset})',
  'statusPage.writtenTest.opensAt': 'Opens: {date}, {time} {timeZone} time ({offset})',
  'statusPage.writtenTest.closesAt': 'Closes: {date}, {time} {timeZone} time ({offset})',
  'statusPage.writtenTest.yourTime': '{date}, {time} your time ({timeZone}, {offset})',
  'statusPage.writtenTest.length': 'The test lasts {minutes, plural, one {# minute} other {# minutes}}.',
  'statusPage.writtenTest.windowLength': 'Take it at any time while it is open: once started, it takes {minutes, plural, one {# minute} other {# minutes}}.',
  'statusPage.writtenTest.place': 'Place: {address}',
  'statusPage.writtenTest.remote': 'Online, on the test platform:',
  'statusPage.writtenTest.marks': 'The test is marked out of {maxMark}: a mark of {passMark} or more passes.',
  'statusPage.writtenTest.cancelled': 'This written test is cancelled. You remain shortlisted: we will write to you with a new date.',
  'statusPage.writtenTest.confirmed': 'You have confirmed that you will take the test.',
  'statusPage.writtenTest.askedAnother': 'You have asked for another time ({reason}). HR will write to you.',
  'statusPage.writtenTest.closed': 'The test has started: answers are closed.',
  'statusPage.writtenTest.legend': 'Will you take the test at this time?',
  'statusPage.writtenTest.confirm': 'Yes, I will take it',
  'statusPage.writtenTest.another': 'No, I need another time',
  'statusPage.writtenTest.reason': 'Why do you need another time? (briefly)',
  'statusPage.writtenTest.send': 'Send my answer',
  'statusPage.writtenTest.pickOne': 'Choose an answer first.',
  'statusPage.writtenTest.reasonMissing': 'Say briefly why you need another time.',
  'statusPage.writtenTest.sentNews': 'Your answer is recorded.',
  'statusPage.writtenTest.failed': 'Your answer could not be recorded. {detail}',
  // The emails (shared/written-tests/emails.ts).
  'writtenTestEmail.startsAt': 'Starts: {date}, {time} {timeZone} time ({offset})',
  'writtenTestEmail.endsAt': 'Ends: {date}, {time} {timeZone} time ({offset})',
  'writtenTestEmail.opensAt': 'Opens: {date}, {time} {timeZone} time ({offset})',
  'writtenTestEmail.closesAt': 'Closes: {date}, {time} {timeZone} time ({offset})',
  'writtenTestEmail.yourTime': '{date}, {time} your time ({timeZone}, {offset})',
  'writtenTestEmail.length': 'The test lasts {minutes, plural, one {# minute} other {# minutes}}.',
  'writtenTestEmail.windowLength': 'Take it at any time while it is open: once started, it takes {minutes, plural, one {# minute} other {# minutes}}.',
  'writtenTestEmail.place': 'Place: {address}',
  'writtenTestEmail.remote': 'Online, on the test platform: {url}',
  'writtenTestEmail.marks': 'The test is marked out of {maxMark}: a mark of {passMark} or more passes.',
  'writtenTestEmail.invitation.subject': 'Vacancy {number}, {title}: you are shortlisted and invited to a written test',
  'writtenTestEmail.invitation.body': 'You are shortlisted for vacancy <b>{number}, {title}</b> ({location}) and invited to a written test:',
  'writtenTestEmail.calendar': 'The attached calendar file (written-test.ics) adds it to your calendar.',
  'writtenTestEmail.answer':
    'Please <link>open your status page</link> with the link from your application receipt to confirm that you will take the test, or to ask for another time.',
  'writtenTestEmail.changed.subject': 'The written test for vacancy {number} has changed',
  'writtenTestEmail.changed.body': 'The organisation has changed the written test for vacancy <b>{number}, {title}</b>. It is now:',
  'writtenTestEmail.cancelled.subject': 'The written test for vacancy {number} is cancelled',
  'writtenTestEmail.cancelled.body':
    'The organisation has cancelled the written test for vacancy <b>{number}, {title}</b> ({when}). You remain shortlisted: we will write to you with a new date.',
} as const satisfies Record<string, string>;

export type WrittenTestKey = keyof typeof en;
export type WrittenTestCatalogue = Readonly<Record<WrittenTestKey, string>>;
