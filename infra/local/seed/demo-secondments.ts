/**
 * The demo's serving officers (issue 17): past vacancies filled through the same moves as
 * production's, each appointment made a secondment by HR's own rule (makeSecondment), then an
 * extension approved, one waiting for the home administration's letter, one ending within the
 * notices' window, one arriving and one ended early: what the roster, the secondment record, the
 * ending notices and the reports show on `npm start`.
 */
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { s3DocumentObjects } from '#functions/adapters/s3/document-objects.js';
import type { Application } from '#shared/applications/application.js';
import { PDF } from '#shared/documents/kinds.js';
import type { Language } from '#shared/i18n/languages.js';
import { recordEnd } from '#shared/secondments/end.js';
import { confirmExtension } from '#shared/secondments/extension-letter.js';
import { askExtension, decideExtension } from '#shared/secondments/extension-steps.js';
import { makeSecondment } from '#shared/secondments/make.js';
import { addMonths } from '#shared/secondments/months.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import { uploadPrefix } from '#shared/secondments/uploads.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { demoDocuments, demoHistory, demoUuid } from './demo-history.js';
import { HR_DEMO, type DemoApplicationTargets } from './demo-targets.js';
import { onePagePdf } from './one-page-pdf.js';

const DAY_MS = 86_400_000;

const hr: StaffPrincipal = { subject: 'demo-hr', email: HR_DEMO, groups: ['hr'] };
const ncbOf = (country: string): StaffPrincipal => ({ subject: `demo-ncb-${country}`, email: `ncb.${country.toLowerCase()}@secondment-hub.local`, groups: ['ncb'], country });

/** What happens to the secondment after it is made. */
type Story = 'serving' | 'extended' | 'extension-asked' | 'ending-soon' | 'arriving' | 'ended-early';

interface Officer {
  given: string;
  family: string;
  country: string;
  language: Language;
  administration: string;
  title: string;
  /** Months from its first day to the demo's today (negative: not arrived yet). */
  servedMonths: number;
  months: number;
  story: Story;
}

interface PastVacancy extends Omit<Vacancy, 'publishedAt' | 'deadline' | 'status'> {
  publishedMonthsAgo: number;
  officers: Officer[];
}

