/**
 * A sending unit's words for its applicants (issue 18): the force's release among what is missing
 * (shared/profiles/requirements.ts) in emails and on the status page, and the pages' own footer and
 * gender reason, which name the unit and the force rather than an NCB. Part of the English
 * catalogue (../en.ts spreads it); English types the other languages (ReleaseCatalogue).
 */
export const en = {
  'receipt.missing.release': 'Your release for the mission by your police force',
  'receipt.missing.release.how': 'Your force’s approver decides on it: please ask your line manager to put your release forward before the deadline.',
  'hrDigest.missing.release': 'release by the force',
  'page.footer.sending': 'Questions about a post or the conditions of deployment? Ask the unit’s international secondments team.',
  'panel.missing.release': 'Your force’s approver decides on it; we tell you when they have. Ask your line manager to put it forward if it takes long.',
  'form.gender.why.sending':
    'We ask only to count, in anonymous totals, how far we meet our representation goals, such as more women among the officers and experts we deploy. Your answer is never shown to the selection panel, to your force or in any list of candidates.',
} as const;

export type ReleaseCatalogue = Record<keyof typeof en, string>;
