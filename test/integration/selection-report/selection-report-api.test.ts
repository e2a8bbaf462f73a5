import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoMarks } from '#functions/adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '#functions/adapters/dynamodb/selection-panels.js';
import { dynamoRecommendations } from '#functions/adapters/dynamodb/selection-recommendations.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { Panel } from '#shared/selection/panel.js';
import type { RecommendationDecision } from '#shared/selection/recommendation.js';
import type { SelectionReport } from '#shared/selection-report/report.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, panelMember, seedApplications, staffClient, staffToken, storeOf, type StaffIdentity } from '../../support/staff.js';

const clock = settableClock('2026-12-01T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
let dynamo: DynamoDBClient;
let s3: S3Client;

type Client = Awaited<ReturnType<typeof staffClient>>;
const clients = new Map<string, Client>();
const as = (identity: StaffIdentity) => clients.get(identity.email) as Client;

const chair = 'chair.panel@secondment-hub.local';
const member = panelMember.email;
const VACANCY = '1801';
const RACED = '1802';

const vacancy = (number: string): Vacancy => ({
  number,
  title: 'Criminal Intelligence Officer',
  unit: 'Criminal Intelligence',
  reportingTo: 'Head of Analysis',
  location: 'Lyon',
  timeZone: 'Europe/Paris',
  grade: '4',
  durationMonths: 36,
  posts: 1,
  clearance: 'Basic',
  secondmentType: 'regular',
  publishedAt: '2026-08-01',
  deadline: '2026-09-30',
  status: 'closed',
  notice: {
    duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
    experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' }] },
    languages: [{ language: 'en', need: 'required', wording: 'Excellent English', level: 'C1' }],
  },
});

const id = (digit: number, number = VACANCY) => `${String(digit).repeat(8)}-${number === VACANCY ? '1111' : '2222'}-4111-8111-${String(digit).repeat(12)}`;

const application = (digit: number, givenName: string, familyName: string, status: ApplicationStatus, extra: Partial<Application> = {}, number = VACANCY): Application => ({
  id: id(digit, number),
  vacancy: number,
  givenName,
  familyName,
  email: `candidate${digit}@police.example`,
  phone: '+33 4 72 00 00 00',
  nationality: 'FR',
  category: 'law-enforcement',
  currentTitle: 'Commandant de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: 10,
  languages: ['en'],
  languageLevels: { en: 'C1' },
  education: 'master',
  status,
  submittedAt: `2026-09-0${digit}T10:00:00.000Z`,
  updatedAt: `2026-09-0${digit}T10:00:00.000Z`,
  version: 1,
  privacyConsentAt: `2026-09-0${digit}T10:00:00.000Z`,
  documents: {},
  ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', at: '2026-09-10T10:00:00.000Z', by: 'ncb.lyon@interpol.fr.example' },
  statusTokenHash: 'x'.repeat(64),
  ...extra,
});

const tested = { testId: 't1', mark: 70, passMark: 50, maxMark: 100, passed: true, recordedAt: '2026-10-01T10:00:00.000Z', recordedBy: hrOfficer.email };

/** Names in three scripts: the PDF must hold each. */
const names = { zoe: 'Zoë Ångström', alexei: 'Алексей Смирнов', mohammed: 'محمد العلي' };

const panel = (number: string): Panel => ({
  vacancy: number,
  members: [chair, member],
  chair,
  criteria: [
    { id: 'experience', kind: 'experience', label: 'Experience (at least 8 years)', weight: 3 },
    { id: 'duty-1', kind: 'duty', label: 'Analyse criminal intelligence', weight: 1 },
  ],
  spreadThreshold: 2,
  revision: 1,
  lockedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  updatedBy: hrOfficer.email,
});

const tables = () => {
  const client = createDocumentClient(dynamo);
  return { panels: dynamoPanels(client, stack.tableName), marks: dynamoMarks(client, stack.tableName), recommendations: dynamoRecommendations(client, stack.tableName) };
};

const submit = async (number: string, applicationId: string, by: string, experience: number, duty: number) => {
  const at = '2026-11-20T09:00:00.000Z';
  await tables().marks.save(
    { vacancy: number, applicationId, member: by, scores: { experience: { score: experience }, 'duty-1': { score: duty } }, state: 'submitted', revision: 1, updatedAt: at, submittedAt: at },
    undefined,
    { vacancy: number, at, by, action: 'marks-submitted', applicationId, changes: {} },
  );
};

const recommend = async (number: string, applicationId: string, decision: RecommendationDecision, reasons?: string) => {
  const at = '2026-11-25T09:00:00.000Z';
  await tables().recommendations.save({ vacancy: number, applicationId, decision, ...(reasons ? { reasons } : {}), by: chair, at, revision: 1 }, undefined, {
    vacancy: number,
    at,
    by: chair,
    action: 'recommended',
    applicationId,
    changes: {},
  });
};

const reportPath = (number = VACANCY) => `/admin/selection-report/${number}`;

/** The PDF as bytes, through the gateway, as the staff page asks for it. */
const pdfOf = async (identity: StaffIdentity, number = VACANCY) => {
  const response = await fetch(`${stack.url}${reportPath(number)}/pdf`, { headers: { Authorization: `Bearer ${await staffToken(stack, identity)}`, Accept: 'application/pdf' } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
};

const textOf = async (bytes: Uint8Array) => {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  // pdf.js marks a change of font inside a line with a control character: dropped, with repeated spaces.
  return { text: [...text].map((char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('').replace(/\s+/g, ' '), pages: totalPages };
};

const listReports = async (number: string) =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: `selection-reports/${number}/` }))).Contents ?? []).map((object) => object.Key ?? '').sort();

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  const vacancies = dynamoVacancyStore(createDocumentClient(dynamo), stack.tableName);
  await vacancies.put(vacancy(VACANCY));
  await vacancies.put(vacancy(RACED));
  const [zoeGiven, zoeFamily] = names.zoe.split(' ') as [string, string];
  const [alexeiGiven, alexeiFamily] = names.alexei.split(' ') as [string, string];
  const [mohammedGiven, mohammedFamily] = names.mohammed.split(' ') as [string, string];
  await seedApplications(stores.applications, [
    // Tested, then interviewed.
    application(1, zoeGiven, zoeFamily, 'interviewed', { writtenTest: tested }),
    // Interviewed straight from the shortlist.
    application(2, alexeiGiven, alexeiFamily, 'shortlisted'),
    application(3, mohammedGiven, mohammedFamily, 'shortlisted'),
    // Tested, then rejected: it counts as shortlisted and tested.
    application(4, 'Dana', 'Candidate', 'shortlisted'),
    // Not eligible (two years), rejected at screening.
    application(5, 'Emil', 'Candidate', 'screening', { yearsOfExperience: 2 }),
    // Never confirmed its address: counted nowhere.
    application(6, 'Fay', 'Candidate', 'submitted', { emailConfirmation: { tokenHash: 'y'.repeat(64), expiresAt: '2026-09-13T10:00:00.000Z' } }),
    application(1, 'Gil', 'Candidate', 'interviewed', {}, RACED),
  ]);
  // The moves through the store, audited as the grid writes them, so the histories say them.
  const move = async (digit: number, ...statuses: ApplicationStatus[]) => {
    for (const [index, to] of statuses.entries()) {
      const current = await stores.applications.get(id(digit));
      if (!current) throw new Error('seeded');
      const from = index === 0 ? current.status : statuses[index - 1];
      await stores.applications.update(current.id, current.version, { status: to }, { at: '2026-10-02T10:00:00.000Z', by: hrOfficer.email, action: 'status-changed', changes: { status: { from, to } } });
    }
  };
  await move(2, 'interviewed');
  await move(3, 'interviewed');
  await move(4, 'tested', 'rejected');
  await move(5, 'rejected');
  await signIn();
});

