import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

const NOW = '2026-11-22T09:00:00.000Z';
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let senegal: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const UNKNOWN = idOf(999);

/** Applications to vacancy 1701, each a case below; all incomplete (no documents, no NCB validation). */
const seeded = {
  senegalSubmitted: aminaApplication({ id: idOf(1), nationality: 'SN', email: 's1@police.sn.example' }),
  franceScreening: aminaApplication({ id: idOf(2), nationality: 'FR', email: 'f2@police.fr.example', status: 'screening' }),
  senegalScreening: aminaApplication({ id: idOf(3), nationality: 'SN', email: 's3@police.sn.example', status: 'screening' }),
  franceSubmitted: aminaApplication({ id: idOf(4), nationality: 'FR', email: 'f4@police.fr.example' }),
  franceEditedMeanwhile: aminaApplication({ id: idOf(5), nationality: 'FR', email: 'f5@police.fr.example', version: 3 }),
  franceRejected: aminaApplication({ id: idOf(6), nationality: 'FR', email: 'f6@police.fr.example', status: 'rejected' }),
  franceAssessed: aminaApplication({ id: idOf(7), vacancy: '1702', nationality: 'FR', email: 'f7@police.fr.example', status: 'screening' }),
} satisfies Record<string, Application>;

type Row = { id: string; status: string; version: number; score?: number; missing: string[]; nextStatuses: string[]; ncbValidation?: Record<string, unknown> };

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, Object.values(seeded));
  close();
  // Every answer is checked against the OpenAPI document (GET /openapi.json) as it arrives.
  const clients = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbSenegal), staffClient(stack, ncbFrance)]);
  [hr, senegal, france] = [documented(clients[0]), documented(clients[1]), documented(clients[2])];
});
afterAll(async () => {
  await stack?.stop();
});

describe('the vacancy switcher’s summary', () => {
  it('counts every application of a vacancy by status for HR, and lists every vacancy whatever its status', async () => {
    const { status, body } = await hr('GET', '/admin/applications/summary');

    expect(status).toBe(200);
    const items = body.items as Array<{ vacancy: string; vacancyStatus: string; counts: Record<string, number>; total: number; incomplete: number }>;
    expect(items.map((item) => item.vacancy)).toEqual(expect.arrayContaining(['1152', '1614', '1701']));
    expect(items.find((item) => item.vacancy === '1152')).toMatchObject({ vacancyStatus: 'closed', total: 0 });
    expect(items.find((item) => item.vacancy === '1701')).toEqual({
      vacancy: '1701',
      title: expect.any(String),
      vacancyStatus: 'open',
      deadline: '2026-12-13',
      counts: { submitted: 3, screening: 2, shortlisted: 0, tested: 0, interviewed: 0, offered: 0, appointed: 0, rejected: 1, withdrawn: 0 },
      total: 6,
      // A rejected application waits for nothing.
      incomplete: 5,
      // Written the previous version's way (no emailConfirmation): every one is confirmed.
      unconfirmed: 0,
    });
  });

  it('counts only an NCB officer’s own nationals', async () => {
    const { body } = await senegal('GET', '/admin/applications/summary');

    const vacancy = (body.items as Array<{ vacancy: string; counts: Record<string, number>; total: number }>).find((item) => item.vacancy === '1701');
    expect(vacancy).toMatchObject({ counts: { submitted: 1, screening: 1, rejected: 0 }, total: 2, incomplete: 2 });
  });
});

describe('listing, scoped to an NCB officer’s country', () => {
  it('shows a French NCB officer the French applications only', async () => {
    const { status, body } = await france('GET', '/admin/applications?vacancy=1701');

    expect(status).toBe(200);
    expect((body.items as Row[]).map((row) => row.id).sort()).toEqual([idOf(2), idOf(4), idOf(5), idOf(6)]);
  });
});

