/**
 * A deployment's emails (issue 18, point 6; shared/deployment/emails.ts): the officer's in their
 * language (an extension decided, the checklist before leaving), the force approver's and HR's in
 * English (staff read English). Part of the English catalogue (../en.ts spreads it); English types
 * the other languages (DeploymentCatalogue). Keys under `email.` so the emails' surface carries them.
 */
export const en = {
  'email.deployment.mission':
    'Mission: {mission}, run by {organisation, select, EU {the European Union} UN {the United Nations} other {the Organization for Security and Co-operation in Europe (OSCE)}}, duty station {dutyStation}',
  'email.deployment.tour': 'Tour: from {deploymentDay} to {rotationDay}',
  'email.deployment.extensionRequested.subject': 'Extension requested for {name} ({mission}) until {until}',
  'email.deployment.extensionRequested.body':
    'The unit asks you to approve an extension of the deployment of {name} ({force}) to {mission}: their tour, which now ends on {rotationDay}, would continue until {until}.',
  'email.deployment.extension.reason': 'The unit’s reason: {reason}',
  'email.deployment.extension.how':
    'Please approve or refuse the extension in the Deployments tab of the staff page. Until you decide, the tour ends on the day planned now.',
  'email.deployment.extensionWaiting.subject': 'Reminder: the extension for {name} ({mission}) awaits your decision',
  'email.deployment.extensionWaiting.body':
    'On {requestedOn} the unit asked you to approve an extension of the deployment of {name} ({force}) to {mission} until {until}. It is not yet decided, and their tour ends on {rotationDay}.',
  'email.deployment.extensionDecided.subject':
    '{decision, select, approved {Your deployment to {mission} is extended until {until}} other {Your deployment to {mission} is not extended}}',
  'email.deployment.extensionDecided.body':
    '{decision, select, approved {The extension of your deployment to {mission} has been approved: your tour now ends on {until}.} other {The extension of your deployment to {mission} until {until} has not been approved: your tour still ends on {rotationDay}.}}',
  'email.deployment.extensionDecided.next': 'The unit will be in touch about your rotation and travel home. Please contact it with any question.',
  'email.deployment.checklist.missing':
    '{item, select, vetting {Security vetting} medical {Medical examination} hostileEnvironmentTraining {Hostile-environment awareness course} other {Insurance}}: not yet recorded',
  'email.deployment.checklist.expires':
    '{item, select, vetting {Security vetting} medical {Medical examination} hostileEnvironmentTraining {Hostile-environment awareness course} other {Insurance}}: expires on {expiresOn}, before the tour ends on {rotationDay}',
  'email.deployment.checklist.officer.subject': 'Before your deployment to {mission}: {days, plural, one {# day} other {# days}} left',
  'email.deployment.checklist.officer.intro':
    'Your deployment to {mission} begins on {deploymentDay}, in {days, plural, one {# day} other {# days}}. These pre-deployment items are not yet in order:',
  'email.deployment.checklist.officer.next':
    'Please arrange what is missing and send the unit the certificate or policy for each item, so that it can record them before you leave.',
  'email.deployment.checklist.hr.subject': 'Checklist not complete: {name}, {mission}, {days, plural, one {# day} other {# days}} before deployment',
  'email.deployment.checklist.hr.intro':
    'The deployment of {name} to {mission} begins on {deploymentDay}, in {days, plural, one {# day} other {# days}}. These checklist items are not yet in order:',
  'email.deployment.checklist.hr.next': 'Record each item in the Deployments tab once it is done. The officer has been sent the same list.',
  'email.deployment.returnDue.subject': 'Return due: {name}, {mission}',
  'email.deployment.returnDue.body':
    'The tour of {name} with {mission} ended on {rotationDay} and no return is recorded. Record the return in the Deployments tab, or request an extension if the officer is staying.',
  'email.deployment.debriefDue.subject': 'Debrief due: {name}, {mission}',
  'email.deployment.debriefDue.body':
    '{name} returned from {mission} on {returnedOn}, {days, plural, one {# day} other {# days}} ago, and no debrief is recorded. Please hold the debrief and record it in the Deployments tab.',
} as const;

export type DeploymentCatalogue = Record<keyof typeof en, string>;
