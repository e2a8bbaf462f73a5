/**
 * The offers capability's messages in English (shared/offers/): the status page's offer section
 * (`statusPage.offer.`), the NCB's "Offers to confirm" view on the staff page (`admin.offers.ncb.`),
 * and the home administration's terms, said on both (`offerTerm.`). Part of the English catalogue
 * (../en.ts spreads it); the key's prefix decides which surfaces say it (../surfaces.ts). HR's
 * offer screens are English only, as HR's other tools.
 */
export const en = {
  'offerTerm.releaseForPeriod': 'Release of the officer for the whole period of the secondment',
  'offerTerm.salaryAndBenefits': 'Salary, social insurance, pension and benefits kept by the home administration',
  'offerTerm.travelAndRemoval': 'Travel and removal costs of arriving and leaving',
  'offerTerm.dutyStationConditions': 'The conditions of service at the duty station',
  // The status page's offer section (functions/pages/client/offer-section.ts).
  'statusPage.offer.title': 'Your offer',
  'statusPage.offer.intro': 'We offer you the post: a secondment starting on {startsOn} for {months, plural, one {# month} other {# months}}.',
  'statusPage.offer.answerBy': 'Please answer by the end of {date} at the duty station ({timeZone} time): until {until}.',
  'statusPage.offer.yourTime': 'That is until {date}, {time} your time ({timeZone}, {offset}).',
  'statusPage.offer.homeConfirmation': 'Your home administration must confirm the following through your NCB by {by}:',
  'statusPage.offer.homeConfirmed': 'Your home administration’s confirmation has been received.',
  'statusPage.offer.legend': 'Your answer',
  'statusPage.offer.accept': 'I accept the offer',
  'statusPage.offer.decline': 'I decline the offer',
  'statusPage.offer.declineWarning': 'If you decline, your application for this post ends and the post may be offered to another candidate.',
  'statusPage.offer.send': 'Send my answer',
  'statusPage.offer.pickOne': 'Choose whether you accept or decline first.',
  'statusPage.offer.accepted': 'You accepted the offer on {date}.',
  'statusPage.offer.declined': 'You declined the offer on {date}.',
  'statusPage.offer.lapsed': 'The offer lapsed: it was not answered by the end of {date} ({timeZone} time).',
  'statusPage.offer.closed': 'The answer-by day has ended: the offer can no longer be answered here.',
  'statusPage.offer.acceptedNews': 'Thank you: your acceptance is recorded.',
  'statusPage.offer.declinedNews': 'Your answer is recorded: you declined the offer.',
  'statusPage.offer.failed': 'Your answer could not be recorded. {detail}',
  // The NCB's "Offers to confirm" view (functions/admin/pages/client/ncb-offers-view.ts).
  'admin.offers.ncb.tab': 'Offers to confirm',
  'admin.offers.ncb.heading': 'Offers to your officers waiting for their home administration’s confirmation',
  'admin.offers.ncb.intro': 'Obtain the home administration’s confirmation of the terms of each offer, upload its letter and record it. The officer can be appointed only once it is recorded and they have accepted.',
  'admin.offers.ncb.none': 'No offer to your officers is waiting for a confirmation.',
  'admin.offers.ncb.officer': 'Officer',
  'admin.offers.ncb.vacancy': 'Vacancy',
  'admin.offers.ncb.secondment': 'Secondment',
  'admin.offers.ncb.secondmentValue': 'From {startsOn}, {months, plural, one {# month} other {# months}}',
  'admin.offers.ncb.terms': 'Terms to confirm',
  'admin.offers.ncb.by': 'Confirm by',
  'admin.offers.ncb.answer': 'Officer’s answer',
  'admin.offers.ncb.accepted': 'Accepted',
  'admin.offers.ncb.waiting': 'Not answered yet (answer by {date})',
  'admin.offers.ncb.record': 'Record the confirmation',
  'admin.offers.ncb.file': 'Home administration’s letter for {name} (PDF or Word)',
  'admin.offers.ncb.noFile': 'Choose the home administration’s letter first.',
  'admin.offers.ncb.recorded': 'The home administration’s confirmation for {name} is recorded.',
  'admin.offers.ncb.failed': 'The confirmation for {name} could not be recorded: {detail}',
} as const satisfies Record<string, string>;

export type OfferKey = keyof typeof en;
export type OfferCatalogue = Readonly<Record<OfferKey, string>>;
