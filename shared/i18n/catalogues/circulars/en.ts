/**
 * The circulars capability's messages in English (shared/circulars/ and its pages and emails), kept in a
 * file of their own so that the capability's messages change beside its code. Part of the English
 * catalogue (../en.ts spreads it); the key's prefix decides which surfaces say it (../surfaces.ts):
 * `circularAck.` the email's acknowledgement page alone, `admin.circular.` the staff page.
 */
export const en = {
  // --- The acknowledgement page (functions/circulars/acknowledgement-page.ts): what the circular email's link opens ---
  'circularAck.title': 'Circular for vacancy {number} · Secondment Hub',
  'circularAck.skipLink': 'Skip to main content',
  'circularAck.tagline': 'Secondments to the organisation',
  'circularAck.languages': 'Language',
  'circularAck.heading': 'Circular for vacancy {number}',
  'circularAck.about': 'The circular announcing vacancy <b>{number}</b>, {title}, was sent to the NCB of <b>{country}</b>.',
  'circularAck.amended': 'This is an amended circular: it replaces the one sent before.',
  'circularAck.prompt': 'Please confirm that your NCB received it. Nothing is recorded until you press the button.',
  'circularAck.button': 'Acknowledge receipt',
  'circularAck.acknowledged': 'Thank you. Your NCB’s acknowledgement of this circular was recorded on {date}.',
  'circularAck.already': 'Your NCB already acknowledged this circular on {date}. Nothing more is needed.',
  'circularAck.notice': 'Read the vacancy notice',
  'circularAck.notFound.heading': 'This link does not work',
  'circularAck.notFound.text': 'There is no circular with this link. Open the link from the circular email again.',
  'circularAck.expired.heading': 'This link has expired',
  'circularAck.expired.text': 'This acknowledgement link expired on {date}. Please reply to the circular email instead.',
  'circularAck.footer': 'Secondment Hub: vacancies for officers seconded by their national administrations.',

  // --- The staff page: an NCB's Vacancies tab (functions/admin/pages/client/ncb-vacancies-view.ts) ---
  'admin.circular.notSent': 'Circular: not sent to your NCB yet',
  'admin.circular.sent': 'Circular sent on {date}; not acknowledged yet',
  'admin.circular.amended': 'Amended circular sent on {date}; not acknowledged yet',
  'admin.circular.acknowledged': 'Circular sent on {sent}; acknowledged on {date}',
  'admin.circular.acknowledge': 'Acknowledge',
  'admin.circular.acknowledge.label': 'Acknowledge receipt of the circular for vacancy {number}',
  'admin.circular.acknowledgedNow': 'Receipt of the circular for vacancy {number} acknowledged.',
  'admin.circular.acknowledgeFailed': 'The acknowledgement could not be recorded: {reason}',

  // --- The staff page: HR's vacancies view and switcher (English only: HR's screens) ---
  'admin.circular.hr.column': 'Circular',
  'admin.circular.hr.summary':
    '{sent, plural, =0 {Not sent yet} one {Sent to # NCB} other {Sent to # NCBs}}, {bounced} bounced, {acknowledged} acknowledged{amendments, plural, =0 {} one {, # amendment} other {, # amendments}}',
  'admin.circular.hr.bounced': 'Bounced: {countries}',
  'admin.circular.hr.pending': '{pending, plural, one {# NCB still to be sent the latest edition} other {# NCBs still to be sent the latest edition}}',
  'admin.circular.hr.loadFailed': 'The circular’s counts could not be loaded.',
} as const satisfies Record<string, string>;

export type CircularKey = keyof typeof en;

/** The circulars messages of one language: every English key. */
export type CircularCatalogue = Readonly<Record<CircularKey, string>>;
