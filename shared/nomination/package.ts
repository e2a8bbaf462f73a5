/**
 * A nomination's package (issue 18, point 5; docs/sending.md): the one file the unit sends the
 * mission for each candidate it nominates. What it holds follows the applicant's category: the CV
 * and the mission's application form for everyone, and for a serving officer the force's release
 * approval. The forms are English, the missions' working language; what the candidate wrote is
 * given as written (an Arabic name stays Arabic: the PDF writer has the font).
 */
import type { Application } from '../applications/application.js';
import type { EducationLevel } from '../applications/schema.js';
import { DOCX, type ReceivedDocument } from '../documents/kinds.js';
import { ForbiddenTransition } from '../errors.js';
import type { SendingApplicantCategory } from '../profiles/applicant-categories.js';
import type { Force } from '../profiles/forces.js';
import type { MissionPost, MissionOrganisation } from '../profiles/mission.js';
import type { RoleCategory } from '../profiles/role-categories.js';
import { dateIn } from '../time/zoned.js';
import type { Vacancy } from '../vacancies/schema.js';

/** What the package reads of the call: the vacancy's header and its mission. */
export type PackageCall = Pick<Vacancy, 'number' | 'title' | 'location' | 'timeZone' | 'deadline' | 'durationMonths' | 'endsOn'> & { mission: MissionPost };

/** What the package reads of the application. */
export type PackageApplication = Pick<
  Application,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'phone'
  | 'nationality'
  | 'category'
  | 'applicantStatus'
  | 'currentTitle'
  | 'homeAdministration'
  | 'yearsOfExperience'
  | 'languages'
  | 'languageLevels'
  | 'education'
  | 'documents'
  | 'release'
> & {
  /** The nomination (./nomination.ts), of which the form says the day. */
  nomination?: { nominatedAt: string } | undefined;
};

export const APPLICATION_FORM = 'application-form.pdf';
export const RELEASE_APPROVAL = 'release-approval.pdf';

/** One file of the package: the candidate's CV as received, or a form the package writes. */
export type PackageFile =
  | { kind: 'cv'; name: 'cv.pdf' | 'cv.docx'; document: ReceivedDocument }
  | { kind: 'application-form'; name: typeof APPLICATION_FORM }
  | { kind: 'release-approval'; name: typeof RELEASE_APPROVAL };

/**
 * The files of `application`'s package, in the order the mission reads them. A package without
 * the CV, or a serving officer's without their force's approved release, would be one the mission
 * cannot take: it is refused (422) rather than built short.
 */
export const packageFiles = (application: Pick<PackageApplication, 'category' | 'documents' | 'release'>): PackageFile[] => {
  const cv = application.documents.cv;
  if (!cv) throw new ForbiddenTransition('A nomination package holds the candidate’s CV, and this application has none.');
  const files: PackageFile[] = [
    { kind: 'cv', name: cv.contentType === DOCX ? 'cv.docx' : 'cv.pdf', document: cv },
    { kind: 'application-form', name: APPLICATION_FORM },
  ];
  if (application.category === 'serving-police') {
    if (application.release?.decision !== 'approved') {
      throw new ForbiddenTransition('A serving officer’s nomination package holds their force’s release approval, and this officer’s release is not approved.');
    }
    files.push({ kind: 'release-approval', name: RELEASE_APPROVAL });
  }
  return files;
};

/** Letters and digits of `text` in ASCII (accents dropped, anything else a hyphen), or '' when none is left. */
const asciiSlug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/, '');

/**
 * The package's file name, as the mission files it: `nomination-EULEX-2601-okafor.zip`. The
 * family name (or the one name given) in ASCII letters; a name with none (one written in Arabic)
 * falls back to the application's id, so two candidates' packages never share a name.
 */
export const packageFileName = (call: Pick<PackageCall, 'number'>, application: Pick<PackageApplication, 'id' | 'givenName' | 'familyName'>): string => {
  const name = asciiSlug(application.familyName ?? application.givenName) || `candidate-${asciiSlug(application.id).slice(0, 8)}`;
  return `nomination-${call.number}-${name}.zip`;
};

/** A line of a form: what is asked, and what the candidate (or the force) gave. */
export interface FormLine {
  label: string;
  value: string;
}

export interface FormSection {
  heading: string;
  lines: FormLine[];
}

