/**
 * Generated data for the reports' tests and bench (issue 17, point 5): vacancies, applications in
 * every status with the history entry that says where an ended one left from, and secondments, from
 * a seed, so the same run writes the same records. Seeded through the stores, one write per record.
 * Each application records the statuses it held and its appointment, as the store writes them since
 * (shared/applications/status-record.ts); with `oldShapeEvery`, every so many are written instead
 * as the code before wrote them, without that record, their history alone saying their past.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { applicationItem } from '#functions/adapters/dynamodb/application-item.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { LocalStack } from '#infra/local/stack.js';
import { mapBounded } from '#shared/admin/bounded-parallel.js';
import type { Application } from '#shared/applications/application.js';
import type { Gender } from '#shared/applications/gender.js';
import { createdStatusRecord, statusRecordAfter } from '#shared/applications/status-record.js';
import type { AuditEntry } from '#shared/applications/store.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

export interface GeneratedApplication {
  application: Application;
  /** The entry written with it: a submission, or the move into its status (from where an ended one left). */
  audit: AuditEntry;
  /** For a rejected or withdrawn one, the status it left; for an appointed one, `offered`. */
  leftFrom?: ApplicationStatus;
  /** Written as the code before the status record wrote it: no `statusesHeld`, no `appointedAt`. */
  oldShape?: true;
}

export interface ReportData {
  vacancies: Vacancy[];
  applications: GeneratedApplication[];
  secondments: Secondment[];
}

export const REPORT_NATIONALITIES = ['FR', 'SN', 'BR', 'JP', 'KE', 'EG', 'IN', 'US', 'DE', 'NG'] as const;
export const MINIMUM_YEARS = 8;

/** mulberry32: small, seeded, good enough to spread test data. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const uuid = (kind: number, n: number) => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const reportVacancy = (index: number): Vacancy => ({
  number: String(3000 + index),
  title: `Specialized Officer ${index + 1}`,
  unit: 'Cybercrime Directorate',
  reportingTo: 'Director',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  durationMonths: 36,
  posts: 5,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: addDays('2026-01-05', index * 20),
  deadline: addDays('2026-02-28', index * 20),
  status: index % 3 === 0 ? 'filled' : 'closed',
  notice: {
    duties: [{ title: 'Analyse', activities: [] }],
    experience: { minimumYears: MINIMUM_YEARS, items: [{ text: 'Eight years of police work', need: 'required' }] },
  },
});

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/** The record the store would have written along the moves the generated entry stands for: submitted, where it left from, its status. */
const recordOf = (status: ApplicationStatus, leftFrom: ApplicationStatus | undefined, movedAt: string) => {
  let current = { status: 'submitted' as ApplicationStatus, ...createdStatusRecord({ status: 'submitted' }) };
  for (const step of [leftFrom, status]) {
    if (step !== undefined) current = { ...current, ...statusRecordAfter(current, { status: step }, movedAt), status: step };
  }
  return { statusesHeld: current.statusesHeld, ...(current.appointedAt ? { appointedAt: current.appointedAt } : {}) };
};