/** Tokens live an hour: everyone signs in again once the clock has moved on. */
const signIn = async () => {
  for (const identity of [hrOfficer, administrator, ncbFrance, panelMember]) clients.set(identity.email, documented(await staffClient(stack, identity)));
};
const moveTo = async (at: string) => {
  clock.set(at);
  await signIn();
};

afterAll(async () => {
  stores?.close();
  dynamo?.destroy();
  s3?.destroy();
  await stack?.stop();
});

describe('the selection report through /admin/selection-report (issue 16, point 5)', () => {
  it('answers 404 for a vacancy without a panel, saying so', async () => {
    const { status, type, body } = await as(hrOfficer)('GET', reportPath());

    expect(status).toBe(404);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.detail).toContain('no selection panel');
  });

  it('gives HR the figures, the ranking with each criterion’s combined mark and the panel', async () => {
    await tables().panels.save(panel(VACANCY), undefined, { vacancy: VACANCY, at: '2026-11-01T09:00:00.000Z', by: hrOfficer.email, action: 'panel-created', changes: {} });
    await submit(VACANCY, id(1), chair, 5, 4);
    await submit(VACANCY, id(1), member, 4, 4);
    await submit(VACANCY, id(2), chair, 3, 5);
    await submit(VACANCY, id(3), chair, 4, 2);
    await recommend(VACANCY, id(1), 'appoint');

    const { status, body } = await as(hrOfficer)('GET', reportPath());

    const report = body as unknown as SelectionReport;
    expect(status).toBe(200);
    expect(report.figures).toEqual({ applied: 5, eligible: 4, eligibilityUnknown: 0, shortlisted: 4, tested: 2, interviewed: 3 });
    // Zoë: experience (5+4)/2 = 4.5, duty 4: (3*4.5 + 4)/4 = 4.375 -> 4.38. Mohammed: (3*4 + 2)/4 = 3.5. Alexei: (3*3 + 5)/4 = 3.5, below on experience.
    expect(report.ranking.map((row) => [row.rank, row.name, row.combined, row.submissions, row.recommendation?.decision])).toEqual([
      [1, names.zoe, 4.38, 2, 'appoint'],
      [2, names.mohammed, 3.5, 1, undefined],
      [3, names.alexei, 3.5, 1, undefined],
    ]);
    expect(report.ranking[0]?.criteria).toEqual([
      { criterionId: 'experience', label: 'Experience (at least 8 years)', weight: 3, mean: 4.5, spread: false },
      { criterionId: 'duty-1', label: 'Analyse criminal intelligence', weight: 1, mean: 4, spread: false },
    ]);
    expect(report.panel).toEqual({ chair, members: [chair, member], spreadThreshold: 2, criteria: [{ id: 'experience', label: 'Experience (at least 8 years)', weight: 3 }, { id: 'duty-1', label: 'Analyse criminal intelligence', weight: 1 }] });
    expect(report.awaitingRecommendation).toBe(2);
    expect(report.signOff).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain('candidate6@');
  });

  it('refuses the sign-off while a ranked candidate has no recommendation, saying how many', async () => {
    const { status, type, body } = await as(hrOfficer)('POST', `${reportPath()}/sign-off`, {});

    expect(status).toBe(409);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.detail).toContain('2 ranked candidates have no recommendation');
    expect(await listReports(VACANCY)).toEqual([]);
  });

  it('refuses a panel member and an NCB officer (403), and a body on the sign-off (400)', async () => {
    const answers = await Promise.all([
      as(panelMember)('GET', reportPath()),
      as(panelMember)('POST', `${reportPath()}/sign-off`, {}),
      as(ncbFrance)('GET', reportPath()),
      as(ncbFrance)('POST', `${reportPath()}/sign-off`, {}),
      pdfOf(panelMember),
      pdfOf(ncbFrance),
    ]);
    const withBody = await as(hrOfficer)('POST', `${reportPath()}/sign-off`, { force: true });

    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(withBody.status).toBe(400);
  });

  it('lays out a draft PDF holding the figures and names the JSON route gives, in any script', async () => {
    const json = (await as(hrOfficer)('GET', reportPath())).body as unknown as SelectionReport;
    const pdf = await pdfOf(hrOfficer);

    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toBe(`attachment; filename="selection-report-${VACANCY}.pdf"`);
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { text, pages } = await textOf(pdf.bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`Selection report: vacancy ${VACANCY}`);
    expect(text).toContain('DRAFT, not signed off');
    expect(text).toContain(`Applied (confirmed applications) ${json.figures.applied}`);
    expect(text).toContain(`Eligible (requirements met, or HR’s override) ${json.figures.eligible}`);
    expect(text).toContain(`Shortlisted ${json.figures.shortlisted}`);
    expect(text).toContain(`Tested ${json.figures.tested}`);
    expect(text).toContain(`Interviewed ${json.figures.interviewed}`);
    for (const row of json.ranking) expect(text).toContain(`${row.rank} ${row.name} ${row.combined.toFixed(2)}`);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Chair: ${chair}`);
  });

  it('signs off once: audited, stored in the bucket, and every later read gives the signed report', async () => {
    await recommend(VACANCY, id(3), 'reserve', 'Strong analyst; the first-ranked covers the post’s languages better.');
    await recommend(VACANCY, id(2), 'not-recommended', 'Experience below the panel’s expectations for the duties.');
    await moveTo('2026-12-02T14:30:00Z');

    const signed = await as(hrOfficer)('POST', `${reportPath()}/sign-off`, {});
    const again = await as(administrator)('POST', `${reportPath()}/sign-off`, {});

    expect(signed.status).toBe(201);
    const report = signed.body as unknown as SelectionReport;
    expect(report.signOff).toEqual({ by: hrOfficer.email, at: '2026-12-02T14:30:00.000Z' });
    expect(report.awaitingRecommendation).toBe(0);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain(`already signed off by ${hrOfficer.email} at 2026-12-02T14:30:00.000Z`);

    const history = (await as(hrOfficer)('GET', `/admin/selection/panels/${VACANCY}/history`)).body.items as Array<{ action: string; by: string; at: string }>;
    expect(history.filter((entry) => entry.action === 'report-signed').map((entry) => [entry.by, entry.at])).toEqual([[hrOfficer.email, '2026-12-02T14:30:00.000Z']]);

    const keys = await listReports(VACANCY);
    expect(keys).toHaveLength(2);
    expect(keys.map((key) => key.slice(key.lastIndexOf('.')))).toEqual(['.json', '.pdf']);
    const stored = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: keys[1] }));
    const storedPdf = await stored.Body?.transformToByteArray();
    expect(stored.ContentType).toBe('application/pdf');

    // The data move on after the sign-off: the report does not.
    await moveTo('2026-12-03T09:00:00Z');
    await seedApplications(stores.applications, [application(7, 'Hana', 'Candidate', 'submitted')]);
    const current = await stores.applications.get(id(3));
    if (!current) throw new Error('seeded');
    await stores.applications.update(current.id, current.version, { status: 'rejected' }, { at: '2026-12-03T09:00:00.000Z', by: hrOfficer.email, action: 'status-changed', changes: { status: { from: 'interviewed', to: 'rejected' } } });
    const read = await as(hrOfficer)('GET', reportPath());
    const pdf = await pdfOf(hrOfficer);

    expect(read.body).toEqual(signed.body);
    expect(Buffer.from(pdf.bytes).equals(Buffer.from(storedPdf ?? []))).toBe(true);
    const { text } = await textOf(pdf.bytes);
    expect(text).toContain(`Signed off by ${hrOfficer.email} on 2 December 2026 at 15:30 (Europe/Paris)`);
    expect(text).toContain('Reasons: Experience below the panel’s expectations for the duties.');
    expect(text).not.toContain('DRAFT');
  });

  it('lets exactly one of five sign-offs at once win; the others get a 409 and leave no file', async () => {
    await tables().panels.save(panel(RACED), undefined, { vacancy: RACED, at: '2026-11-01T09:00:00.000Z', by: hrOfficer.email, action: 'panel-created', changes: {} });
    await submit(RACED, id(1, RACED), chair, 4, 4);
    await recommend(RACED, id(1, RACED), 'appoint');

    const answers = await Promise.all(Array.from({ length: 5 }, () => as(hrOfficer)('POST', `${reportPath(RACED)}/sign-off`, {})));

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await listReports(RACED)).toHaveLength(2);
  });
});