/** A form as data: its title, a line under it, its sections, and what each page's foot says. */
export interface PackageForm {
  title: string;
  subtitle: string;
  sections: FormSection[];
  foot: string;
}

const organisations: Readonly<Record<MissionOrganisation, string>> = {
  EU: 'European Union (EU)',
  UN: 'United Nations (UN)',
  OSCE: 'Organization for Security and Co-operation in Europe (OSCE)',
};

const roles: Readonly<Record<RoleCategory, string>> = {
  'executive-policing': 'Executive policing (police)',
  training: 'Training (police)',
  'monitoring-and-reporting': 'Monitoring and reporting (police)',
  'mentoring-and-advising': 'Mentoring and advising (police)',
  'programme-and-project-management': 'Programme and project management (police)',
  'border-monitoring': 'Border monitoring (civilian)',
  'field-office-management': 'Running field offices and missions (civilian)',
  'human-rights': 'Human rights (civilian)',
  'rule-of-law': 'Rule of law (civilian)',
  media: 'Media (civilian)',
  'programme-management': 'Programme management (civilian)',
  'police-training': 'Police training (civilian)',
  'political-affairs': 'Political affairs (civilian)',
  'good-governance': 'Good governance (civilian)',
  democratisation: 'Promoting democracy (civilian)',
};

const categories: Readonly<Record<SendingApplicantCategory, string>> = {
  'serving-police': 'Serving police officer',
  'retired-police': 'Retired police officer',
  'civilian-expert': 'Civilian expert',
};

const educations: Readonly<Record<EducationLevel, string>> = {
  secondary: 'Secondary school diploma (ISCED 3)',
  'post-secondary': 'Post-secondary or vocational diploma (ISCED 4-5)',
  bachelor: 'Bachelor’s degree or equivalent (ISCED 6)',
  master: 'Master’s degree or equivalent (ISCED 7)',
  doctorate: 'Doctorate or equivalent (ISCED 8)',
};

const NOT_GIVEN = 'Not given';

