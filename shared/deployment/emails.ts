/**
 * A deployment's emails (issue 18, point 6): to the officer in the language of their application
 * (an extension decided; the checklist before leaving), to the approver of a serving officer's
 * force in English (an extension to decide, and a reminder after 7 days), as the mission's answer
 * reaches them (shared/nomination/emails.ts: the approver who approved the release), and to HR in
 * English (the checklist, a return due, a debrief due). Text and HTML from the same words; every
 * value escaped in the HTML. Nothing of the debrief's notes and nothing of a decision's note: those
 * stay internal.
 */
import type { Application } from '../applications/application.js';
import { composed, lines, paragraphsFor, type Paragraph } from '../email/paragraphs.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import { emailWords, type EmailWords } from '../email/words.js';
import { formatCalendarDate } from '../i18n/format.js';
import { languageOr } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import type { Deployment, DeploymentExtension } from './deployment.js';
import type { ChecklistGap, Reminder } from './reminders.js';

/** The arguments a message selects on: matched as they are, never shown. */
const { said, isolated } = paragraphsFor(new Set(['organisation', 'decision', 'item']));

/**
 * The approver who released a serving officer, as the mission's answer reached them: the address
 * that approved the release, and nobody else at the force. Undefined for anyone else.
 */
export const releaseApprover = (application: Pick<Application, 'category' | 'release'>): string | undefined =>
  application.category === 'serving-police' && application.release?.decision === 'approved' && application.release.by.includes('@') ? application.release.by : undefined;

const day = (words: EmailWords, isoDate: string): string => formatCalendarDate(words.language, isoDate);

/** A force since taken off the stage's list keeps its id, so the email still says whose officer it is. */
const forceName = (deployment: Pick<Deployment, 'force'>, forces: readonly Force[]): string => {
  const id = deployment.force ?? '';
  return forces.find((force) => force.id === id)?.name ?? id;
};

/** The mission and the tour as planned now, on two lines. */
const facts = (words: EmailWords, deployment: Deployment): Paragraph =>
  lines([
    said(words, 'email.deployment.mission', { mission: deployment.mission.name, organisation: deployment.mission.organisation, dutyStation: deployment.mission.dutyStation }),
    said(words, 'email.deployment.tour', { deploymentDay: day(words, deployment.deploymentDay), rotationDay: day(words, deployment.rotationDay) }),
  ]);

const closing = (words: EmailWords, deployment: Deployment): Paragraph[] => [
  said(words, 'email.reference', { reference: deployment.id }),
  said(words, 'email.nomination.signature'),
];

/** To several readers (HR's addresses): the same email, every address on it. */
const toAll = (email: OutgoingEmail, recipients: readonly string[]): OutgoingEmail => ({ ...email, to: [...recipients] });

const extensionValues = (words: EmailWords, deployment: Deployment, extension: DeploymentExtension, forces: readonly Force[]) => ({
  name: personName(deployment.officer),
  force: forceName(deployment, forces),
  mission: deployment.mission.name,
  rotationDay: day(words, deployment.rotationDay),
  until: day(words, extension.until),
});

/** To the approver of a serving officer's force: an extension the unit asks them to decide. */
export const extensionRequestedEmail = (deployment: Deployment, extension: DeploymentExtension, forces: readonly Force[], approver: string): OutgoingEmail => {
  const words = emailWords('en');
  const values = extensionValues(words, deployment, extension, forces);
  return composed(words, approver, words.text('email.deployment.extensionRequested.subject', values), [
    said(words, 'email.deployment.extensionRequested.body', values),
    facts(words, deployment),
    said(words, 'email.deployment.extension.reason', { reason: extension.reason }),
    said(words, 'email.deployment.extension.how'),
    ...closing(words, deployment),
  ]);
};

/** To the same approver, once the extension has waited for them for a week. */
export const extensionWaitingEmail = (deployment: Deployment, extension: DeploymentExtension, requestedOn: string, forces: readonly Force[], approver: string): OutgoingEmail => {
  const words = emailWords('en');
  const values = { ...extensionValues(words, deployment, extension, forces), requestedOn: day(words, requestedOn) };
  return composed(words, approver, words.text('email.deployment.extensionWaiting.subject', values), [
    said(words, 'email.deployment.extensionWaiting.body', values),
    facts(words, deployment),
    said(words, 'email.deployment.extension.reason', { reason: extension.reason }),
    said(words, 'email.deployment.extension.how'),
    ...closing(words, deployment),
  ]);
};

/**
 * To the officer, in their language: the extension approved (the tour's new last day) or refused
 * (the last day as it stands). `deployment` is as recorded after the decision.
 */
export const extensionDecidedEmail = (deployment: Deployment, extension: DeploymentExtension): OutgoingEmail => {
  const words = emailWords(languageOr(deployment.officer.language));
  const decision = extension.state === 'approved' ? 'approved' : 'refused';
  const values = { decision, mission: deployment.mission.name, until: day(words, extension.until), rotationDay: day(words, deployment.rotationDay) };
  return composed(words, deployment.officer.email, words.text('email.deployment.extensionDecided.subject', isolated(words, values)), [
    said(words, 'email.greeting.named', { name: personName(deployment.officer) }),
    said(words, 'email.deployment.extensionDecided.body', values),
    facts(words, deployment),
    said(words, 'email.deployment.extensionDecided.next'),
    ...closing(words, deployment),
  ]);
};

