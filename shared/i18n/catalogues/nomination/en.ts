/**
 * The mission's answer on a nomination, as a sending unit tells it (issue 18, point 5;
 * shared/nomination/emails.ts): to the candidate in their language, and to the approver of a
 * serving officer's force, who released them, in English. Part of the English catalogue (../en.ts
 * spreads it); English types the other languages (NominationCatalogue). Keys under `email.` so the
 * emails' surface (../surfaces.ts) carries them.
 */
export const en = {
  'email.nomination.call': 'Call: {number}, {title} ({location})',
  'email.nomination.mission':
    'Mission: {mission}, run by {organisation, select, EU {the European Union} UN {the United Nations} other {the Organization for Security and Co-operation in Europe (OSCE)}}',
  'email.nomination.outcome': 'The mission’s answer ({day}): {outcome, select, selected {selected} reserve {reserve list} other {not selected}}',
  'email.nomination.signature': 'The international secondments team',
  'email.nomination.candidate.subject':
    '{outcome, select, selected {Selected by {mission}: call {number}} reserve {On the reserve list of {mission}: call {number}} other {The answer of {mission} on call {number}}}',
  'email.nomination.candidate.intro': 'The unit nominated you to {mission} for call {number}, {title}, and the mission has now given its answer.',
  'email.nomination.candidate.selected':
    'Congratulations: the mission has selected you for the post. The unit will contact you shortly to prepare your deployment: security vetting, a medical examination, a hostile-environment awareness course and insurance, and your deployment dates. Please make no travel arrangements until then.',
  'email.nomination.candidate.reserve':
    'The mission has placed you on its reserve list. If a selected candidate does not take up the post, the mission may call on you, and the unit will contact you at once if it does. There is nothing you need to do now.',
  'email.nomination.candidate.notSelected':
    'The mission has not selected you for this post. Thank you for the time and care you gave to your application and your interview. Other calls for mission posts are open, and we would welcome your application to them.',
  'email.nomination.force.subject':
    '{outcome, select, selected {{name} selected by {mission}: call {number}} reserve {{name} on the reserve list of {mission}: call {number}} other {{name} not selected by {mission}: call {number}}}',
  'email.nomination.force.intro':
    'You approved the release of {name} ({force}) for call {number}, {title}, from {from} to {until}. The unit nominated them to the mission, which has now answered.',
  'email.nomination.force.introNoPeriod': 'You approved the release of {name} ({force}) for call {number}, {title}. The unit nominated them to the mission, which has now answered.',
  'email.nomination.force.selected':
    'The mission has selected {name}. The unit will contact them about pre-deployment (security vetting, a medical examination, a hostile-environment awareness course and insurance) and about deployment dates, and will tell you the dates so that you can plan for their absence.',
  'email.nomination.force.reserve':
    'The mission has placed {name} on its reserve list: it may call on them if a selected candidate does not take up the post. The unit will tell you if it does; until then they remain in post with your force.',
  'email.nomination.force.notSelected':
    'The mission has not selected {name} for this post: the release you approved will not be used for this call, and they remain in post with your force. Thank you for releasing them.',
} as const;

export type NominationCatalogue = Record<keyof typeof en, string>;