/** A calendar date in words: "13 December 2026". */
export const dayInWords = (isoDate: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** An instant as a day and time in UTC: "7 December 2026, 14:05 UTC". */
const instantInWords = (iso: string): string => {
  const utc = new Date(iso).toISOString();
  return `${dayInWords(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
};

const countryName = (code: string): string => `${new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) ?? code} (${code})`;
const languageName = (code: string): string => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }).of(code) ?? code;

export const fullName = (application: Pick<PackageApplication, 'givenName' | 'familyName'>): string =>
  application.familyName ? `${application.givenName} ${application.familyName}` : application.givenName;

const forceName = (forces: readonly Force[], id: string | undefined): string | undefined =>
  id === undefined ? undefined : (forces.find((force) => force.id === id)?.name ?? id);

const callSection = (call: PackageCall): FormSection => ({
  heading: 'The call',
  lines: [
    { label: 'Call number', value: call.number },
    { label: 'Post', value: call.title },
    { label: 'Mission', value: call.mission.mission },
    { label: 'Run by', value: organisations[call.mission.organisation] },
    { label: 'Role category', value: roles[call.mission.roleCategory] },
    { label: 'Rank or grade sought', value: call.mission.rankSought },
    { label: 'Duty station', value: `${call.location} (${call.timeZone})` },
    {
      label: 'Duration',
      value: call.durationMonths !== undefined ? `${call.durationMonths} ${call.durationMonths === 1 ? 'month' : 'months'}` : `Until ${dayInWords(call.endsOn ?? '')}`,
    },
    { label: 'National deadline', value: `${dayInWords(call.deadline)}, end of the day in ${call.timeZone}` },
    { label: 'Mission’s deadline', value: dayInWords(call.mission.missionDeadline) },
  ],
});

/** What the applicant said of their status, as their category asks it (shared/profiles/sending-submission.ts). */
const statusLines = (application: PackageApplication, forces: readonly Force[]): FormLine[] => {
  const status = application.applicantStatus ?? {};
  const category = application.category as SendingApplicantCategory;
  const lines: FormLine[] = [{ label: 'Applicant category', value: categories[category] ?? application.category }];
  if (category === 'serving-police') {
    lines.push(
      { label: 'Police force', value: forceName(forces, status.force) ?? NOT_GIVEN },
      { label: 'Line manager', value: status.lineManager ?? NOT_GIVEN },
      { label: 'Line manager’s email', value: status.lineManagerEmail ?? NOT_GIVEN },
    );
  } else if (category === 'retired-police') {
    lines.push(
      { label: 'Retired on', value: status.retiredOn ? dayInWords(status.retiredOn) : NOT_GIVEN },
      { label: 'Last force served in', value: forceName(forces, status.formerForce) ?? NOT_GIVEN },
    );
  } else if (category === 'civilian-expert') {
    lines.push(
      { label: 'Field of expertise', value: status.expertise ? roles[status.expertise].replace(/ \(civilian\)$/, '') : NOT_GIVEN },
      { label: 'On the unit’s roster of deployable experts', value: status.onExpertRoster === undefined ? NOT_GIVEN : status.onExpertRoster ? 'Yes' : 'No' },
    );
  }
  return lines;
};

const languagesValue = (application: PackageApplication): string =>
  application.languages
    .map((code) => {
      const level = application.languageLevels?.[code];
      return level ? `${languageName(code)} (${level})` : `${languageName(code)} (level not given)`;
    })
    .join(', ');

/**
 * The mission's application form, filled from what the candidate gave: who they are, their status
 * as their category asks it, their experience, languages and education, and the call. The form
 * asks no date of birth, since the hub stores none.
 */
export const applicationFormLines = (application: PackageApplication, call: PackageCall, forces: readonly Force[]): PackageForm => ({
  title: `Application form: ${call.mission.mission}`,
  subtitle: `Call ${call.number}, ${call.title}${application.nomination ? `; nominated by the national unit on ${dayInWords(dateIn(new Date(application.nomination.nominatedAt), call.timeZone))}` : ''}`,
  sections: [
    {
      heading: 'The candidate',
      lines: [
        { label: 'Name', value: fullName(application) },
        { label: 'Nationality', value: countryName(application.nationality) },
        { label: 'Email', value: application.email },
        { label: 'Telephone', value: application.phone ?? NOT_GIVEN },
      ],
    },
    { heading: 'Status', lines: statusLines(application, forces) },
    {
      heading: 'Experience and skills',
      lines: [
        { label: 'Current title', value: application.currentTitle },
        { label: 'Employer or police force', value: application.homeAdministration },
        { label: 'Years of experience', value: String(application.yearsOfExperience) },
        { label: 'Languages (CEFR level)', value: languagesValue(application) },
        { label: 'Highest education', value: application.education ? educations[application.education] : NOT_GIVEN },
      ],
    },
    callSection(call),
  ],
  foot: `Application form, call ${call.number}: ${fullName(application)}`,
});

/**
 * The force's release of its officer for the mission: which force, the period, who approved it
 * and when (as the approver recorded it in the hub), for the call. Only an approved release has one.
 */
export const releaseApprovalLines = (application: PackageApplication, call: PackageCall, forces: readonly Force[]): PackageForm => {
  const release = application.release;
  if (release?.decision !== 'approved') throw new ForbiddenTransition('Only an approved release has a release approval.');
  const force = forceName(forces, application.applicantStatus?.force) ?? NOT_GIVEN;
  return {
    title: 'Release approval',
    subtitle: `${force} releases its officer for ${call.mission.mission}, call ${call.number}`,
    sections: [
      {
        heading: 'The officer',
        lines: [
          { label: 'Name', value: fullName(application) },
          { label: 'Current title', value: application.currentTitle },
          { label: 'Police force', value: force },
        ],
      },
      {
        heading: 'The release',
        lines: [
          { label: 'Decision', value: 'Approved' },
          { label: 'Released from', value: release.from ? dayInWords(release.from) : NOT_GIVEN },
          { label: 'Released until', value: release.until ? dayInWords(release.until) : NOT_GIVEN },
          { label: 'Approved by', value: `${release.by}, for ${force}` },
          { label: 'Approved on', value: instantInWords(release.at) },
        ],
      },
      {
        heading: 'For',
        lines: [
          { label: 'Mission', value: `${call.mission.mission}, ${organisations[call.mission.organisation]}` },
          { label: 'Call', value: `${call.number}, ${call.title}` },
          { label: 'Duty station', value: `${call.location} (${call.timeZone})` },
        ],
      },
    ],
    foot: `Release approval, call ${call.number}: ${fullName(application)}`,
  };
};
