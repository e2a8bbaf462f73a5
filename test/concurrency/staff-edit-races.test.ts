import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapBounded } from '#shared/admin/bounded-parallel.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { aminaApplication, openVacancy } from '../support/candidates.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, ncbSenegal, seedApplications, staffClient, storeOf, type StaffIdentity } from '../support/staff.js';
import { scaled } from '../support/test-scale.js';

/**
 * Issue 7.3: staff editing the same row at the same instant, through the real API and DynamoDB
 * Local. The contract (shared/admin/edit-application.ts): an edit is made at the version its
 * editor saw; of two edits at one version exactly one is written, the other answers 409 with the
 * row as stored; an edit that is already in place answers `unchanged` (200) and writes nothing.
 */

const clock = settableClock('2026-11-22T09:00:00Z');
const secondHrOfficer: StaffIdentity = { email: 'hr.second@secondment-hub.local', groups: ['hr'] };

const ROWS = scaled(50, 500);
const BULK_ROWS = scaled(40, 400);
const NCB_ROWS = scaled(40, 400);
const WITHDRAW_ROWS = scaled(40, 400);
/** Rows raced at once (two requests each): all of them in CI, a bounded window in the long run. */
const ROWS_IN_FLIGHT = 50;
const TIMEOUT = scaled(60_000, 600_000);

type Client = Awaited<ReturnType<typeof staffClient>>;
type Answer = Awaited<ReturnType<Client>>;
type Row = { id: string; version: number; status: string; score?: number; note?: string; ncbValidation?: { decision: string } };

let stack: Awaited<ReturnType<typeof startTestStack>>;
let store: ReturnType<typeof storeOf>;
let first: Client;
let second: Client;
let senegal: Client;

const idOf = (block: number, n: number) => `7c3a0000-0000-4000-8000-${String(block * 10_000 + n).padStart(12, '0')}`;
const rowsOf = (block: number, count: number): Application[] =>
  Array.from({ length: count }, (_, n) => aminaApplication({ id: idOf(block, n), email: `edit.${block}.${n}@police.sn.example`, nationality: 'SN' }));

/** The candidate's status token of a seeded row (only its hash is stored). */
const tokenOf = (id: string) => `status-token-of-${id}`;

const stored = async (applications: ApplicationStore, id: string): Promise<Application> => {
  const application = await applications.get(id);
  if (!application) throw new Error(`application ${id} is gone`);
  return application;
};

const historyOf = async (id: string) => {
  const { status, body } = await first('GET', `/admin/applications/${id}/history`);
  expect(status).toBe(200);
  return body.items as unknown as Array<{ by: string; action: string; changes: Record<string, unknown> }>;
};

/** A lost race: 409 problem+json carrying the row as stored. */
const expectConflict = (answer: Answer) => {
  expect(answer.status).toBe(409);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body.type).toBe('/problems/conflict');
  return answer.body.current as unknown as Row;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  store = storeOf(stack);
  const withdrawing = await Promise.all(rowsOf(4, WITHDRAW_ROWS).map(async (row) => ({ ...row, statusTokenHash: await sha256Hex(tokenOf(row.id)) })));
  await seedApplications(store.applications, [...rowsOf(1, ROWS), ...rowsOf(2, BULK_ROWS), ...rowsOf(3, NCB_ROWS), ...withdrawing]);
  [first, second, senegal] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, secondHrOfficer), staffClient(stack, ncbSenegal)]);
  console.log(`staff edit races: ${ROWS} rows × 5 rounds of pairs, ${BULK_ROWS} rows edit vs bulk, ${NCB_ROWS} rows NCB decision vs status edit, ${WITHDRAW_ROWS} rows withdrawal vs status edit`);
}, 120_000);
afterAll(async () => {
  store?.close();
  await stack?.stop();
});

/** Each round: what each officer changes on row n, at the version the row is at. */
const rounds: Array<{ name: string; sameEffect: boolean; changes: (n: number) => [Record<string, unknown>, Record<string, unknown>] }> = [
  { name: 'status against score', sameEffect: false, changes: (n) => [{ status: 'screening' }, { score: 60 + (n % 30) }] },
  { name: 'score against another score', sameEffect: false, changes: (n) => [{ score: 10 + (n % 40) }, { score: 95 }] },
  { name: 'note against another note', sameEffect: false, changes: (n) => [{ note: `First officer's note ${n}` }, { note: `Second officer's note ${n}` }] },
  { name: 'note cleared against score', sameEffect: false, changes: () => [{ note: null }, { score: 3 }] },
  { name: 'the same score from both', sameEffect: true, changes: () => [{ score: 77 }, { score: 77 }] },
];

