/**
 * The secondments' notices in English (issue 17, point 3): the email that a secondment ends, to
 * the officer, their NCB and HR (shared/secondments/ending-emails.ts), and the HR digest's
 * secondments section (shared/email/templates/hr-digest-secondments.ts). Part of the English
 * catalogue (../en.ts spreads it); the prefixes `endingEmail.` and `hrDigest.` make them the emails'.
 */
export const en = {
  'endingEmail.officer.subject': 'Your secondment ends on {lastDay}',
  'endingEmail.officer.body': 'Your secondment to <b>{unit}</b> in {dutyStation}, which began on {firstDay}, ends on <b>{lastDay}</b>, your last day of service.',
  'endingEmail.about.subject': 'Secondment ending on {lastDay}: {name}, {unit}',
  'endingEmail.about.body':
    'The secondment of <b>{name}</b> ({administration}) to <b>{unit}</b> in {dutyStation}, which began on {firstDay}, ends on <b>{lastDay}</b>, the last day of service.',
  'endingEmail.endsThere': 'Service ends at the end of that day in {dutyStation} ({timeZone}), that is {there}.',
  'endingEmail.notice': '{monthsLeft, plural, =0 {Less than a month remains} one {# month remains} other {# months remain}} until then: time enough to prepare the return, or an extension.',
  'endingEmail.room.left':
    'Under the rules, a {type, select, regular {regular} other {short-term}} secondment runs at most {limit} months in all; this one takes {taken}, so it may still be extended by at most <b>{left, plural, one {# month} other {# months}}</b>.',
  'endingEmail.room.none':
    'Under the rules, a {type, select, regular {regular} other {short-term}} secondment runs at most {limit} months in all; this one takes {taken}, so <b>it cannot be extended further</b>.',
  'endingEmail.underWay': 'An extension of {months, plural, one {# month} other {# months}} has already been asked and is under way: this last day stands until HR approves it.',
  'endingEmail.how.officer':
    'If you and your home administration wish to extend it, ask your National Central Bureau (NCB): it asks for the extension on your home administration’s behalf and sends us its letter of confirmation; HR then decides.',
  'endingEmail.how.ncb':
    'To extend it, ask for the extension in the Secondments tab of the staff page before the last day, and upload the home administration’s letter of confirmation there; HR then decides.',
  'endingEmail.how.hr':
    'An extension is asked by HR or by the NCB in the Secondments tab; it needs the home administration’s letter of confirmation, sent through the NCB, and HR’s approval.',
  'endingEmail.reference': 'Secondment reference: {reference}',
  'hrDigest.secondments.heading': '{months, plural, one {Secondments ending within # month} other {Secondments ending within # months}}',
  'hrDigest.secondments.none': 'No secondment ends within this window.',
  'hrDigest.secondments.item':
    '{name} ({nationality}), {unit}, {dutyStation}: last day <b>{lastDay}</b>{early, select, yes { (early end recorded)} other {}}; {left, plural, =0 {no extension left under the rules} one {# month left under the rules} other {# months left under the rules}}',
  'hrDigest.extensions.heading': 'Extensions under way',
  'hrDigest.extensions.item':
    '{name}, {unit}: {months, plural, one {# month} other {# months}} asked on {askedOn}; {step, select, letter {<b>waiting for the home administration’s letter</b> through the NCB} other {<b>waiting for HR’s approval</b>}}',
} as const satisfies Record<string, string>;

export type SecondmentNoticeKey = keyof typeof en;
export type SecondmentNoticeCatalogue = Readonly<Record<SecondmentNoticeKey, string>>;
