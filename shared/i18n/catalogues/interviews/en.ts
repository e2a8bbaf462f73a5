/**
 * The interviews capability's messages in English (shared/interviews/, its emails and the status
 * page's interview section). Part of the English catalogue (../en.ts spreads it); the key's prefix
 * decides which surfaces say it (../surfaces.ts): `interviewEmail.` the emails, `statusPage.interview.` the status page.
 */
export const en = {
  // The status page's interview section (functions/pages/client/interview-section.ts).
  'statusPage.interview.title': 'Your interview',
  'statusPage.interview.invited': 'You are invited to an interview. Choose one of the open times: each time is for one candidate, and the first to choose it gets it.',
  'statusPage.interview.booked': 'Your interview is booked:',
  'statusPage.interview.slotTime': '{date}, {time} {timeZone} time ({offset})',
  'statusPage.interview.yourTime': '{date}, {time} your time ({timeZone}, {offset})',
  'statusPage.interview.duration': '{minutes, plural, one {# minute} other {# minutes}}',
  'statusPage.interview.place': 'Place: {place}',
  'statusPage.interview.video': 'Video call:',
  'statusPage.interview.changeUntil': 'You can change to another open time until {until}.',
  'statusPage.interview.noChange': 'Your interview is less than 24 hours away and can no longer be changed here. Contact HR if you cannot attend.',
  'statusPage.interview.choose': 'Open interview times',
  'statusPage.interview.changeTo': 'Change to another time',
  'statusPage.interview.none': 'No interview time is open at the moment. We will write to you when new times are set.',
  'statusPage.interview.book': 'Book this time',
  'statusPage.interview.change': 'Change to this time',
  'statusPage.interview.pickOne': 'Choose a time first.',
  'statusPage.interview.bookedNews': 'Your interview is booked. A confirmation is on its way by email.',
  'statusPage.interview.failed': 'The time could not be booked. {detail}',
  'interviewEmail.slotTime': '{date}, {time} {timeZone} time ({offset})',
  'interviewEmail.yourTime': '{date}, {time} your time ({timeZone}, {offset})',
  'interviewEmail.duration': '{minutes, plural, one {# minute} other {# minutes}}',
  'interviewEmail.place': 'Place: {place}',
  'interviewEmail.video': 'Video call: {link}',
  'interviewEmail.invitation.subject': 'Interview for vacancy {number}, {title}: choose your time',
  'interviewEmail.invitation.body': 'You are invited to an interview for vacancy <b>{number}, {title}</b> ({location}).',
  'interviewEmail.invitation.pick':
    '<link>Open your status page</link> with the link from your application receipt and choose one of the open interview times. Each time is for one candidate: the first to choose it gets it.',
  'interviewEmail.booked.subject': 'Your interview for vacancy {number} is booked',
  'interviewEmail.booked.body': 'Your interview for vacancy <b>{number}, {title}</b> is booked:',
  'interviewEmail.booked.calendar': 'The attached calendar file (interview.ics) adds it to your calendar.',
  'interviewEmail.booked.change': 'You can change to another open time on your status page until {cutoff}.',
  'interviewEmail.reminder.subject': 'Reminder: your interview tomorrow for vacancy {number}',
  'interviewEmail.reminder.body': 'This is a reminder of your interview tomorrow for vacancy <b>{number}, {title}</b>:',
  'interviewEmail.moved.subject': 'Your interview for vacancy {number} has changed',
  'interviewEmail.moved.body': 'The organisation has changed your interview for vacancy <b>{number}, {title}</b>. It is now:',
  'interviewEmail.cancelled.subject': 'Your interview time for vacancy {number} is cancelled',
  'interviewEmail.cancelled.body':
    'The organisation has cancelled your interview time for vacancy <b>{number}, {title}</b> ({when}). Your invitation stands: please choose another time on your status page.',
  'interviewEmail.panel.moved.subject': 'Interview slot changed: vacancy {number}',
  'interviewEmail.panel.cancelled.subject': 'Interview slot cancelled: vacancy {number}',
  'interviewEmail.panel.moved.body': 'An interview slot of vacancy <b>{number}, {title}</b> in which you sit has changed. It is now:',
  'interviewEmail.panel.cancelled.body': 'An interview slot of vacancy <b>{number}, {title}</b> in which you sat is cancelled ({when}).',
  'interviewEmail.panel.candidate': 'Candidate booked in it: application {reference}.',
} as const satisfies Record<string, string>;

export type InterviewKey = keyof typeof en;
export type InterviewCatalogue = Readonly<Record<InterviewKey, string>>;
