/**
 * The mission's answer on a nomination, told (issue 18, point 5): to the candidate in the language
 * stored with their application, and, for a serving officer whose force released them, to the
 * approver who approved the release, in English (staff read English). Each names the call, the
 * mission and who runs it, the answer in plain words and what happens next. Nothing of HR's
 * assessment (score, note, rank) and nothing of the mission's note HR recorded: those stay internal.
 * Text and HTML from the same data; every value escaped in the HTML.
 */
import type { Application } from '../applications/application.js';
import { composed, lines, paragraphsFor, type Paragraph } from '../email/paragraphs.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import type { ClaimKey } from '../email/send-once.js';
import { emailWords, type EmailWords } from '../email/words.js';
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { formatCalendarDate } from '../i18n/format.js';
import { languageOr } from '../i18n/languages.js';
import { personName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import type { MissionPost } from '../profiles/mission.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { MissionAnswer } from './nomination.js';

/** What the emails read of the application: who, in which language, and a serving officer's force and release. */
export type AnsweredCandidate = Pick<Application, 'id' | 'givenName' | 'familyName' | 'email' | 'language' | 'category' | 'applicantStatus' | 'release'>;

/** What the emails say of the call: its number, title and duty station, the mission and who runs it. */
export type AnsweredCall = Pick<Vacancy, 'number' | 'title' | 'location'> & { mission: Pick<MissionPost, 'mission' | 'organisation'> };

export interface MissionAnswerInput {
  application: AnsweredCandidate;
  call: AnsweredCall;
  outcome: MissionAnswer;
  /** The day the mission answered (YYYY-MM-DD), as HR records it. */
  answeredOn: string;
  /** The stage's forces: the approver's email names the officer's force. */
  forces: readonly Force[];
}

/** Who is told: the candidate, and the approver of a serving officer's force. */
export type AnswerRecipient = 'candidate' | 'force';

export interface MissionAnswerEmails {
  candidate: OutgoingEmail;
  /** Only for a serving officer whose release was approved: to the approver who approved it. */
  force?: OutgoingEmail;
}

/** The same answer to the same reader is sent once, however often HR's request is repeated; a changed answer or day is another email. */
export const missionAnswerClaim = (applicationId: string, recipient: AnswerRecipient, outcome: MissionAnswer, answeredOn: string): ClaimKey => ({
  scope: `APPLICATION#${applicationId}`,
  kind: `mission-answer-${recipient}-${outcome}`,
  day: answeredOn,
});

/** The arguments a message selects on: matched as they are, never shown. */
const { said, isolated } = paragraphsFor(new Set(['outcome', 'organisation']));

/** The call, the mission and the answer, as facts on three lines. */
const facts = (words: EmailWords, call: AnsweredCall, outcome: MissionAnswer, answeredOn: string): Paragraph =>
  lines([
    said(words, 'email.nomination.call', { number: call.number, title: call.title, location: call.location }),
    said(words, 'email.nomination.mission', { mission: call.mission.mission, organisation: call.mission.organisation }),
    said(words, 'email.nomination.outcome', { outcome, day: formatCalendarDate(words.language, answeredOn) }),
  ]);

const candidateNext: Readonly<Record<MissionAnswer, EmailKey>> = {
  selected: 'email.nomination.candidate.selected',
  reserve: 'email.nomination.candidate.reserve',
  'not-selected': 'email.nomination.candidate.notSelected',
};

const forceNext: Readonly<Record<MissionAnswer, EmailKey>> = {
  selected: 'email.nomination.force.selected',
  reserve: 'email.nomination.force.reserve',
  'not-selected': 'email.nomination.force.notSelected',
};

const candidateEmail = ({ application, call, outcome, answeredOn }: MissionAnswerInput): OutgoingEmail => {
  const words = emailWords(languageOr(application.language));
  const about = { number: call.number, title: call.title, mission: call.mission.mission };
  const subject = words.text('email.nomination.candidate.subject', isolated(words, { ...about, outcome }));
  return composed(
    words,
    application.email,
    subject,
    [
      said(words, 'email.greeting.named', { name: personName(application) }),
      said(words, 'email.nomination.candidate.intro', about),
      facts(words, call, outcome, answeredOn),
      said(words, candidateNext[outcome]),
      said(words, 'email.reference', { reference: application.id }),
      said(words, 'email.nomination.signature'),
    ],
  );
};

/** The approver who released a serving officer, when their release was approved: nobody else at the force is told. */
const approverOf = (application: AnsweredCandidate): string | undefined =>
  application.category === 'serving-police' && application.release?.decision === 'approved' && application.release.by.includes('@') ? application.release.by : undefined;

const forceEmail = ({ application, call, outcome, answeredOn, forces }: MissionAnswerInput, approver: string): OutgoingEmail => {
  const words = emailWords('en');
  const forceId = application.applicantStatus?.force ?? '';
  // A force since taken off the stage's list keeps its id, so the email still says whose officer it is.
  const force = forces.find((candidate) => candidate.id === forceId)?.name ?? forceId;
  const name = personName(application);
  const about = { name, number: call.number, title: call.title, mission: call.mission.mission };
  const release = application.release;
  const intro =
    release?.from && release.until
      ? said(words, 'email.nomination.force.intro', { ...about, force, from: formatCalendarDate('en', release.from), until: formatCalendarDate('en', release.until) })
      : said(words, 'email.nomination.force.introNoPeriod', { ...about, force });
  return composed(
    words,
    approver,
    words.text('email.nomination.force.subject', { ...about, outcome }),
    [intro, facts(words, call, outcome, answeredOn), said(words, forceNext[outcome], { name }), said(words, 'email.reference', { reference: application.id }), said(words, 'email.nomination.signature')],
  );
};

/** The emails to send once HR records the mission's answer: the candidate's, and the force approver's where one released them. */
export const missionAnswerEmails = (input: MissionAnswerInput): MissionAnswerEmails => {
  const approver = approverOf(input.application);
  return { candidate: candidateEmail(input), ...(approver ? { force: forceEmail(input, approver) } : {}) };
};