const PAST: readonly PastVacancy[] = [
  {
    number: '1521',
    title: 'Criminal Intelligence Officer',
    unit: 'Counter-Terrorism Directorate',
    reportingTo: 'Head of Counter-Terrorism Analysis',
    location: 'Lyon',
    timeZone: 'Europe/Paris',
    grade: '5',
    durationMonths: 36,
    posts: 4,
    clearance: 'Enhanced',
    secondmentType: 'regular',
    publishedMonthsAgo: 40,
    officers: [
      { given: 'Karim', family: 'Benali', country: 'DZ', language: 'ar', administration: 'Direction Générale de la Sûreté Nationale', title: 'Commissaire', servedMonths: 34, months: 36, story: 'ending-soon' },
      { given: 'Ana', family: 'Ferreira', country: 'BR', language: 'en', administration: 'Polícia Federal', title: 'Delegada', servedMonths: 30, months: 36, story: 'extended' },
      { given: 'Yuki', family: 'Tanaka', country: 'JP', language: 'en', administration: 'National Police Agency', title: 'Superintendent', servedMonths: 30, months: 36, story: 'serving' },
      { given: 'Omar', family: 'Al-Mansouri', country: 'AE', language: 'ar', administration: 'Ministry of Interior', title: 'Lieutenant Colonel', servedMonths: 29, months: 36, story: 'extension-asked' },
    ],
  },
  {
    number: '1577',
    title: 'Cybercrime Investigations Specialist',
    unit: 'Cybercrime Directorate',
    reportingTo: 'Head of Cyber Operations',
    location: 'Singapore',
    timeZone: 'Asia/Singapore',
    grade: '4',
    durationMonths: 24,
    posts: 3,
    clearance: 'Basic',
    secondmentType: 'regular',
    publishedMonthsAgo: 20,
    officers: [
      { given: 'Priya', family: 'Raman', country: 'IN', language: 'en', administration: 'Central Bureau of Investigation', title: 'Deputy Superintendent', servedMonths: 14, months: 24, story: 'serving' },
      { given: 'Chinedu', family: 'Okafor', country: 'NG', language: 'en', administration: 'Nigeria Police Force', title: 'Chief Superintendent', servedMonths: 14, months: 24, story: 'ended-early' },
      { given: 'Sofía', family: 'Restrepo', country: 'CO', language: 'es', administration: 'Policía Nacional de Colombia', title: 'Mayor', servedMonths: 13, months: 24, story: 'serving' },
    ],
  },
  {
    number: '1633',
    title: 'Operational Support Officer (short-term)',
    unit: 'Command and Coordination Centre',
    reportingTo: 'Head of the Command and Coordination Centre',
    location: 'Buenos Aires',
    timeZone: 'America/Argentina/Buenos_Aires',
    grade: '6',
    durationMonths: 12,
    posts: 3,
    clearance: 'Basic',
    secondmentType: 'short-term',
    publishedMonthsAgo: 6,
    officers: [
      { given: 'Mariana', family: 'López', country: 'AR', language: 'es', administration: 'Policía Federal Argentina', title: 'Comisario', servedMonths: 2, months: 12, story: 'serving' },
      { given: 'Aïcha', family: 'Diallo', country: 'SN', language: 'fr', administration: 'Police nationale du Sénégal', title: 'Commissaire', servedMonths: 2, months: 12, story: 'serving' },
      { given: 'Kwame', family: 'Asante', country: 'GH', language: 'en', administration: 'Ghana Police Service', title: 'Superintendent', servedMonths: -1, months: 12, story: 'arriving' },
    ],
  },
];

const emailOf = (officer: Officer): string =>
  `${officer.given}.${officer.family}.seconded`.normalize('NFD').replace(/[^A-Za-z0-9.]/g, '').toLowerCase() + '@police.example';

/** The first of the month `months` before `today`'s month (a secondment starts on the 1st). */
const firstOfMonth = (today: string, monthsBack: number): string => addMonths(`${today.slice(0, 7)}-01`, -monthsBack);

/** The extension's letter, as the NCB's presigned upload would leave it, so the real confirmation checks and keeps it. */
const uploadLetter = async (targets: DemoApplicationTargets, secondment: Secondment, extensionId: string): Promise<string> => {
  const bytes = onePagePdf(`Home administration's confirmation of the extension: ${secondment.officer.givenName} ${secondment.officer.familyName ?? ''}`);
  const key = `${uploadPrefix(secondment.id, `extension-${extensionId}`)}${demoUuid(`${extensionId}-letter`)}`;
  await targets.s3.send(new PutObjectCommand({ Bucket: targets.bucket, Key: key, Body: bytes, ContentType: PDF }));
  return key;
};

/**
 * Seeds the past vacancies, their appointed officers and their secondments, relative to `now`.
 * Answers how many secondments it made (the two of the filled vacancy 1690 included).
 */
