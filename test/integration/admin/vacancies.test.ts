import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { projectDraft } from '../../support/project-notices.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

const seed = (name: string) => readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const notices = {
  '1152': seed('vacancy-1152-senior-coordinator.txt'),
  '1614': seed('vacancy-1614-ad-communications.txt'),
} as const;

const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let admin: Awaited<ReturnType<typeof staffClient>>;
let ncb: Awaited<ReturnType<typeof staffClient>>;

type Stored = Vacancy & { version: number };
type Entry = { by: string; action: string; version: number; changes: Record<string, { from: unknown; to: unknown }> };

/** A vacancy unlike the demo ones, as HR would type it in: a draft by default. */
const newVacancy = (number: string, overrides: Partial<Vacancy> = {}): Vacancy =>
  openVacancy({ number, title: 'Analyst, Financial Crime', deadline: '2027-01-15', status: 'draft', ...overrides });

/** The PUT body for `vacancy` at `version`: every field but the number. */
const putBody = ({ number: _number, ...fields }: Vacancy, version: number, changes: Partial<Vacancy> = {}) => ({
  ...fields,
  ...changes,
  version,
});

beforeAll(async () => {
  stack = await startTestStack(clock);
  [hr, admin, ncb] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, administrator), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('managing vacancies through /admin/vacancies', () => {
  it('creates a draft at version 1 that staff see and the public does not', async () => {
    // Prepare
    const draft = newVacancy('2001');

    // Act
    const created = await hr('POST', '/admin/vacancies', draft);

    // Assert
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...draft, version: 1 });
    expect((await hr('GET', '/admin/vacancies/2001')).body).toEqual({ ...draft, version: 1 });
    expect((await fetch(`${stack.url}/vacancies/2001`)).status).toBe(404);
  });

  it('lists every vacancy with its version, drafts and closed ones too, newest deadline first', async () => {
    // Prepare
    await hr('POST', '/admin/vacancies', newVacancy('2002', { deadline: '2027-06-30' }));

    // Act
    const { status, body } = await hr('GET', '/admin/vacancies');

    // Assert
    const items = body.items as Stored[];
    expect(status).toBe(200);
    expect(items.map((v) => v.number)).toEqual(expect.arrayContaining(['2002', '1152', '1614', '1701', '1705']));
    expect(items.find((v) => v.number === '2002')).toMatchObject({ status: 'draft', version: 1 });
    expect(items.find((v) => v.number === '1152')).toMatchObject({ status: 'closed', version: 1 });
    const deadlines = items.map((v) => v.deadline);
    expect(deadlines).toEqual([...deadlines].sort().reverse());
  });

  it('publishes, closes and fills a vacancy, each move a new version with its audit entry', async () => {
    // Prepare: a vacancy is filled only with an appointment (issue 12), here one the selection made.
    const draft = newVacancy('2003');
    await hr('POST', '/admin/vacancies', draft);
    const { applications, close } = storeOf(stack);
    await seedApplications(applications, [aminaApplication({ id: '2003aaaa-0000-4000-8000-000000000001', vacancy: '2003', status: 'appointed' })]);
    close();

    // Act
    const published = await hr('PUT', '/admin/vacancies/2003', putBody(draft, 1, { status: 'open' }));
    const closed = await admin('PUT', '/admin/vacancies/2003', putBody(draft, 2, { status: 'closed' }));
    const filled = await hr('PUT', '/admin/vacancies/2003', putBody(draft, 3, { status: 'filled' }));
    const history = await hr('GET', '/admin/vacancies/2003/history');

    // Assert
    expect([published.status, closed.status, filled.status]).toEqual([200, 200, 200]);
    expect(published.body).toMatchObject({ status: 'open', version: 2 });
    expect(filled.body).toMatchObject({ status: 'filled', version: 4 });
    const entries = history.body.items as Entry[];
    expect(entries.map((e) => [e.action, e.version, e.by])).toEqual([
      ['created', 1, hrOfficer.email],
      ['publish', 2, hrOfficer.email],
      ['close', 3, administrator.email],
      ['fill', 4, hrOfficer.email],
    ]);
    expect(entries[1]?.changes).toEqual({ status: { from: 'draft', to: 'open' } });
  });

  it('shows a published vacancy to the public, and a cancelled one as cancelled', async () => {
    // Prepare
    const draft = newVacancy('2004');
    await hr('POST', '/admin/vacancies', draft);
    await hr('PUT', '/admin/vacancies/2004', putBody(draft, 1, { status: 'open' }));
    const whilePublished = await fetch(`${stack.url}/vacancies/2004`);

    // Act
    const cancelled = await hr('PUT', '/admin/vacancies/2004', putBody(draft, 2, { status: 'cancelled' }));

    // Assert
    expect(whilePublished.status).toBe(200);
    expect(cancelled.status).toBe(200);
    expect(((await fetch(`${stack.url}/vacancies/2004`).then((r) => r.json())) as Vacancy).status).toBe('cancelled');
  });

  it('records an edit of the fields, from and to, without a status move', async () => {
    // Prepare
    const draft = newVacancy('2005');
    await hr('POST', '/admin/vacancies', draft);

    // Act
    const edited = await hr('PUT', '/admin/vacancies/2005', putBody(draft, 1, { posts: 3, title: 'Senior Analyst, Financial Crime' }));

    // Assert
    expect(edited.body).toMatchObject({ posts: 3, version: 2, status: 'draft' });
    const [, entry] = (await hr('GET', '/admin/vacancies/2005/history')).body.items as Entry[];
    expect(entry).toMatchObject({
      action: 'edited',
      changes: { posts: { from: 2, to: 3 }, title: { from: draft.title, to: 'Senior Analyst, Financial Crime' } },
    });
  });

  it('refuses a move the status machine forbids with a 422 and leaves the vacancy as it was', async () => {
    // Prepare
    const draft = newVacancy('2006');
    await hr('POST', '/admin/vacancies', draft);
    await hr('PUT', '/admin/vacancies/2006', putBody(draft, 1, { status: 'cancelled' }));

    // Act
    const reopened = await hr('PUT', '/admin/vacancies/2006', putBody(draft, 2, { status: 'open' }));
    const filledDraft = await hr('POST', '/admin/vacancies', newVacancy('2007'));
    const skipped = await hr('PUT', '/admin/vacancies/2007', putBody(newVacancy('2007'), 1, { status: 'filled' }));

    // Assert
    expect(filledDraft.status).toBe(201);
    for (const refused of [reopened, skipped]) {
      expect(refused.status).toBe(422);
      expect(refused.type).toMatch(/^application\/problem\+json/);
      expect(refused.body.type).toBe('/problems/forbidden-transition');
    }
    expect(reopened.body.detail).toBe('A cancelled vacancy cannot change status.');
    expect((await hr('GET', '/admin/vacancies/2006')).body).toMatchObject({ status: 'cancelled', version: 2 });
  });

  it('reopens a closed vacancy only while its deadline is not past: a later deadline and the reopen in one save', async () => {
    // Prepare: 1152 closed on 1 September 2025.
    const notice = (await hr('GET', '/admin/vacancies/1152')).body as Stored;
    const { version, ...vacancy } = notice;

    // Act
    const refused = await hr('PUT', '/admin/vacancies/1152', putBody(vacancy, version, { status: 'open' }));
    const reopened = await hr('PUT', '/admin/vacancies/1152', putBody(vacancy, version, { status: 'open', deadline: '2026-12-31' }));

    // Assert
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(/cannot reopen once its deadline has passed/);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', deadline: '2026-12-31', version: version + 1 });
  });

  it('refuses a save at a stale version with a 409, keeping the newer one', async () => {
    // Prepare
    const draft = newVacancy('2008');
    await hr('POST', '/admin/vacancies', draft);
    await admin('PUT', '/admin/vacancies/2008', putBody(draft, 1, { posts: 5 }));

    // Act
    const stale = await hr('PUT', '/admin/vacancies/2008', putBody(draft, 1, { posts: 1 }));

    // Assert
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/conflict');
    // It carries the vacancy as stored now, so the editor sees what changed.
    expect(stale.body.current).toMatchObject({ number: '2008', posts: 5, version: 2 });
    expect((await hr('GET', '/admin/vacancies/2008')).body).toMatchObject({ posts: 5, version: 2 });
  });

  it('refuses a vacancy number that exists with a 409', async () => {
    // Act
    const taken = await hr('POST', '/admin/vacancies', newVacancy('1701'));

    // Assert
    expect(taken.status).toBe(409);
    expect((await hr('GET', '/admin/vacancies/1701')).body).toMatchObject({ title: 'Criminal Intelligence Officer', version: 1 });
  });

  it('applies the secondment rules to a create and to an edit: 422 with the field and why', async () => {
    // Prepare
    const draft = newVacancy('2009');
    await hr('POST', '/admin/vacancies', draft);

    // Act
    const tooLong = await hr('POST', '/admin/vacancies', newVacancy('2010', { durationMonths: 48 }));
    const tooShort = await hr('PUT', '/admin/vacancies/2009', putBody(draft, 1, { durationMonths: 6 }));

    // Assert
    expect(tooLong.status).toBe(422);
    expect(tooLong.body).toMatchObject({
      type: '/problems/secondment-rules',
      errors: [{ path: 'durationMonths', message: 'A regular secondment runs 12 to 36 months at first; this vacancy says 48.' }],
    });
    expect(tooShort.status).toBe(422);
    expect((await hr('GET', '/admin/vacancies/2010')).status).toBe(404);
    expect((await hr('GET', '/admin/vacancies/2009')).body).toMatchObject({ durationMonths: 24, version: 1 });
  });

  it('refuses unknown fields, a number in the PUT body and a new vacancy that is already closed, with 400', async () => {
    // Prepare
    const draft = newVacancy('2011');
    await hr('POST', '/admin/vacancies', draft);

    // Act
    const extra = await hr('POST', '/admin/vacancies', { ...newVacancy('2012'), salary: 1000 });
    const renumber = await hr('PUT', '/admin/vacancies/2011', { ...putBody(draft, 1), number: '2013' });
    const closedAtBirth = await hr('POST', '/admin/vacancies', newVacancy('2014', { status: 'closed' }));

    // Assert
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ path: 'body', message: 'Unknown field(s): salary.' }]);
    expect(renumber.status).toBe(400);
    expect(renumber.body.errors).toEqual([{ path: 'body', message: 'Unknown field(s): number.' }]);
    expect(closedAtBirth.status).toBe(400);
    expect(closedAtBirth.body.errors).toEqual([{ path: 'body.status', message: 'A new vacancy is a draft or open.' }]);
  });

  it('answers 404 for a vacancy that does not exist, reading or saving', async () => {
    // Act
    const read = await hr('GET', '/admin/vacancies/9999');
    const saved = await hr('PUT', '/admin/vacancies/9999', putBody(newVacancy('9999'), 1));

    // Assert
    expect(read.status).toBe(404);
    expect(saved.status).toBe(404);
  });
});