describe("HR's assessment stays with HR", () => {
  it('shows HR the score and note, and an NCB officer neither, in the row nor in the history', async () => {
    const edited = await hr('PATCH', `/admin/applications/${idOf(7)}`, { version: 1, score: 81, note: 'Strong case files.' });
    expect(edited.body).toMatchObject({ score: 81, note: 'Strong case files.' });
    await france('POST', `/admin/applications/${idOf(7)}/ncb`, { version: 2, decision: 'declined', screeningAttested: false });

    const row = ((await france('GET', '/admin/applications?vacancy=1702')).body.items as Row[]).find((r) => r.id === idOf(7));
    const history = (await france('GET', `/admin/applications/${idOf(7)}/history`)).body.items as Array<{ action: string; changes: object }>;

    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('score');
    expect(row).not.toHaveProperty('note');
    expect(history.map((entry) => entry.action)).toEqual(['submitted', 'ncb-decision']);
    expect(JSON.stringify(history)).not.toContain('Strong case files.');
    const hrHistory = (await hr('GET', `/admin/applications/${idOf(7)}/history`)).body.items as Array<{ action: string }>;
    expect(hrHistory.map((entry) => entry.action)).toEqual(['submitted', 'edited', 'ncb-decision']);
  });
});

describe('PATCH /admin/applications/{id}', () => {
  it('moves an application on and answers the row at its new version', async () => {
    const { status, body } = await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: 1, status: 'screening', score: 70 });

    expect(status).toBe(200);
    expect(body).toMatchObject({ id: idOf(1), status: 'screening', score: 70, version: 2, updatedAt: NOW, complete: false });
    expect((body as unknown as Row).nextStatuses).toEqual(['rejected', 'withdrawn']);
  });

  it('refuses a stale version with a 409 whose problem carries the row as stored now', async () => {
    const { status, type, body } = await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: 1, note: 'Strong file' });

    expect(status).toBe(409);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: '/problems/conflict', current: { id: idOf(1), version: 2, status: 'screening', score: 70 } });
  });

  it('refuses to shortlist an incomplete application: 422, nothing written', async () => {
    const { status, body } = await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, status: 'shortlisted' });

    expect(status).toBe(422);
    expect(body).toMatchObject({ type: '/problems/forbidden-transition', detail: expect.stringContaining('Only complete applications') });
    const history = await hr('GET', `/admin/applications/${idOf(3)}/history`);
    expect((history.body.items as unknown[]).length).toBe(1);
  });

  it('answers 404 for an unknown id and 400 for an unknown field', async () => {
    expect((await hr('PATCH', `/admin/applications/${UNKNOWN}`, { version: 1, score: 5 })).status).toBe(404);

    const unknownField = await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, score: 5, colour: 'red' });

    expect(unknownField).toMatchObject({ status: 400, body: { errors: [{ path: 'body', message: 'Unknown field(s): colour.' }] } });
  });

  it('does not let an NCB officer edit, even their own nationals: 403', async () => {
    const { status, type } = await senegal('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, score: 10 });

    expect(status).toBe(403);
    expect(type).toMatch(/^application\/problem\+json/);
  });
});

describe('POST /admin/applications/bulk', () => {
  it('applies the change row by row: one bad row stops none of the others, and each gets its result', async () => {
    const { status, body } = await hr('POST', '/admin/applications/bulk', {
      rows: [
        { id: idOf(4), version: 1 },
        { id: idOf(5), version: 1 },
        { id: idOf(2), version: 1 },
        { id: idOf(6), version: 1 },
        { id: UNKNOWN, version: 1 },
      ],
      changes: { status: 'screening' },
    });

    expect(status).toBe(200);
    const results = body.results as Array<{ id: string; outcome: string; row?: Row; detail?: string }>;
    expect(results.map(({ id, outcome }) => [id, outcome])).toEqual([
      [idOf(4), 'applied'],
      [idOf(5), 'conflict'],
      [idOf(2), 'unchanged'],
      [idOf(6), 'invalid'],
      [UNKNOWN, 'not-found'],
    ]);
    expect(results[0]?.row).toMatchObject({ status: 'screening', version: 2 });
    expect(results[1]?.row).toMatchObject({ version: 3, status: 'submitted' });
    expect(results[3]?.detail).toMatch(/rejected application cannot change status/);
    const franceNow = await france('GET', '/admin/applications?vacancy=1701&status=screening');
    expect((franceNow.body.items as Row[]).map((row) => row.id).sort()).toEqual([idOf(2), idOf(4)]);
  });

  it('refuses a body with one row twice before touching any', async () => {
    const { status } = await hr('POST', '/admin/applications/bulk', { rows: [{ id: idOf(3), version: 1 }, { id: idOf(3), version: 1 }], changes: { score: 1 } });

    expect(status).toBe(400);
  });
});

