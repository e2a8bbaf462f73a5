import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaApplication } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// The demo vacancies are dated from the stack's first day: 1701 (Basic, 2 posts) closes on
// 13 December 2026 in Lyon, 1702 (Enhanced, 1 post) on 27 December in Singapore, 1703 (Basic, 1 post) on 3 January 2027.
const NOW = '2026-11-22T09:00:00.000Z';
const AFTER_1701 = '2026-12-14T09:00:00.000Z';
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const idOf = (n: number) => `5b1f4c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const document = (kind: string, n: number): ReceivedDocument => ({
  key: `applications/${idOf(n)}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
/** As the first version stored a validation: `screeningAttested`, no level, no date. */
const oldValidation: NcbValidation = { decision: 'validated', screeningAttested: true, at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const enhancedValidation: NcbValidation = { ...oldValidation, clearance: 'Enhanced', screenedOn: '2026-10-01' };

/** A French application with its documents in, at `status`, validated as given. */
const ready = (n: number, vacancy: string, status: Application['status'], ncbValidation: NcbValidation = oldValidation): Application =>
  aminaApplication({
    id: idOf(n),
    vacancy,
    nationality: 'FR',
    email: `candidate.${n}@police.fr.example`,
    status,
    documents: { cv: document('cv', n), confirmationLetter: document('confirmationLetter', n) },
    ncbValidation,
  });

const TOKEN = 'status-token-of-a-candidate-of-1703';
const TOKEN_HASH = await sha256Hex(TOKEN);

type Row = { id: string; status: string; version: number; complete: boolean; missing: string[]; nextStatuses: string[]; requiredClearance: string; ncbValidation?: Record<string, unknown> };

const seeded = {
  // 1702 is Enhanced
  enhancedNew: aminaApplication({ id: idOf(1), vacancy: '1702', nationality: 'FR', email: 'c1@police.fr.example', status: 'screening' }),
  enhancedOldValidation: ready(2, '1702', 'screening'),
  basicOldValidation: ready(3, '1701', 'screening'),
  // Point 2: shortlisted, then the NCB declines
  shortlisted: ready(4, '1701', 'shortlisted'),
  // Point 3, 1701 (2 posts): one offer and one appointment written before counters existed
  offeredBefore: ready(5, '1701', 'offered'),
  appointedBefore: ready(6, '1701', 'appointed'),
  interviewed1701: ready(7, '1701', 'interviewed'),
  // 1702 (1 post): two candidates interviewed, validated at Enhanced
  enhancedInterviewedA: ready(8, '1702', 'interviewed', enhancedValidation),
  enhancedInterviewedB: ready(9, '1702', 'interviewed', enhancedValidation),
  // 1703: cancelled below
  cancelSubmitted: aminaApplication({ id: idOf(10), vacancy: '1703', nationality: 'FR', email: 'c10@police.fr.example', statusTokenHash: TOKEN_HASH }),
  cancelOffered: ready(11, '1703', 'offered'),
  cancelWithdrawn: aminaApplication({ id: idOf(12), vacancy: '1703', nationality: 'FR', email: 'c12@police.fr.example', status: 'withdrawn' }),
} satisfies Record<string, Application>;

const rowOf = async (vacancy: string, id: string, as = hr) => ((await as('GET', `/admin/applications?vacancy=${vacancy}`)).body.items as Row[]).find((row) => row.id === id);

/** HR at a later time: the clock moved, and a token signed then (one signed at NOW has expired). */
const hrAt = async (at: string) => {
  clock.set(at);
  return staffClient(stack, hrOfficer);
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  const { applications, close } = storeOf(stack);
  await seedApplications(applications, Object.values(seeded));
  close();
  [hr, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('clearance follows the vacancy', () => {
  it('refuses an attestation of Basic screening for an Enhanced vacancy: 422, nothing written', async () => {
    const { status, body } = await france('POST', `/admin/applications/${idOf(1)}/ncb`, { version: 1, decision: 'validated', clearance: 'Basic', screenedOn: '2026-10-01' });

    expect(status).toBe(422);
    expect(body).toMatchObject({ type: '/problems/clearance-too-low', detail: expect.stringContaining('requires Enhanced security screening') });
    expect(((await hr('GET', `/admin/applications/${idOf(1)}/history`)).body.items as unknown[]).length).toBe(1);
  });

  it('records an Enhanced attestation with its date, and the row names the level the vacancy requires', async () => {
    const { status, body } = await france('POST', `/admin/applications/${idOf(1)}/ncb`, { version: 1, decision: 'validated', clearance: 'Enhanced', screenedOn: '2026-10-01' });

    expect(status).toBe(200);
    expect(body).toMatchObject({
      requiredClearance: 'Enhanced',
      ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Enhanced', screenedOn: '2026-10-01', by: ncbFrance.email },
    });
  });

  it('reads an old validation (no level) as Basic: enough for a Basic vacancy, not for an Enhanced one', async () => {
    const enhanced = await rowOf('1702', idOf(2));
    const basic = await rowOf('1701', idOf(3));

    expect(enhanced).toMatchObject({ complete: false, missing: ['ncbValidation'], requiredClearance: 'Enhanced', nextStatuses: ['rejected', 'withdrawn'] });
    expect(basic).toMatchObject({ complete: true, missing: [], requiredClearance: 'Basic', nextStatuses: ['shortlisted', 'rejected', 'withdrawn'] });
    const refused = await hr('PATCH', `/admin/applications/${idOf(2)}`, { version: 1, status: 'shortlisted' });
    expect(refused).toMatchObject({ status: 422, body: { detail: expect.stringContaining("NCB validation at the vacancy's clearance level") } });
  });
});

describe('a declined application cannot go forward', () => {
  it('offers only rejected or withdrawn once the NCB declines after shortlisting, and refuses any forward move on every path', async () => {
    const declined = await france('POST', `/admin/applications/${idOf(4)}/ncb`, { version: 1, decision: 'declined', note: 'Disciplinary case opened' });
    expect(declined).toMatchObject({ status: 200, body: { status: 'shortlisted', complete: false, nextStatuses: ['rejected', 'withdrawn'] } });

    const patch = await hr('PATCH', `/admin/applications/${idOf(4)}`, { version: 2, status: 'interviewed' });
    const bulk = await hr('POST', '/admin/applications/bulk', { rows: [{ id: idOf(4), version: 2 }], changes: { status: 'tested' } });

    expect(patch).toMatchObject({ status: 422, body: { detail: expect.stringContaining('The NCB declined this application') } });
    expect(bulk.body).toMatchObject({ results: [{ outcome: 'invalid', detail: expect.stringContaining('The NCB declined') }] });
  });

  it('lets it go on once the NCB validates again', async () => {
    const validated = await france('POST', `/admin/applications/${idOf(4)}/ncb`, { version: 2, decision: 'validated', clearance: 'Basic', screenedOn: '2026-11-01' });

    expect(validated.body).toMatchObject({ complete: true, nextStatuses: ['tested', 'interviewed', 'rejected', 'withdrawn'] });
  });
});

describe('posts are real', () => {
  it('counts offers and appointments written before the counter existed, and refuses an offer past the posts: 409 with the count', async () => {
    expect(await rowOf('1701', idOf(7))).toMatchObject({ nextStatuses: ['rejected', 'withdrawn'] });

    const { status, body } = await hr('PATCH', `/admin/applications/${idOf(7)}`, { version: 1, status: 'offered' });

    expect(status).toBe(409);
    expect(body).toMatchObject({ type: '/problems/conflict', posts: 2, held: 2, detail: expect.stringContaining('2 of 2') });
  });

  it('frees the post of an offer that ends in rejected, so the next offer is taken', async () => {
    expect((await hr('PATCH', `/admin/applications/${idOf(5)}`, { version: 1, status: 'rejected' })).status).toBe(200);

    const offered = await hr('PATCH', `/admin/applications/${idOf(7)}`, { version: 1, status: 'offered' });

    expect(offered).toMatchObject({ status: 200, body: { status: 'offered' } });
    expect((await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: 1, status: 'shortlisted' })).status).toBe(200);
  });

  it('keeps a one-post vacancy to one offer, and the second officer hears how many posts are held', async () => {
    expect((await hr('PATCH', `/admin/applications/${idOf(8)}`, { version: 1, status: 'offered' })).status).toBe(200);

    const second = await hr('PATCH', `/admin/applications/${idOf(9)}`, { version: 1, status: 'offered' });

    expect(second).toMatchObject({ status: 409, body: { posts: 1, held: 1 } });
    expect(await rowOf('1702', idOf(9))).toMatchObject({ nextStatuses: ['rejected', 'withdrawn'] });
  });

  it('appoints only once the deadline day has ended in the duty station', async () => {
    const early = await hr('PATCH', `/admin/applications/${idOf(7)}`, { version: 2, status: 'appointed' });
    expect(early).toMatchObject({ status: 422, body: { detail: expect.stringContaining('Appointing waits for the deadline') } });
    expect(await rowOf('1701', idOf(7))).toMatchObject({ nextStatuses: ['rejected', 'withdrawn'] });

    const later = await hrAt(AFTER_1701);
    try {
      expect(await rowOf('1701', idOf(7), later)).toMatchObject({ nextStatuses: ['appointed', 'rejected', 'withdrawn'] });
      expect((await later('PATCH', `/admin/applications/${idOf(7)}`, { version: 2, status: 'appointed' })).status).toBe(200);
    } finally {
      clock.set(NOW);
    }
  });

  it('marks a vacancy filled only with an appointment, and never with fewer posts than are held', async () => {
    const later = await hrAt('2026-12-28T09:00:00.000Z');
    try {
      const { number: _number, ...fields } = (await later('GET', '/admin/vacancies/1702')).body;
      const unfilled = await later('PUT', '/admin/vacancies/1702', { ...fields, status: 'filled' });
      expect(unfilled).toMatchObject({ status: 422, body: { detail: expect.stringContaining('has no appointment yet') } });

      const { number: _n, ...fields1701 } = (await later('GET', '/admin/vacancies/1701')).body;
      expect((await later('PUT', '/admin/vacancies/1701', { ...fields1701, posts: 1 })).status).toBe(409);
      expect((await later('PUT', '/admin/vacancies/1701', { ...fields1701, status: 'filled' }))).toMatchObject({ status: 200, body: { status: 'filled' } });
    } finally {
      clock.set(NOW);
    }
  });

  it('ends every open application of a cancelled vacancy as rejected, with the reason, and frees nothing twice', async () => {
    const vacancy = (await hr('GET', '/admin/vacancies/1703')).body;
    const { number: _number, ...fields } = vacancy;

    const cancelled = await hr('PUT', '/admin/vacancies/1703', { ...fields, status: 'cancelled' });

    expect(cancelled).toMatchObject({ status: 200, body: { status: 'cancelled' } });
    const rows = (await hr('GET', '/admin/applications?vacancy=1703')).body.items as Array<Row & { endedBecause?: string }>;
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [idOf(10)]: 'rejected', [idOf(11)]: 'rejected', [idOf(12)]: 'withdrawn' });
    const history = (await hr('GET', `/admin/applications/${idOf(11)}/history`)).body.items as Array<{ action: string; by: string; changes: Record<string, unknown> }>;
    expect(history.at(-1)).toMatchObject({
      action: 'status-changed',
      by: hrOfficer.email,
      changes: { status: { from: 'offered', to: 'rejected' }, endedBecause: { from: null, to: 'vacancy-cancelled' } },
    });
    // The candidate's status page says why, plainly.
    const page = await fetch(`${stack.url}/applications/${idOf(10)}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(await page.json()).toMatchObject({ status: 'rejected', endedBecause: 'vacancy-cancelled' });
    // The cancelled offer's post is free again, and saving the cancelled vacancy again ends nothing more.
    const { applications, close } = storeOf(stack);
    expect(await applications.vacancyTerms('1703')).toMatchObject({ held: 0, status: 'cancelled' });
    close();
  });
});