describe('the full notice through /admin/vacancies (issue 15)', () => {
  const body1614 = () => projectDraft('1614').notice ?? {};

  it('creates a vacancy with its whole notice, and GET /vacancies/{number} answers it once published', async () => {
    // Prepare
    const vacancy = newVacancy('2101', { status: 'open', publishedAt: '2026-11-20', notice: body1614() });

    // Act
    const created = await hr('POST', '/admin/vacancies', vacancy);
    const shown = await fetch(`${stack.url}/vacancies/2101`);

    // Assert
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...vacancy, version: 1 });
    expect(((await shown.json()) as Vacancy).notice).toEqual(body1614());
    const [entry] = (await hr('GET', '/admin/vacancies/2101/history')).body.items as Entry[];
    expect(Object.keys(entry?.changes ?? {})).toEqual(expect.arrayContaining(['title', 'notice.duties', 'notice.languages', 'notice.standing']));
  });

  it('lists vacancies by their header, the notice only in GET /admin/vacancies/{number}, so the list stays small over the years', async () => {
    const listed = ((await hr('GET', '/admin/vacancies')).body.items as Stored[]).find((one) => one.number === '2101');
    const one = (await hr('GET', '/admin/vacancies/2101')).body as Stored;

    expect(listed).toMatchObject({ number: '2101', title: one.title, version: one.version });
    expect(listed).not.toHaveProperty('notice');
    expect(one.notice).toEqual(body1614());
  });

  it('keeps the stored notice on a save without one, audits only the parts a save changes, and removes it with notice: {}', async () => {
    // Prepare
    const vacancy = newVacancy('2102', { notice: body1614() });
    await hr('POST', '/admin/vacancies', vacancy);
    const { notice: _notice, ...withoutNotice } = vacancy;

    // Act: an editor that predates notices saves the header only; then one part changes; then the notice goes.
    const headerOnly = await hr('PUT', '/admin/vacancies/2102', putBody(withoutNotice as Vacancy, 1, { title: 'Analyst, Fraud' }));
    const onePart = await hr('PUT', '/admin/vacancies/2102', putBody(vacancy, 2, { title: 'Analyst, Fraud', notice: { ...body1614(), aptitudes: ['Good listening skills.'] } }));
    const removed = await hr('PUT', '/admin/vacancies/2102', putBody(vacancy, 3, { title: 'Analyst, Fraud', notice: {} }));

    // Assert
    expect(headerOnly.status).toBe(200);
    expect((headerOnly.body as Stored).notice).toEqual(body1614());
    expect(onePart.status).toBe(200);
    expect(removed.status).toBe(200);
    expect(removed.body).not.toHaveProperty('notice');
    const history = (await hr('GET', '/admin/vacancies/2102/history')).body.items as Entry[];
    expect(history.map((entry) => Object.keys(entry.changes).sort())).toEqual([
      expect.arrayContaining(['notice.summary', 'notice.aptitudes']),
      ['title'],
      ['notice.aptitudes'],
      ['notice.abilities', 'notice.aptitudes', 'notice.duties', 'notice.education', 'notice.experience', 'notice.languages', 'notice.standing', 'notice.summary'],
    ]);
  });

  it('saves the same notice again as no change: read back from DynamoDB, it compares equal to what is sent', async () => {
    // Prepare
    const vacancy = newVacancy('2104', { notice: body1614() });
    await hr('POST', '/admin/vacancies', vacancy);

    // Act
    const again = await hr('PUT', '/admin/vacancies/2104', putBody(vacancy, 1));

    // Assert
    expect(again.status).toBe(200);
    expect((again.body as Stored).version).toBe(1);
    expect((await hr('GET', '/admin/vacancies/2104/history')).body.items).toHaveLength(1);
  });

  it('refuses a notice with an unknown field or a level off the CEFR scale with 400, storing nothing', async () => {
    // Act
    const unknown = await hr('POST', '/admin/vacancies', newVacancy('2103', { notice: { ...body1614(), salary: 'high' } as Vacancy['notice'] }));
    const offScale = await hr('POST', '/admin/vacancies', newVacancy('2103', { notice: { languages: [{ language: 'en', level: 'C3' as 'C2', need: 'required', wording: 'English' }] } }));

    // Assert
    expect(unknown.status).toBe(400);
    expect(offScale.status).toBe(400);
    expect((offScale.body.errors as Array<{ path: string }>).map((error) => error.path)).toEqual(['body.notice.languages.0.level']);
    expect((await hr('GET', '/admin/vacancies/2103')).status).toBe(404);
  });
});