describe('two HR officers editing the same rows at the same instant', () => {
  it('writes exactly one edit of each pair, answers the other 409 with the row as stored, and audits each written edit once', async () => {
    const ids = rowsOf(1, ROWS).map((row) => row.id);
    const wins: Record<string, number> = { [hrOfficer.email]: 0, [secondHrOfficer.email]: 0 };
    // Per row, the audit actions expected: the submission, then the action of each round's written edit.
    const expectedActions = ids.map(() => ['submitted']);
    const sameScore = { unchanged: 0 };

    for (const round of rounds) {
      await mapBounded([...ids.entries()], ROWS_IN_FLIGHT, async ([n, id]) => {
        const before = await stored(store.applications, id);
        const [firstChanges, secondChanges] = round.changes(n);
        // Alternate who sends first, so neither officer is favoured by the order of the calls.
        const pair = [
          { officer: hrOfficer, client: first, changes: firstChanges },
          { officer: secondHrOfficer, client: second, changes: secondChanges },
        ];
        if (n % 2 === 1) pair.reverse();
        const answers = await Promise.all(
          pair.map(async (side) => ({ ...side, answer: await side.client('PATCH', `/admin/applications/${id}`, { version: before.version, ...side.changes }) })),
        );
        const after = await stored(store.applications, id);
        const what = `${round.name}, row ${n}: ${answers.map((side) => side.answer.status).join(' and ')}`;
        expect(after.version, what).toBe(before.version + 1);

        const winners = answers.filter((side) => side.answer.status === 200);
        const losers = answers.filter((side) => side.answer.status !== 200);
        if (round.sameEffect) {
          // The later one found the score already in place (before its write, or on losing the
          // write's race to it): `unchanged`, the same row, nothing written; never a 409.
          expect(losers, what).toHaveLength(0);
          expect(answers[0]?.answer.body, what).toEqual(answers[1]?.answer.body);
          sameScore.unchanged += 1;
        } else {
          expect(winners, what).toHaveLength(1);
          expect(expectConflict((losers[0] as (typeof answers)[number]).answer), what).toEqual(winners[0]?.answer.body);
        }
        const winner = winners[0] as (typeof answers)[number];
        const row = winner.answer.body as unknown as Row;
        expect(row.version).toBe(after.version);
        expect({ status: row.status, score: row.score, note: row.note }).toEqual({ status: after.status, score: after.score, note: after.note });
        if (!round.sameEffect) wins[winner.officer.email] = (wins[winner.officer.email] ?? 0) + 1;
        expectedActions[n]?.push('status' in winner.changes ? 'status-changed' : 'edited');
      });
    }

    console.log(`staff edit races: pairs won ${JSON.stringify(wins)}; the same score from both: ${JSON.stringify(sameScore)}`);
    for (const [n, id] of ids.entries()) {
      const history = await historyOf(id);
      // Exactly the edits written, no more, no fewer.
      expect(history.map((entry) => entry.action), `row ${n}`).toEqual(expectedActions[n]);
      expect(history.slice(1).every((entry) => entry.by === hrOfficer.email || entry.by === secondHrOfficer.email)).toBe(true);
      expect((await stored(store.applications, id)).version).toBe(1 + rounds.length);
    }
  }, TIMEOUT);
});

