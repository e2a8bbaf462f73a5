/**
 * The Releases tab of a sending unit's staff page in English (issue 18, point 4; shared/release/):
 * a force's approver reads it, and HR and admins without its decisions, so every word is in the
 * page's language. Part of the English catalogue (../en.ts spreads it); English types the others.
 */
export const en = {
  'admin.releases.tab': 'Releases',
  'admin.releases.heading': 'Releases',
  'admin.releases.intro':
    '{reader, select, force {Your force’s serving officers who applied for a mission post, those waiting for your decision first. Approve each one’s release for a period, or refuse it with a reason.} other {Every force’s serving officers who applied for a mission post, those waiting first. Only each officer’s own force decides on the release.}}',
  'admin.releases.role': 'Force approver, {force}',
  'admin.releases.table': 'Serving officers and their release',
  'admin.releases.count': '{total, plural, =0 {No officer} one {# officer} other {# officers}}, {waiting, plural, =0 {none waiting} other {# waiting}}',
  'admin.releases.column.officer': 'Officer',
  'admin.releases.column.lineManager': 'Line manager',
  'admin.releases.column.call': 'Call',
  'admin.releases.column.deadlines': 'Deadlines',
  'admin.releases.column.status': 'Application',
  'admin.releases.column.decision': 'Release',
  'admin.releases.column.actions': 'Actions',
  'admin.releases.mission': '{mission}, run by the {organisation}',
  'admin.releases.dutyStation': 'Duty station: {location}',
  'admin.releases.deadline.national': 'National deadline: {date}',
  'admin.releases.deadline.mission': 'The mission’s deadline: {date}',
  'admin.releases.state': '{decision, select, approved {Released from {from} to {until}} refused {Refused} other {Waiting for the force’s decision}}',
  'admin.releases.reason': 'Reason: {note}',
  'admin.releases.decidedBy': 'By {by}, {date}',
  'admin.releases.empty': 'No serving officer has applied for a live call.',
  'admin.releases.loadFailed': 'The releases could not be loaded. {reason}',
  'admin.releases.approve': 'Approve release',
  'admin.releases.approve.label': 'Approve release for {name}',
  'admin.releases.refuse': 'Refuse release',
  'admin.releases.refuse.label': 'Refuse release for {name}',
  'admin.releases.dialog.heading': '{decision, select, approved {Approve the release} other {Refuse the release}}',
  'admin.releases.dialog.who': '{name} · {title} · call {call}',
  'admin.releases.from': 'First day released',
  'admin.releases.until': 'Last day released',
  'admin.releases.period.hint': 'The days the officer is released to the mission, both included.',
  'admin.releases.note': 'Reason for refusing',
  'admin.releases.note.hint': 'The officer and the unit read it.',
  'admin.releases.cancel': 'Cancel',
  'admin.releases.error.from': 'Give the first day released.',
  'admin.releases.error.until': 'Give the last day released.',
  'admin.releases.error.untilBeforeFrom': 'The last day released cannot be before the first.',
  'admin.releases.error.note': 'Say why the release is refused.',
  'admin.releases.saved': '{decision, select, approved {The release of {name} is approved from {from} to {until}.} other {The release of {name} is refused.}}',
  'admin.releases.changed': 'Someone changed the application of {name} meanwhile (it is now at version {version}): its row shows it as it stands. Check it, then decide again.',
  'admin.releases.failed': 'The decision was not saved. {reason}',
} as const;

export type ReleasesPageCatalogue = Record<keyof typeof en, string>;