describe('pasting a vacancy notice into POST /admin/vacancies/parse', () => {
  it.each(['1152', '1614'] as const)('reads notice %s of the seeds whole, and its draft saves once given a status', async (number) => {
    // Act
    const parsed = await hr('POST', '/admin/vacancies/parse', { text: notices[number] });
    const draft = parsed.body.draft as Omit<Vacancy, 'status'>;
    // The number is taken by the demo data: the same notice again under another number.
    const saved = await hr('POST', '/admin/vacancies', { ...draft, number: `${number}-B`, status: 'draft' });

    // Assert
    expect(parsed.status).toBe(200);
    expect(parsed.body).toEqual({ draft: projectDraft(number), unread: [], unreadNotice: [] });
    expect(saved.status).toBe(201);
  });

  it('lists what it could not read, and the draft saves once those fields are filled', async () => {
    // Prepare
    const text = notices['1152'].replace('Grade: 3\n', '').replace('VACANCY NOTICE 1152', 'VACANCY NOTICE');

    // Act
    const parsed = await hr('POST', '/admin/vacancies/parse', { text });
    const unread = parsed.body.unread as Array<{ field: string; reason: string }>;
    const saved = await hr('POST', '/admin/vacancies', { ...(parsed.body.draft as object), number: '1152-C', grade: '3', status: 'draft' });

    // Assert
    expect(unread.map((entry) => entry.field)).toEqual(['number', 'grade']);
    expect(unread.every((entry) => entry.reason.length > 0)).toBe(true);
    expect(parsed.body.draft).not.toHaveProperty('grade');
    expect(saved.status).toBe(201);
  });

  it('refuses a paste longer than one notice, and an unknown field, with 400', async () => {
    // Act
    const long = await hr('POST', '/admin/vacancies/parse', { text: 'x'.repeat(100_001) });
    const extra = await hr('POST', '/admin/vacancies/parse', { text: notices['1152'], save: true });

    // Assert
    expect(long.status).toBe(400);
    expect(extra.status).toBe(400);
  });
});