export const generateReportData = ({ vacancies = 6, applications = 300, secondments = 40, seed = 17, oldShapeEvery = 0 } = {}): ReportData => {
  const next = random(seed);
  const vacancyList = Array.from({ length: vacancies }, (_, index) => reportVacancy(index));
  const generated: GeneratedApplication[] = Array.from({ length: applications }, (_, n) => {
    const vacancy = vacancyList[n % vacancyList.length] as Vacancy;
    const submittedAt = `${addDays(vacancy.publishedAt, 3 + (n % 20))}T10:00:00.000Z`;
    const roll = next();
    const status: ApplicationStatus =
      roll < 0.3 ? 'rejected' : roll < 0.38 ? 'withdrawn' : roll < 0.5 ? 'submitted' : roll < 0.6 ? 'screening' : roll < 0.68 ? 'shortlisted' : roll < 0.75 ? 'tested' : roll < 0.85 ? 'interviewed' : roll < 0.92 ? 'offered' : 'appointed';
    const leftFrom: ApplicationStatus | undefined =
      status === 'rejected' || status === 'withdrawn' ? pick(next, ['submitted', 'screening', 'shortlisted', 'tested', 'interviewed', 'offered'] as const) : status === 'appointed' ? 'offered' : undefined;
    const gender = pick(next, ['woman', 'man', 'another', undefined, 'woman', 'man'] as const) as Gender | undefined;
    const unconfirmed = next() < 0.05;
    const testedOnTheWay = status === 'interviewed' && next() < 0.3;
    const movedAt = `${addDays(vacancy.publishedAt, 60 + Math.floor(next() * 90))}T09:30:00.000Z`;
    const oldShape = oldShapeEvery > 0 && n % oldShapeEvery === 0;
    const application: Application = {
      id: uuid(0xa9, n),
      vacancy: vacancy.number,
      givenName: `Candidate${n}`,
      familyName: 'Report',
      email: `candidate${n}@police.example`,
      phone: '+33 4 72 00 00 00',
      nationality: pick(next, REPORT_NATIONALITIES),
      category: 'law-enforcement',
      currentTitle: 'Inspector',
      homeAdministration: 'Police',
      yearsOfExperience: 3 + Math.floor(next() * 12),
      languages: ['en'],
      status,
      submittedAt,
      updatedAt: submittedAt,
      version: 1,
      privacyConsentAt: submittedAt,
      documents: {},
      ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', at: submittedAt, by: 'ncb@police.example' },
      statusTokenHash: 'x'.repeat(64),
      ...(gender ? { gender } : {}),
      ...(unconfirmed ? { emailConfirmation: { tokenHash: 'y'.repeat(64), expiresAt: addDays(submittedAt.slice(0, 10), 3) + 'T10:00:00.000Z' } } : {}),
      ...(testedOnTheWay ? { writtenTest: { testId: 't1', mark: 70, passMark: 50, maxMark: 100, passed: true, recordedAt: movedAt, recordedBy: 'hr@example' } } : {}),
      ...(oldShape ? {} : recordOf(status, leftFrom, movedAt)),
    };
    const audit: AuditEntry = leftFrom
      ? { at: movedAt, by: 'hr@example', action: status === 'withdrawn' ? 'withdrawn' : 'status-changed', changes: { status: { from: leftFrom, to: status } } }
      : { at: submittedAt, by: 'candidate', action: 'submitted', changes: {} };
    return { application, audit, ...(leftFrom ? { leftFrom } : {}), ...(oldShape ? { oldShape: true as const } : {}) };
  });
  const secondmentList = Array.from({ length: secondments }, (_, n): Secondment => {
    const firstDay = addDays('2024-01-01', Math.floor(next() * 1200));
    const lastDay = addDays(firstDay, 365 + Math.floor(next() * 730));
    const endedEarly = next() < 0.15;
    const nationality = pick(next, REPORT_NATIONALITIES);
    return {
      id: uuid(0x5e, n),
      applicationId: uuid(0x5a, n),
      vacancy: (vacancyList[n % vacancyList.length] as Vacancy).number,
      officer: { givenName: `Officer${n}`, familyName: 'Report', email: `officer${n}@police.example`, language: 'en' },
      nationality,
      homeAdministration: 'Police',
      homeAdministrationCountry: nationality,
      unit: pick(next, ['Cybercrime Directorate', 'Counter-Terrorism', 'Criminal Intelligence']),
      dutyStation: 'Lyon',
      timeZone: 'Europe/Paris',
      grade: 'P3',
      type: n % 4 === 0 ? 'short-term' : 'regular',
      firstDay,
      lastDay,
      expatriationAllowance: n % 4 !== 0,
      documents: {},
      extensions: [],
      ...(endedEarly ? { ended: { lastDay: addDays(firstDay, 200), early: true, reason: 'Recalled', at: `${addDays(firstDay, 150)}T09:00:00.000Z`, by: 'hr@example' } } : {}),
      createdAt: `${addDays(firstDay, -30)}T09:00:00.000Z`,
      createdBy: 'hr@example',
      updatedAt: `${addDays(firstDay, -30)}T09:00:00.000Z`,
      version: 1,
    };
  });
  return { vacancies: vacancyList, applications: generated, secondments: secondmentList };
};

/**
 * Writes the data into a running local stack through the stores: the vacancies, each application
 * with its entry, each secondment with its guard and entry. An old-shape application's item is then
 * put again as the code before the status record wrote it (the store now adds the record).
 */
export const seedReportData = async (stack: Pick<LocalStack, 'tableName' | 'endpoints'>, data: ReportData, inFlight = 8): Promise<void> => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    const client = createDocumentClient(dynamo);
    const vacancies = dynamoVacancyStore(client, stack.tableName);
    const applications = dynamoApplicationStore(client, stack.tableName);
    const secondments = dynamoSecondmentStore(client, stack.tableName);
    for (const vacancy of data.vacancies) await vacancies.put(vacancy);
    await mapBounded(data.applications, inFlight, async ({ application, audit, oldShape }) => {
      await applications.create(application, audit);
      if (oldShape) await client.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(application) }));
    });
    await mapBounded(data.secondments, inFlight, (secondment) => secondments.create(secondment, { at: secondment.createdAt, by: secondment.createdBy, action: 'created', changes: {} }));
  } finally {
    dynamo.destroy();
  }
};
