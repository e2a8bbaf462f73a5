/**
 * The invitation to apply (issue 18, point 7): sent to a deployable civilian expert on the unit's
 * roster whose field is a call's role category, in the language the unit writes to them in. It
 * names the call, the mission and who runs it, the role category, both deadlines and the link to
 * the call's form, says why they are invited, and that applying is their choice and keeps them on
 * the roster either way. Nothing of HR's note and nothing of any other expert. Text and HTML from
 * the same data; every value escaped in the HTML.
 */
import { deadlineInDutyStation } from '../email/deadline-text.js';
import { composed, lines, paragraphsFor, type Paragraph } from '../email/paragraphs.js';
import type { OutgoingEmail } from '../email/outgoing-email.js';
import type { ClaimKey } from '../email/send-once.js';
import { emailWords, type EmailWords } from '../email/words.js';
import type { EmailKey } from '../i18n/catalogues/surfaces.js';
import { formatCalendarDate } from '../i18n/format.js';
import { personName } from '../i18n/names.js';
import type { MissionPost } from '../profiles/mission.js';
import { civilianRoleCategories, type CivilianRoleCategory, type RoleCategory } from '../profiles/role-categories.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { RosterExpert } from './expert.js';

/** Who is invited: their name, address and language only (never HR's note). */
export type InvitedExpert = Pick<RosterExpert, 'id' | 'givenName' | 'familyName' | 'email' | 'language'>;

/** What the invitation says of the call: its number, title, duty station and national deadline, the mission, who runs it, its role category and deadline. */
export type InvitingCall = Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline'> & {
  mission: Pick<MissionPost, 'mission' | 'organisation' | 'roleCategory' | 'missionDeadline'>;
};

export interface CallInvitationInput {
  expert: InvitedExpert;
  call: InvitingCall;
  /** The call's form: `${PUBLIC_BASE_URL}/?vacancy=<number>`. */
  applyUrl: string;
}

/** Each expert is invited to a call once, however often HR invites them: the call's number is the occasion. */
export const callInvitationClaim = (expertId: string, vacancy: string): ClaimKey => ({
  scope: `EXPERT#${expertId}`,
  kind: 'call-invitation',
  day: vacancy,
});

/** The ten civilian fields in words: an expert's fields are these, so a call they are invited to is one of them. */
const fieldWords: Readonly<Record<CivilianRoleCategory, EmailKey>> = {
  'border-monitoring': 'email.invitation.field.borderMonitoring',
  'field-office-management': 'email.invitation.field.fieldOfficeManagement',
  'human-rights': 'email.invitation.field.humanRights',
  'rule-of-law': 'email.invitation.field.ruleOfLaw',
  media: 'email.invitation.field.media',
  'programme-management': 'email.invitation.field.programmeManagement',
  'police-training': 'email.invitation.field.policeTraining',
  'political-affairs': 'email.invitation.field.politicalAffairs',
  'good-governance': 'email.invitation.field.goodGovernance',
  democratisation: 'email.invitation.field.democratisation',
};

const isCivilian = (category: RoleCategory): category is CivilianRoleCategory => (civilianRoleCategories as readonly string[]).includes(category);

/** The arguments a message selects on: matched as they are, never shown. */
const { said, isolated } = paragraphsFor(new Set(['organisation']));

/** The link's sentence: in text the address on the line below it (a plain-text reader cannot follow a tag), in HTML the link itself. */
const link = (words: EmailWords, key: EmailKey, url: string): Paragraph => ({
  text: `${words.text(key)}\n${url}`,
  html: words.html(key, {}, url),
});

/** Who is recruiting for what, and when: the facts of the call, one to a line. */
const facts = (words: EmailWords, call: InvitingCall, field: string | undefined): Paragraph =>
  lines([
    said(words, 'email.invitation.call', { number: call.number, title: call.title, location: call.location }),
    said(words, 'email.invitation.mission', { mission: call.mission.mission, organisation: call.mission.organisation }),
    ...(field === undefined ? [] : [said(words, 'email.invitation.role', { field })]),
    // The national deadline is the end of its day in the duty station, said as every email says a deadline.
    said(words, 'email.invitation.deadline', { deadline: deadlineInDutyStation(words, call) }),
    said(words, 'email.invitation.missionDeadline', { date: formatCalendarDate(words.language, call.mission.missionDeadline) }),
  ]);

/** The invitation to apply to `call`, to `expert`, in their language. */
export const callInvitationEmail = ({ expert, call, applyUrl }: CallInvitationInput): OutgoingEmail => {
  const words = emailWords(expert.language);
  const category = call.mission.roleCategory;
  // A police role is no civilian expert's field: nobody matches such a call, and should one be invited all the same, the email claims no match.
  const field = isCivilian(category) ? words.text(fieldWords[category]) : undefined;
  const about = { number: call.number, title: call.title, mission: call.mission.mission };
  const subject = words.text('email.invitation.subject', isolated(words, about));
  const paragraphs = [
    said(words, 'email.greeting.named', { name: personName(expert) }),
    said(words, 'email.invitation.intro', about),
    facts(words, call, field),
    field === undefined ? said(words, 'email.invitation.whyRoster') : said(words, 'email.invitation.why', { field }),
    link(words, 'email.invitation.apply', applyUrl),
    said(words, 'email.invitation.choice'),
    said(words, 'email.invitation.signature'),
  ];
  return composed(words, expert.email, subject, paragraphs);
};