describe('an edit racing a bulk edit of the same rows', () => {
  it('writes each row once: a row the PATCH won is the bulk’s conflict, a row the bulk won is the PATCH’s 409', async () => {
    const ids = rowsOf(2, BULK_ROWS).map((row) => row.id);
    const [bulk, ...patches] = await Promise.all([
      second('POST', '/admin/applications/bulk', { rows: ids.map((id) => ({ id, version: 1 })), changes: { status: 'screening' } }),
      ...ids.map((id) => first('PATCH', `/admin/applications/${id}`, { version: 1, score: 88 })),
    ]);

    expect(bulk?.status).toBe(200);
    const results = (bulk?.body.results ?? []) as unknown as Array<{ id: string; outcome: string; row?: Row }>;
    expect(results.map((result) => result.id)).toEqual(ids);
    const tally = { bulk: 0, patch: 0 };
    for (const [n, id] of ids.entries()) {
      const result = results[n];
      const patch = patches[n] as Answer;
      const after = await stored(store.applications, id);
      expect(after.version, `row ${n}`).toBe(2);
      if (result?.outcome === 'applied') {
        tally.bulk += 1;
        expect(expectConflict(patch)).toEqual(result.row);
        expect(after).toMatchObject({ status: 'screening' });
        expect(after.score).toBeUndefined();
      } else {
        tally.patch += 1;
        expect(result?.outcome, `row ${n}: bulk ${result?.outcome}, PATCH ${patch.status}`).toBe('conflict');
        expect(patch.status).toBe(200);
        expect(result?.row).toEqual(patch.body);
        expect(after).toMatchObject({ status: 'submitted', score: 88 });
      }
      expect((await historyOf(id)).map((entry) => entry.action)).toEqual(['submitted', result?.outcome === 'applied' ? 'status-changed' : 'edited']);
    }
    console.log(`edit vs bulk: rows won ${JSON.stringify(tally)}`);
  }, TIMEOUT);
});

describe('an NCB decision racing an HR status edit of the same row', () => {
  it('writes one of the two, answers the other 409 with the row as stored, and audits only the one written', async () => {
    const ids = rowsOf(3, NCB_ROWS).map((row) => row.id);
    const tally = { ncb: 0, hr: 0 };
    await mapBounded([...ids.entries()], ROWS_IN_FLIGHT, async ([n, id]) => {
      const [ncb, hr] = await Promise.all([
        senegal('POST', `/admin/applications/${id}/ncb`, { version: 1, decision: 'validated', clearance: 'Basic', screenedOn: '2026-11-02' }),
        first('PATCH', `/admin/applications/${id}`, { version: 1, status: 'screening' }),
      ]);
      const after = await stored(store.applications, id);
      expect(after.version, `row ${n}: NCB ${ncb.status}, HR ${hr.status}`).toBe(2);
      if (ncb.status === 200) {
        tally.ncb += 1;
        const current = expectConflict(hr);
        expect(current).toMatchObject({ version: 2, status: 'submitted', ncbValidation: { decision: 'validated' } });
        expect(after).toMatchObject({ status: 'submitted', ncbValidation: { decision: 'validated', by: ncbSenegal.email } });
      } else {
        tally.hr += 1;
        expect(hr.status, `row ${n}: NCB ${ncb.status}, HR ${hr.status}`).toBe(200);
        const current = expectConflict(ncb);
        expect(current).toMatchObject({ version: 2, status: 'screening' });
        expect(current.ncbValidation).toBeUndefined();
        expect(after.status).toBe('screening');
        expect(after.ncbValidation).toBeUndefined();
      }
    });
    for (const id of ids) {
      const history = await historyOf(id);
      expect(history).toHaveLength(2);
      expect(['ncb-decision', 'status-changed']).toContain(history[1]?.action);
      expect(history[1]?.by).toBe(history[1]?.action === 'ncb-decision' ? ncbSenegal.email : hrOfficer.email);
    }
    console.log(`NCB decision vs HR edit: rows won ${JSON.stringify(tally)}`);
  }, TIMEOUT);
});

describe('a candidate’s withdrawal racing an HR status edit of the same row', () => {
  it('always withdraws (judged again at the new version); the HR edit is written before it or answered 409', async () => {
    const ids = rowsOf(4, WITHDRAW_ROWS).map((row) => row.id);
    const tally = { hrFirst: 0, withdrawalFirst: 0 };
    await mapBounded([...ids.entries()], ROWS_IN_FLIGHT, async ([n, id]) => {
      const [withdrawal, hr] = await Promise.all([
        fetch(`${stack.url}/applications/${id}/withdraw`, { method: 'POST', headers: { Authorization: `Bearer ${tokenOf(id)}` } }),
        first('PATCH', `/admin/applications/${id}`, { version: 1, status: 'screening' }),
      ]);
      const what = `row ${n}: withdrawal ${withdrawal.status}, HR ${hr.status}`;
      expect(withdrawal.status, what).toBe(200);
      expect(((await withdrawal.json()) as { status: string }).status).toBe('withdrawn');
      const after = await stored(store.applications, id);
      expect(after.status, what).toBe('withdrawn');
      const actions = (await historyOf(id)).map((entry) => entry.action);
      if (hr.status === 200) {
        tally.hrFirst += 1;
        expect(after.version, what).toBe(3);
        expect(actions, what).toEqual(['submitted', 'status-changed', 'withdrawn']);
      } else {
        tally.withdrawalFirst += 1;
        expect(expectConflict(hr), what).toMatchObject({ version: 2, status: 'withdrawn' });
        expect(after.version, what).toBe(2);
        expect(actions, what).toEqual(['submitted', 'withdrawn']);
      }
    });
    console.log(`withdrawal vs HR edit: ${JSON.stringify(tally)}`);
  }, TIMEOUT);
});

