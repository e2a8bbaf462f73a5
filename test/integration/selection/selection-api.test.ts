import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { Marks } from '#shared/selection/marks.js';
import { rankCandidates } from '#shared/selection/ranking.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf, type StaffIdentity } from '../../support/staff.js';

const clock = settableClock('2026-12-01T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;

type Client = Awaited<ReturnType<typeof staffClient>>;
const clients = new Map<string, Client>();
const as = (identity: StaffIdentity) => clients.get(identity.email) as Client;

const ana: StaffIdentity = { email: 'ana.panel@secondment-hub.local', groups: ['panel'] };
const ben: StaffIdentity = { email: 'ben.panel@secondment-hub.local', groups: ['panel'] };
const chair: StaffIdentity = { email: 'chair.panel@secondment-hub.local', groups: ['panel'] };
const otherPanel: StaffIdentity = { email: 'zoe.panel@secondment-hub.local', groups: ['panel'] };

const VACANCY = '1777';
const OTHER = '1778';

const vacancy = (number: string): Vacancy => ({
  number,
  title: number === VACANCY ? 'Criminal Intelligence Officer' : 'Cybercrime Analyst',
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
    duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }, { title: 'Coordinate with member countries', activities: [] }],
    experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' }] },
    languages: [{ language: 'en', need: 'required', wording: 'Excellent English', level: 'C1' }],
    abilities: [{ text: 'Sound judgement' }],
  },
});

const ids = {
  amina: '11111111-1111-4111-8111-111111111111',
  bruno: '22222222-2222-4222-8222-222222222222',
  chen: '33333333-3333-4333-8333-333333333333',
  screening: '44444444-4444-4444-8444-444444444444',
  elsewhere: '55555555-5555-4555-8555-555555555555',
};

const application = (id: string, vacancyNumber: string, givenName: string, status: ApplicationStatus, submittedAt: string): Application => ({
  id,
  vacancy: vacancyNumber,
  givenName,
  familyName: 'Candidate',
  email: `${givenName.toLowerCase()}@police.example`,
  phone: '+33 4 72 00 00 00',
  nationality: 'FR',
  category: 'law-enforcement',
  currentTitle: 'Commandant de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: 10,
  languages: ['en', 'fr'],
  languageLevels: { en: 'C1', fr: 'C2' },
  education: 'master',
  status,
  submittedAt,
  updatedAt: submittedAt,
  version: 3,
  privacyConsentAt: submittedAt,
  documents: {},
  ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-09-01', note: 'NCB private note', at: submittedAt, by: 'ncb.lyon@interpol.fr.example' },
  score: 91,
  note: 'HR private note',
  statusTokenHash: 'x'.repeat(64),
});

/** Amina's CV, in the bucket as a received document. */
const CV_KEY = `received/${'1'.repeat(8)}/cv.pdf`;
const CV_BYTES = Buffer.from('%PDF-1.4 Amina Candidate CV');

const panelPath = (number = VACANCY) => `/admin/selection/panels/${number}`;
const marksPath = (id: string) => `${panelPath()}/candidates/${id}/marks`;

const panelBody = {
  members: [ana.email, ben.email, chair.email],
  chair: chair.email,
  criteria: [
    { id: 'experience', weight: 3 },
    { id: 'duty-1', weight: 2 },
    { id: 'language-en', weight: 1 },
  ],
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const vacancies = dynamoVacancyStore(createDocumentClient(client), stack.tableName);
  await vacancies.put(vacancy(VACANCY));
  await vacancies.put(vacancy(OTHER));
  client.destroy();
  const s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: CV_KEY, Body: CV_BYTES, ContentType: 'application/pdf' }));
  s3.destroy();
  const amina = application(ids.amina, VACANCY, 'Amina', 'shortlisted', '2026-09-01T10:00:00.000Z');
  amina.documents = { cv: { key: CV_KEY, contentType: 'application/pdf', size: CV_BYTES.length, sha256: 'x', receivedAt: amina.submittedAt, suppliedBy: 'candidate' } };
  await seedApplications(stores.applications, [
    amina,
    application(ids.bruno, VACANCY, 'Bruno', 'interviewed', '2026-09-02T10:00:00.000Z'),
    application(ids.chen, VACANCY, 'Chen', 'tested', '2026-09-03T10:00:00.000Z'),
    application(ids.screening, VACANCY, 'Dana', 'screening', '2026-09-04T10:00:00.000Z'),
    application(ids.elsewhere, OTHER, 'Emil', 'shortlisted', '2026-09-05T10:00:00.000Z'),
  ]);
  await signIn();
});