describe('who may manage vacancies', () => {
  it('keeps the vacancy grid to HR and admins: an NCB officer may neither read drafts nor write, parse or read history', async () => {
    // Prepare
    const draft = newVacancy('2020');
    await hr('POST', '/admin/vacancies', draft);

    // Act
    const writes = await Promise.all([
      ncb('GET', '/admin/vacancies'),
      ncb('GET', '/admin/vacancies/2020'),
      ncb('POST', '/admin/vacancies', newVacancy('2021')),
      ncb('PUT', '/admin/vacancies/2020', putBody(draft, 1, { status: 'open' })),
      ncb('POST', '/admin/vacancies/parse', { text: notices['1152'] }),
      ncb('GET', '/admin/vacancies/2020/history'),
    ]);

    const summary = await ncb('GET', '/admin/applications/summary');

    // Assert
    expect(writes.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403, 403]);
    // The vacancy switcher shows an NCB officer the published vacancies only.
    const listed = (summary.body.items as Array<{ vacancy: string; vacancyStatus: string }>).map((item) => item.vacancyStatus);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain('draft');
    expect(listed).not.toContain('cancelled');
    expect((await hr('GET', '/admin/vacancies/2020')).body).toMatchObject({ status: 'draft', version: 1 });
    expect((await hr('GET', '/admin/vacancies/2021')).status).toBe(404);
  });

  it('refuses every vacancy route without a token with a 401', async () => {
    // Act
    const answers = await Promise.all([
      fetch(`${stack.url}/admin/vacancies`),
      fetch(`${stack.url}/admin/vacancies`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
    ]);

    // Assert
    expect(answers.map((answer) => answer.status)).toEqual([401, 401]);
  });
});