/** The checklist's gaps, one line each. */
const gapLines = (words: EmailWords, deployment: Deployment, gaps: readonly ChecklistGap[]): Paragraph =>
  lines(
    gaps.map((gap) =>
      gap.verdict === 'missing'
        ? said(words, 'email.deployment.checklist.missing', { item: gap.item })
        : said(words, 'email.deployment.checklist.expires', { item: gap.item, expiresOn: day(words, gap.expiresOn ?? deployment.rotationDay), rotationDay: day(words, deployment.rotationDay) }),
    ),
  );

/** To the officer, in their language: what is not yet in order before they leave. */
export const checklistOfficerEmail = (deployment: Deployment, gaps: readonly ChecklistGap[], daysLeft: number): OutgoingEmail => {
  const words = emailWords(languageOr(deployment.officer.language));
  const values = { mission: deployment.mission.name, deploymentDay: day(words, deployment.deploymentDay), days: daysLeft };
  return composed(words, deployment.officer.email, words.text('email.deployment.checklist.officer.subject', isolated(words, values)), [
    said(words, 'email.greeting.named', { name: personName(deployment.officer) }),
    said(words, 'email.deployment.checklist.officer.intro', values),
    gapLines(words, deployment, gaps),
    facts(words, deployment),
    said(words, 'email.deployment.checklist.officer.next'),
    ...closing(words, deployment),
  ]);
};

/** To HR, in English: the same gaps, with whose deployment it is. */
export const checklistHrEmail = (deployment: Deployment, gaps: readonly ChecklistGap[], daysLeft: number, recipients: readonly string[]): OutgoingEmail => {
  const words = emailWords('en');
  const values = { name: personName(deployment.officer), mission: deployment.mission.name, deploymentDay: day(words, deployment.deploymentDay), days: daysLeft };
  const email = composed(words, recipients[0] ?? '', words.text('email.deployment.checklist.hr.subject', values), [
    said(words, 'email.deployment.checklist.hr.intro', values),
    gapLines(words, deployment, gaps),
    facts(words, deployment),
    said(words, 'email.deployment.checklist.hr.next'),
    ...closing(words, deployment),
  ]);
  return toAll(email, recipients);
};

/** To HR: the rotation day has passed and no return is recorded. */
export const returnDueEmail = (deployment: Deployment, recipients: readonly string[]): OutgoingEmail => {
  const words = emailWords('en');
  const values = { name: personName(deployment.officer), mission: deployment.mission.name, rotationDay: day(words, deployment.rotationDay) };
  const email = composed(words, recipients[0] ?? '', words.text('email.deployment.returnDue.subject', values), [
    said(words, 'email.deployment.returnDue.body', values),
    facts(words, deployment),
    ...closing(words, deployment),
  ]);
  return toAll(email, recipients);
};

/** To HR: returned a fortnight ago and no debrief recorded. */
export const debriefDueEmail = (deployment: Deployment, daysSince: number, recipients: readonly string[]): OutgoingEmail => {
  const words = emailWords('en');
  const values = { name: personName(deployment.officer), mission: deployment.mission.name, returnedOn: day(words, deployment.returned?.on ?? deployment.rotationDay), days: daysSince };
  const email = composed(words, recipients[0] ?? '', words.text('email.deployment.debriefDue.subject', values), [
    said(words, 'email.deployment.debriefDue.body', values),
    facts(words, deployment),
    ...closing(words, deployment),
  ]);
  return toAll(email, recipients);
};

export interface ReminderReaders {
  /** HR's addresses (the digest's). */
  hr: readonly string[];
  /** The approver who released a serving officer, when one did (releaseApprover). */
  approver?: string | undefined;
  /** The stage's forces: the approver's email names the officer's force. */
  forces: readonly Force[];
}

/** A due reminder's email; undefined when it has nobody to go to (no HR address, no approver on record). */
export const reminderEmail = (deployment: Deployment, reminder: Reminder, readers: ReminderReaders): OutgoingEmail | undefined => {
  if (reminder.recipient === 'hr' && readers.hr.length === 0) return undefined;
  switch (reminder.kind) {
    case 'checklist':
      return reminder.recipient === 'officer' ? checklistOfficerEmail(deployment, reminder.gaps, reminder.daysLeft) : checklistHrEmail(deployment, reminder.gaps, reminder.daysLeft, readers.hr);
    case 'extension-waiting':
      return readers.approver ? extensionWaitingEmail(deployment, reminder.extension, reminder.requestedOn, readers.forces, readers.approver) : undefined;
    case 'return-due':
      return returnDueEmail(deployment, readers.hr);
    case 'debrief-due':
      return debriefDueEmail(deployment, reminder.daysSince, readers.hr);
  }
};
