/**
 * The secondments' messages on the staff page in English (issue 17; shared/secondments/): what an
 * NCB officer reads of its country's secondments and their extensions (`admin.secondments.`), said
 * in the page's language. Part of the English catalogue (../en.ts spreads it). HR's own actions
 * (making a record, signed terms, the decision, the end) stay English, as HR's other tools.
 */
export const en = {
  'admin.secondments.tab': 'Secondments',
  'admin.secondments.heading': 'Secondments',
  'admin.secondments.ncbIntro': 'Your country’s seconded officers. Ask for an extension on the home administration’s behalf, then upload its letter of confirmation: HR approves or refuses it.',
  'admin.secondments.none': 'No secondments to show.',
  'admin.secondments.caption': 'Secondments, by last day',
  'admin.secondments.officer': 'Officer',
  'admin.secondments.vacancy': 'Vacancy',
  'admin.secondments.post': 'Unit and duty station',
  'admin.secondments.type': '{type, select, regular {Regular} other {Short-term}}',
  'admin.secondments.typeHeading': 'Type',
  'admin.secondments.run': 'First and last day',
  'admin.secondments.runValue': '{firstDay} to {lastDay}',
  'admin.secondments.state': 'State',
  'admin.secondments.stateValue': '{state, select, arriving {Arriving} serving {Serving} extended {Extended} ending {Ending} other {Ended}}',
  'admin.secondments.room': 'May still be extended by',
  'admin.secondments.roomValue': '{left, plural, =0 {no more months} one {# month} other {# months}} (at most {limit, number} in all)',
  'admin.secondments.open': 'Open',
  'admin.secondments.openOf': 'Open the secondment of {name}',
  'admin.secondments.detailHeading': 'Secondment of {name}',
  'admin.secondments.back': 'Back to the list',
  'admin.secondments.homeAdministration': 'Home administration',
  'admin.secondments.allowance': 'Expatriation allowance',
  'admin.secondments.allowanceValue': '{value, select, yes {Yes} other {No}}',
  'admin.secondments.ended': 'Ended on {day}{early, select, yes { (early)} other {}}: {reason}',
  'admin.secondments.extensions': 'Extensions',
  'admin.secondments.noExtensions': 'No extension has been asked.',
  'admin.secondments.months': 'Months',
  'admin.secondments.newLastDay': 'New last day',
  'admin.secondments.askedBy': 'Asked by',
  'admin.secondments.askedByValue': '{as, select, hr {HR} other {the NCB}}, {date}',
  'admin.secondments.extensionState': '{state, select, awaitingHomeConfirmation {Waiting for the home administration’s confirmation} awaitingApproval {Waiting for HR’s approval} approved {Approved} refused {Refused} other {Withdrawn}}',
  'admin.secondments.action': 'Action',
  'admin.secondments.ask': 'Ask for an extension',
  'admin.secondments.askReason': 'Reason',
  'admin.secondments.askSend': 'Ask for the extension',
  'admin.secondments.asked': 'Extension of {months, plural, one {# month} other {# months}} asked: the home administration’s confirmation comes next.',
  'admin.secondments.letterFile': 'Letter of the home administration',
  'admin.secondments.confirm': 'Record the confirmation',
  'admin.secondments.noFile': 'Choose the letter’s file first.',
  'admin.secondments.confirmed': 'The home administration’s confirmation is recorded: HR decides next.',
  'admin.secondments.withdrawReason': 'Why withdraw it?',
  'admin.secondments.withdraw': 'Withdraw the extension',
  'admin.secondments.withdrawn': 'The extension is withdrawn.',
  'admin.secondments.failed': 'That did not go through: {detail}',
} as const satisfies Record<string, string>;

export type SecondmentPageKey = keyof typeof en;
export type SecondmentPageCatalogue = Readonly<Record<SecondmentPageKey, string>>;