export const seedDemoSecondments = async (targets: DemoApplicationTargets, client: DynamoDBDocumentClient, tableName: string, now: Date): Promise<number> => {
  const today = dateIn(now, 'UTC');
  const secondments = dynamoSecondmentStore(client, tableName);
  const objects = s3DocumentObjects(targets.s3, targets.bucket);
  const make = (applicationId: string, firstDay: string, months: number, at: Date) =>
    makeSecondment(
      { secondments, applications: targets.applications, vacancies: targets.vacancies, newSecondmentId: () => demoUuid(`demo-secondment-${applicationId}`) },
      hr,
      { applicationId, firstDay, months },
      at,
    );
  let made = 0;

  for (const past of PAST) {
    const { officers, publishedMonthsAgo, ...fields } = past;
    const publishedAt = firstOfMonth(today, publishedMonthsAgo);
    const vacancy: Vacancy = { ...fields, publishedAt, deadline: addDays(publishedAt, 30), status: 'open' };
    await targets.vacancies.put(vacancy);
    for (const [i, officer] of officers.entries()) {
      const id = demoUuid(`demo-seconded-application-${vacancy.number}-${i}`);
      const submittedAt = new Date(Date.parse(`${publishedAt}T09:00:00Z`) + (5 + i * 2) * DAY_MS).toISOString();
      const application: Application = {
        id,
        vacancy: vacancy.number,
        givenName: officer.given,
        familyName: officer.family,
        email: emailOf(officer),
        language: officer.language,
        nationality: officer.country,
        category: 'law-enforcement',
        currentTitle: officer.title,
        homeAdministration: officer.administration,
        yearsOfExperience: 10 + i * 2,
        languages: ['en', officer.language === 'en' ? 'fr' : officer.language],
        status: 'submitted',
        submittedAt,
        updatedAt: submittedAt,
        version: 1,
        privacyConsentAt: submittedAt,
        documents: await demoDocuments(targets, id, `${officer.given} ${officer.family}`, submittedAt),
        statusTokenHash: createHash('sha256').update(`demo-seconded-token-${vacancy.number}-${i}`).digest('hex'),
      };
      const history = await demoHistory(targets, application, vacancy);
      await history.validate(addDays(publishedAt, -60));
      const decided = Date.parse(`${vacancy.deadline}T12:00:00Z`) + 20 * DAY_MS;
      for (const status of ['screening', 'shortlisted', 'interviewed', 'offered', 'appointed'] as const) await history.move(status, status === 'offered' ? decided : 0);

      const firstDay = firstOfMonth(today, officer.servedMonths);
      const madeAt = new Date(Math.min(Date.parse(`${firstDay}T09:00:00Z`) - 30 * DAY_MS, now.getTime() - DAY_MS));
      let { secondment } = await make(id, firstDay, officer.months, madeAt);
      made += 1;
      const askedAt = new Date(now.getTime() - 20 * DAY_MS);
      if (officer.story === 'extended' || officer.story === 'extension-asked') {
        const asker = officer.story === 'extended' ? hr : ncbOf(secondment.homeAdministrationCountry);
        const asked = await askExtension(
          { secondments, newExtensionId: () => demoUuid(`demo-extension-${secondment.id}`) },
          asker,
          secondment.id,
          { months: 12, reason: 'The unit asks to keep the officer for the next phase of the operation.', version: secondment.version },
          askedAt,
        );
        secondment = asked.secondment;
        if (officer.story === 'extended') {
          const key = await uploadLetter(targets, secondment, asked.extension.id);
          secondment = await confirmExtension({ objects, secondments }, ncbOf(secondment.homeAdministrationCountry), secondment.id, asked.extension.id, { key, version: secondment.version }, new Date(askedAt.getTime() + 5 * DAY_MS));
          secondment = await decideExtension({ secondments }, hr, secondment.id, asked.extension.id, { decision: 'approve', version: secondment.version }, new Date(askedAt.getTime() + 8 * DAY_MS));
        }
      }
      if (officer.story === 'ended-early') {
        await recordEnd(
          { secondments },
          hr,
          secondment.id,
          { lastDay: addDays(today, -10), reason: 'Recalled by the home administration for a national assignment.', version: secondment.version },
          new Date(now.getTime() - 40 * DAY_MS),
        );
      }
    }
    await targets.vacancies.put({ ...vacancy, status: 'filled' });
  }

  // Vacancy 1690's two appointments (demo-filled-vacancy.ts) start next month, as their offers said.
  for (const i of [0, 3]) {
    const applicationId = demoUuid(`demo-filled-application-${i}`);
    if (!(await targets.applications.get(applicationId))) continue;
    await make(applicationId, firstOfMonth(today, -1), 24, new Date(now.getTime() - DAY_MS));
    made += 1;
  }
  return made;
};