/** Tokens live an hour: each member signs in again once the clock has moved on a day. */
const signIn = async () => {
  for (const identity of [hrOfficer, ncbFrance, ana, ben, chair, otherPanel]) clients.set(identity.email, documented(await staffClient(stack, identity)));
};
const moveTo = async (at: string) => {
  clock.set(at);
  await signIn();
};
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('selection through /admin/selection/panels (issue 16, points 1 and 4)', () => {
  it('HR reads the criteria the notice offers and names a panel of two members and a chair', async () => {
    const options = await as(hrOfficer)('GET', `${panelPath()}/criteria-options`);
    expect(options.status).toBe(200);
    expect((options.body.options as Array<{ id: string }>).map((option) => option.id)).toEqual(['experience', 'duty-1', 'duty-2', 'language-en', 'ability-1']);

    const saved = await as(hrOfficer)('PUT', panelPath(), panelBody);

    expect(saved.status).toBe(200);
    expect(saved.body.panel).toMatchObject({ vacancy: VACANCY, chair: chair.email, spreadThreshold: 2, revision: 1, updatedBy: hrOfficer.email });
    expect((saved.body.panel as { criteria: unknown[] }).criteria).toEqual([
      { id: 'experience', kind: 'experience', label: 'Experience (at least 8 years)', weight: 3 },
      { id: 'duty-1', kind: 'duty', label: 'Analyse criminal intelligence', weight: 2 },
      { id: 'language-en', kind: 'language', label: 'English', weight: 1 },
    ]);
    // Another vacancy's panel, which Ana does not sit on.
    expect((await as(hrOfficer)('PUT', panelPath(OTHER), { members: [otherPanel.email], chair: otherPanel.email, criteria: [{ id: 'experience', weight: 1 }] })).status).toBe(200);
  });

  it('refuses an unknown field, a criterion the notice does not offer, and the wrong group', async () => {
    const unknown = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, revision: 1, quorum: 2 });
    const notOffered = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, revision: 1, criteria: [{ id: 'duty-9', weight: 1 }] });
    const byMember = await as(ana)('PUT', panelPath(), { ...panelBody, revision: 1 });
    const byNcb = await as(ncbFrance)('GET', panelPath());

    expect([unknown.status, notOffered.status, byMember.status, byNcb.status]).toEqual([400, 400, 403, 403]);
    expect(byMember.type).toMatch(/^application\/problem\+json/);
  });

  it('shows a member only the vacancies they sit on: another vacancy is a 404, as if it had no panel', async () => {
    const list = await as(ana)('GET', '/admin/selection/panels');
    const other = await as(ana)('GET', panelPath(OTHER));
    const otherCandidates = await as(ana)('GET', `${panelPath(OTHER)}/candidates`);
    const none = await as(ana)('GET', panelPath('9999'));

    expect((list.body.items as Array<{ panel: { vacancy: string }; seat: string }>).map((item) => [item.panel.vacancy, item.seat])).toEqual([[VACANCY, 'member']]);
    expect([other.status, otherCandidates.status, none.status]).toEqual([404, 404, 404]);
    expect(other.body.detail).toBe(String(none.body.detail).replace('9999', OTHER));
    expect(((await as(hrOfficer)('GET', '/admin/selection/panels')).body.items as unknown[]).length).toBe(2);
  });

  it('shows a member only the shortlisted or further candidates, and nothing of HR’s, the NCB’s or contact details', async () => {
    const { status, body } = await as(ana)('GET', `${panelPath()}/candidates`);

    const items = body.items as Array<{ candidate: { applicationId: string; name: string }; marks: unknown[]; mine: string }>;
    expect(status).toBe(200);
    expect(items.map((item) => [item.candidate.name, item.mine])).toEqual([
      ['Amina Candidate', 'none'],
      ['Bruno Candidate', 'none'],
      ['Chen Candidate', 'none'],
    ]);
    const text = JSON.stringify(body);
    for (const hidden of ['HR private note', '"score"', 'NCB private note', 'ncb.lyon', '@police.example', '+33', 'Police nationale', ids.screening, ids.elsewhere]) expect(text).not.toContain(hidden);
  });

  it('gives a member a short-lived link to the CV of a candidate before the panel, and nothing for another vacancy’s', async () => {
    // The S3 emulator judges a link's expiry by the machine's clock: sign it now, then go back to the suite's day.
    await moveTo(new Date(Math.floor(Date.now() / 1000) * 1000).toISOString());
    const link = await as(ana)('GET', `${panelPath()}/candidates/${ids.amina}/cv`);
    const none = await as(ana)('GET', `${panelPath()}/candidates/${ids.bruno}/cv`);
    const elsewhere = await as(ana)('GET', `${panelPath(OTHER)}/candidates/${ids.elsewhere}/cv`);
    const notBefore = await as(ana)('GET', `${panelPath()}/candidates/${ids.screening}/cv`);

    expect(link.status).toBe(200);
    expect(link.headers.get('cache-control')).toBe('no-store');
    const file = await fetch(String(link.body.url));
    expect(Buffer.from(await file.arrayBuffer()).equals(CV_BYTES)).toBe(true);
    expect([none.status, elsewhere.status, notBefore.status]).toEqual([404, 404, 404]);
    await moveTo('2026-12-01T09:00:00Z');
  });

  it('saves drafts against the revision read: a stale save from another tab is a 409', async () => {
    clock.set('2026-12-01T09:30:00Z');
    const first = await as(ana)('PUT', marksPath(ids.amina), { scores: { experience: { score: 4 } } });
    const secondTab = await as(ana)('PUT', marksPath(ids.amina), { revision: 1, scores: { experience: { score: 4 }, 'duty-1': { score: 3 } } });
    const staleTab = await as(ana)('PUT', marksPath(ids.amina), { revision: 1, scores: { experience: { score: 2 } } });
    const concurrent = await Promise.all([
      as(ana)('PUT', marksPath(ids.amina), { revision: 2, scores: { experience: { score: 5 }, 'duty-1': { score: 3 } } }),
      as(ana)('PUT', marksPath(ids.amina), { revision: 2, scores: { experience: { score: 1 }, 'duty-1': { score: 3 } } }),
    ]);

    expect([first.status, secondTab.status, staleTab.status]).toEqual([200, 200, 409]);
    expect(staleTab.body.detail).toMatch(/another tab/);
    expect(concurrent.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const mine = (await as(ana)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[] }>;
    expect(mine[0]?.marks.map((mark) => [mark.state, mark.revision])).toEqual([['draft', 3]]);
  });

  it('refuses a score outside 1 to 5, a criterion the panel does not mark, and HR marking', async () => {
    const six = await as(ana)('PUT', marksPath(ids.bruno), { scores: { experience: { score: 6 } } });
    const unknown = await as(ana)('PUT', marksPath(ids.bruno), { scores: { charisma: { score: 3 } } });
    const hr = await as(hrOfficer)('PUT', marksPath(ids.bruno), { scores: { experience: { score: 3 } } });
    const notBefore = await as(ana)('PUT', marksPath(ids.screening), { scores: { experience: { score: 3 } } });

    expect([six.status, unknown.status, hr.status, notBefore.status]).toEqual([400, 400, 403, 404]);
  });

  // Scores for experience, duty-1 and language-en. Ben never submits Chen: his ranking stays closed.
  const anaScores: Record<string, number[]> = { [ids.amina]: [5, 3, 4], [ids.bruno]: [3, 3, 3], [ids.chen]: [4, 4, 4] };
  const benScores: Record<string, number[]> = { [ids.amina]: [2, 4, 4], [ids.bruno]: [5, 5, 5] };
  const scoresOf = (values: number[]) => ({ experience: { score: values[0] }, 'duty-1': { score: values[1] }, 'language-en': { score: values[2] } });

  const markAndSubmit = async (who: StaffIdentity, id: string, values: number[]) => {
    const client = as(who);
    const current = ((await client('GET', `${panelPath()}/candidates`)).body.items as Array<{ candidate: { applicationId: string }; marks: Marks[] }>)
      .find((item) => item.candidate.applicationId === id)
      ?.marks.find((mark) => mark.member === who.email);
    const saved = await client('PUT', marksPath(id), { ...(current ? { revision: current.revision } : {}), scores: scoresOf(values), overallComment: 'Seen at interview.' });
    expect(saved.status).toBe(200);
    const submitted = await client('POST', `${marksPath(id)}/submit`, { revision: (saved.body.marks as Marks).revision });
    expect(submitted.status).toBe(200);
    return submitted.body.marks as Marks;
  };

  it('hides the other members’ marks until a member has submitted their own for that candidate', async () => {
    // Prepare: Ben submits for Amina.
    await moveTo('2026-12-02T10:00:00Z');
    await markAndSubmit(ben, ids.amina, benScores[ids.amina] as number[]);

    // Act: Ana, with a draft, then after her own submission.
    const before = (await as(ana)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[]; submissions: number }>;
    const submitted = await markAndSubmit(ana, ids.amina, anaScores[ids.amina] as number[]);
    const after = (await as(ana)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[]; mine: string }>;

    // Assert
    expect(before[0]?.marks.map((mark) => [mark.member, mark.state])).toEqual([[ana.email, 'draft']]);
    // Not even how many others have submitted, before her own submission.
    expect(before[0]?.submissions).toBeUndefined();
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: '2026-12-02T10:00:00.000Z' });
    expect(after[0]?.mine).toBe('submitted');
    expect(after[0]?.marks.map((mark) => mark.member).sort()).toEqual([ana.email, ben.email].sort());
    expect((after[0] as { submissions?: number }).submissions).toBe(2);
    // The chair, who has marked nothing, sees no one's marks; HR sees every submitted one.
    const chairView = (await as(chair)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[] }>;
    const hrView = (await as(hrOfficer)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[] }>;
    expect(chairView[0]?.marks).toEqual([]);
    expect(hrView[0]?.marks).toHaveLength(2);
  });

  it('refuses any change to submitted marks', async () => {
    const change = await as(ana)('PUT', marksPath(ids.amina), { revision: 5, scores: scoresOf([1, 1, 1]) });
    const again = await as(ana)('POST', `${marksPath(ids.amina)}/submit`, { revision: 5 });

    expect([change.status, again.status]).toEqual([409, 409]);
    expect(change.body.detail).toMatch(/final/);
  });

  it('refuses a change of criteria or weights after the first submission, saying why, and still adds a member', async () => {
    const panel = (await as(hrOfficer)('GET', panelPath())).body.panel as { revision: number; lockedAt?: string };
    const reweighted = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, revision: panel.revision, criteria: [{ id: 'experience', weight: 1 }, { id: 'duty-1', weight: 2 }, { id: 'language-en', weight: 1 }] });
    const added = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, revision: panel.revision, members: [...panelBody.members, otherPanel.email] });

    expect(panel.lockedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(reweighted.status).toBe(409);
    expect(reweighted.body.detail).toMatch(/can no longer change; members may still be added/);
    expect(added.status).toBe(200);
    expect((added.body.panel as { members: string[] }).members).toContain(otherPanel.email);
  });

  it('opens the ranking to a member only once all their candidates are submitted, and ranks as the unit computation does', async () => {
    const early = await as(ana)('GET', `${panelPath()}/ranking`);
    expect(early.status).toBe(403);

    await moveTo('2026-12-03T10:00:00Z');
    const all: Marks[] = [];
    for (const id of [ids.bruno, ids.chen]) all.push(await markAndSubmit(ana, id, anaScores[id] as number[]));
    all.push(await markAndSubmit(ben, ids.bruno, benScores[ids.bruno] as number[]));
    const { status, body } = await as(ana)('GET', `${panelPath()}/ranking`);

    const panel = (await as(hrOfficer)('GET', panelPath())).body.panel as { criteria: Parameters<typeof rankCandidates>[0] };
    const stored = ((await as(hrOfficer)('GET', `${panelPath()}/candidates`)).body.items as Array<{ marks: Marks[] }>).flatMap((item) => item.marks);
    const expected = rankCandidates(
      panel.criteria,
      [
        { id: ids.amina, submittedAt: '2026-09-01T10:00:00.000Z' },
        { id: ids.bruno, submittedAt: '2026-09-02T10:00:00.000Z' },
        { id: ids.chen, submittedAt: '2026-09-03T10:00:00.000Z' },
      ],
      stored,
      2,
    );
    expect(status).toBe(200);
    expect(body.items).toEqual(expected.items.map((item) => expect.objectContaining(item)));
    // Bruno (3+5)/2 everywhere = 4; Amina (3.5*3 + 3.5*2 + 4)/6 = 3.58; Chen 4 by one member: Bruno first by more submissions.
    expect((body.items as Array<{ name: string; combined: number; submissions: number; spreadFlags: string[] }>).map((item) => [item.name, item.combined, item.submissions, item.spreadFlags])).toEqual([
      ['Bruno Candidate', 4, 2, []],
      ['Chen Candidate', 4, 1, []],
      ['Amina Candidate', 3.58, 2, ['experience']],
    ]);
    expect(body.tieRule).toMatch(/^Higher combined mark first/);
    expect(body.unranked).toBe(0);
    // Ben has not submitted Chen yet: the ranking stays closed to him.
    expect((await as(ben)('GET', `${panelPath()}/ranking`)).status).toBe(403);
    // Nor has the chair marked anyone: the ranking (each criterion's mean, lowest and highest) would give Ana's and Ben's scores.
    const chairEarly = await as(chair)('GET', `${panelPath()}/ranking`);
    expect(chairEarly.status).toBe(403);
    expect(chairEarly.body.detail).toMatch(/3 left/);
  });

  it('lets the chair recommend once their own marks are in, with reasons required for not recommended, and nobody else', async () => {
    clock.set('2026-12-03T10:20:00Z');
    const unmarked = await as(chair)('PUT', `${panelPath()}/candidates/${ids.bruno}/recommendation`, { decision: 'appoint', reasons: 'Highest combined mark.' });
    expect(unmarked.status).toBe(409);
    expect(unmarked.body.detail).toMatch(/Submit your own marks for every candidate first \(3 left\)/);
    for (const [id, score] of [[ids.amina, 3], [ids.bruno, 5], [ids.chen, 3]] as const) await markAndSubmit(chair, id, [score, score, score]);
    clock.set('2026-12-03T10:30:00Z');
    const noReasons = await as(chair)('PUT', `${panelPath()}/candidates/${ids.amina}/recommendation`, { decision: 'not-recommended' });
    const appoint = await as(chair)('PUT', `${panelPath()}/candidates/${ids.bruno}/recommendation`, { decision: 'appoint', reasons: 'Highest combined mark.' });
    const byMember = await as(ana)('PUT', `${panelPath()}/candidates/${ids.chen}/recommendation`, { decision: 'reserve' });
    const byHr = await as(hrOfficer)('PUT', `${panelPath()}/candidates/${ids.chen}/recommendation`, { decision: 'reserve' });
    const ranking = await as(hrOfficer)('GET', `${panelPath()}/ranking`);
    const history = await as(hrOfficer)('GET', `${panelPath()}/history`);

    expect([noReasons.status, appoint.status, byMember.status, byHr.status]).toEqual([400, 200, 403, 403]);
    expect(appoint.body.recommendation).toMatchObject({ decision: 'appoint', by: chair.email, at: '2026-12-03T10:30:00.000Z', revision: 1 });
    expect((ranking.body.items as Array<{ applicationId: string; recommendation?: { decision: string } }>)[0]).toMatchObject({ applicationId: ids.bruno, recommendation: { decision: 'appoint' } });
    const actions = (history.body.items as Array<{ action: string; by: string; applicationId?: string }>).map((entry) => entry.action);
    expect(actions[0]).toBe('panel-created');
    expect(actions).toContain('marks-submitted');
    expect((history.body.items as Array<{ action: string; by: string }>).at(-1)).toMatchObject({ action: 'recommended', by: chair.email });
  });

  it('shows HR which criteria a draft changed, never its scores or comments, in entries written before this rule too', async () => {
    // Prepare: Ben drafts Chen (never submitted); an entry as the previous code wrote it, the draft's scores and comments in it.
    await moveTo('2026-12-03T11:00:00Z');
    const draft = await as(ben)('PUT', marksPath(ids.chen), { scores: { experience: { score: 2, comment: 'DRAFT-SECRET' } }, overallComment: 'DRAFT-OVERALL' });
    expect(draft.status).toBe(200);
    const documents = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
    await documents.send(
      new PutCommand({
        TableName: stack.tableName,
        Item: {
          pk: `SELECTION#${VACANCY}`,
          sk: 'AUDIT#2026-12-03T11:30:00.000Z#written-by-the-previous-code',
          entity: 'selection-audit',
          vacancy: VACANCY,
          at: '2026-12-03T11:30:00.000Z',
          by: ben.email,
          action: 'marks-saved',
          applicationId: ids.chen,
          changes: { scores: { from: { experience: { score: 2 } }, to: { experience: { score: 1, comment: 'OLD-SECRET' }, 'duty-1': { score: 4 } } }, overallComment: { from: null, to: 'OLD-OVERALL' } },
        },
      }),
    );

    // Act
    const history = await as(hrOfficer)('GET', `${panelPath()}/history`);

    // Assert
    expect(history.status).toBe(200);
    for (const secret of ['DRAFT-SECRET', 'DRAFT-OVERALL', 'OLD-SECRET', 'OLD-OVERALL']) expect(JSON.stringify(history.body)).not.toContain(secret);
    const saved = (history.body.items as Array<{ action: string; at: string; changes: object; changed?: string[] }>).filter((entry) => entry.action === 'marks-saved');
    for (const entry of saved) expect(entry.changes).toEqual({});
    expect(saved.find((entry) => entry.at === '2026-12-03T11:00:00.000Z')?.changed).toEqual(['experience', 'overallComment']);
    expect(saved.find((entry) => entry.at === '2026-12-03T11:30:00.000Z')?.changed).toEqual(['duty-1', 'experience', 'overallComment']);
    // A submission's entry may carry the submitted marks: they are final, and HR reads them anyway.
    expect((history.body.items as Array<{ action: string; changes: { state?: unknown } }>).find((entry) => entry.action === 'marks-submitted')?.changes.state).toEqual({ from: 'draft', to: 'submitted' });
  });

  it('still adds a member to the locked panel after a correction of the notice retitled a duty, then removed it, keeping the criteria as marked', async () => {
    const documents = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
    const vacancies = dynamoVacancyStore(documents, stack.tableName);
    const stored = vacancy(VACANCY);
    const read = async () => (await as(hrOfficer)('GET', panelPath())).body.panel as { revision: number; members: string[]; criteria: Array<{ id: string; label: string; weight: number }> };
    const before = await read();
    const criteria = before.criteria.map((criterion) => ({ id: criterion.id, weight: criterion.weight }));

    // A duty retitled by a correction of the notice.
    await vacancies.put({ ...stored, notice: { ...stored.notice, duties: [{ title: 'Analyse intelligence (corrected)', activities: [] }, { title: 'Coordinate with member countries', activities: [] }] } });
    const retitled = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, criteria, revision: before.revision, members: [...before.members, 'dan.panel@secondment-hub.local'] });
    // The duty removed altogether: duty-1 is now another duty, duty-2 none.
    await vacancies.put({ ...stored, notice: { ...stored.notice, duties: [{ title: 'Coordinate with member countries', activities: [] }] } });
    const removed = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, criteria, revision: before.revision + 1, members: [...before.members, 'dan.panel@secondment-hub.local', 'eve.panel@secondment-hub.local'] });
    const reweighted = await as(hrOfficer)('PUT', panelPath(), { ...panelBody, criteria: criteria.map((criterion) => ({ ...criterion, weight: criterion.weight + 1 })), revision: before.revision + 2, members: [...before.members, 'dan.panel@secondment-hub.local', 'eve.panel@secondment-hub.local'] });

    expect([retitled.status, removed.status, reweighted.status]).toEqual([200, 200, 409]);
    expect((await read()).criteria).toEqual(before.criteria);
    expect((await read()).members).toContain('eve.panel@secondment-hub.local');
  });
});