describe('the NCB’s decision', () => {
  it('hides another country’s application: 404 for the French NCB on a Senegalese one', async () => {
    const { status } = await france('POST', `/admin/applications/${idOf(3)}/ncb`, { version: 1, decision: 'validated', clearance: 'Basic', screenedOn: '2026-11-02' });

    expect(status).toBe(404);
  });

  it('refuses a validation that does not attest screening, or names no level and date (the first version\'s body)', async () => {
    const refused = await senegal('POST', `/admin/applications/${idOf(3)}/ncb`, { version: 1, decision: 'validated', screeningAttested: false });
    const firstVersion = await senegal('POST', `/admin/applications/${idOf(3)}/ncb`, { version: 1, decision: 'validated', screeningAttested: true });

    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.screeningAttested' })]));
    expect(firstVersion.status).toBe(400);
    expect(firstVersion.body.errors).toEqual([expect.objectContaining({ path: 'body.clearance' }), expect.objectContaining({ path: 'body.screenedOn' })]);
  });

  it('records a validation with its author, and the row no longer waits for the NCB', async () => {
    const { status, body } = await senegal('POST', `/admin/applications/${idOf(3)}/ncb`, {
      version: 1,
      decision: 'validated',
      clearance: 'Basic',
      screenedOn: '2026-11-02',
      note: 'Screening done in Dakar',
    });

    expect(status).toBe(200);
    expect(body).toMatchObject({
      version: 2,
      ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-11-02', note: 'Screening done in Dakar', at: NOW, by: ncbSenegal.email },
      missing: ['cv', 'confirmationLetter'],
    });
  });

  it('refuses a decision at a stale version: 409 with the current row', async () => {
    const { status, body } = await senegal('POST', `/admin/applications/${idOf(3)}/ncb`, { version: 1, decision: 'declined', screeningAttested: false });

    expect(status).toBe(409);
    expect(body).toMatchObject({ current: { version: 2, ncbValidation: { decision: 'validated' } } });
  });

  it('takes a decline without attestation', async () => {
    const { status, body } = await france('POST', `/admin/applications/${idOf(2)}/ncb`, { version: 1, decision: 'declined', screeningAttested: false });

    expect(status).toBe(200);
    expect(body).toMatchObject({ ncbValidation: { decision: 'declined', screeningAttested: false, by: ncbFrance.email } });
  });
});

describe('GET /admin/applications/{id}/history', () => {
  it('shows each change with its author, oldest first', async () => {
    clock.set('2026-11-22T09:05:00.000Z');
    try {
      expect((await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: 2, note: 'Call back Monday' })).status).toBe(200);
    } finally {
      clock.set(NOW);
    }

    const { status, body } = await hr('GET', `/admin/applications/${idOf(3)}/history`);

    expect(status).toBe(200);
    expect((body.items as Array<{ at: string; by: string; action: string; changes: Record<string, unknown> }>).map(({ at, by, action, changes }) => ({ at, by, action, changed: Object.keys(changes) }))).toEqual([
      { at: '2026-11-20T10:00:00.000Z', by: 'candidate', action: 'submitted', changed: [] },
      { at: NOW, by: ncbSenegal.email, action: 'ncb-decision', changed: ['ncbValidation'] },
      { at: '2026-11-22T09:05:00.000Z', by: hrOfficer.email, action: 'edited', changed: ['note'] },
    ]);
  });

  it('answers 404 to an NCB officer for another country’s application, as for an unknown id', async () => {
    const other = await france('GET', `/admin/applications/${idOf(3)}/history`);
    const unknown = await hr('GET', `/admin/applications/${UNKNOWN}/history`);

    expect([other.status, unknown.status]).toEqual([404, 404]);
    expect(other.body.detail).toBe(unknown.body.detail);
  });
});