/** Issue 12.3: posts are real, also when several HR officers make offers at the same instant. */
describe('offers racing for the posts of a vacancy', () => {
  const VACANCIES = scaled(6, 60);
  const CANDIDATES = 5;
  const ready = (vacancy: string, n: number): Application => {
    const document = { key: `applications/x/${n}`, contentType: 'application/pdf' as const, size: 1000, sha256: '0'.repeat(64), receivedAt: '2026-11-20T10:00:00.000Z', suppliedBy: 'ncb' as const };
    return aminaApplication({
      id: `7c3a0000-0000-4000-9000-${vacancy.slice(1).padStart(6, '0')}${String(n).padStart(6, '0')}`,
      vacancy,
      email: `offer.${vacancy}.${n}@police.sn.example`,
      nationality: 'SN',
      status: 'interviewed',
      documents: { cv: document, confirmationLetter: document },
      ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-11-01', at: '2026-11-21T08:00:00.000Z', by: ncbSenegal.email },
    });
  };

  it('never holds more offers than posts: the offers beyond them get 409 with the count, and an ended offer frees exactly one post', async () => {
    const numbers = Array.from({ length: VACANCIES }, (_, i) => `P${String(i).padStart(4, '0')}`);
    const postsOf = (i: number) => 1 + (i % 3);
    for (const [i, number] of numbers.entries()) {
      expect((await first('POST', '/admin/vacancies', openVacancy({ number, posts: postsOf(i) }))).status).toBe(201);
    }
    await seedApplications(store.applications, numbers.flatMap((number) => Array.from({ length: CANDIDATES }, (_, n) => ready(number, n))));

    await mapBounded([...numbers.entries()], 8, async ([i, number]) => {
      const posts = postsOf(i);
      // Every candidate of the vacancy offered at once, by two officers in turn.
      const answers = await Promise.all(
        Array.from({ length: CANDIDATES }, (_, n) => (n % 2 === 0 ? first : second)('PATCH', `/admin/applications/${ready(number, n).id}`, { version: 1, status: 'offered' })),
      );
      const won = answers.flatMap((answer, n) => (answer.status === 200 ? [n] : []));
      expect(won.length, `vacancy ${number}: ${answers.map((a) => a.status).join(',')}`).toBe(posts);
      for (const answer of answers.filter((a) => a.status !== 200)) {
        expect(answer).toMatchObject({ status: 409, body: { type: '/problems/conflict', posts, held: posts } });
      }
      const terms = await store.applications.vacancyTerms(number);
      expect(terms).toMatchObject({ posts, held: posts, appointed: 0 });

      // One offer ends (the candidate declines it): exactly one of the others takes the freed post.
      const freed = won[0] ?? 0;
      expect((await first('PATCH', `/admin/applications/${ready(number, freed).id}`, { version: 2, status: 'rejected' })).status).toBe(200);
      const waiting = Array.from({ length: CANDIDATES }, (_, n) => n).filter((n) => !won.includes(n));
      const again = await Promise.all(waiting.map((n, k) => (k % 2 === 0 ? second : first)('PATCH', `/admin/applications/${ready(number, n).id}`, { version: 1, status: 'offered' })));
      expect(again.filter((answer) => answer.status === 200).length, `vacancy ${number} after a freed post`).toBe(waiting.length > 0 ? 1 : 0);
      expect(await store.applications.vacancyTerms(number)).toMatchObject({ held: posts });
      const offered = (await Promise.all(Array.from({ length: CANDIDATES }, (_, n) => stored(store.applications, ready(number, n).id)))).filter((a) => a.status === 'offered');
      expect(offered.length).toBe(posts);
    });
  }, TIMEOUT);
});
