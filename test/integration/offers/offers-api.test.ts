import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { readPostCounter } from '#functions/adapters/dynamodb/post-counter.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf, type StaffIdentity } from '../../support/staff.js';

/**
 * Offers on the local stack (issue 16, point 7), with DynamoDB Local and the S3 emulator: HR makes
 * offers under the posts' limit (10 at once on 2 posts: exactly 2), the candidate accepts or
 * declines once (two answers at once: one wins), the NCB records the home administration's
 * confirmation with the letter, appointing needs both, the lapse job ends an unanswered offer
 * once, a freed post goes to the next on the reserve list, and an application stored before
 * offers had terms still reads and is appointed as before. Every answer is checked against the
 * OpenAPI document.
 */
const clock = settableClock('2027-01-20T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let france: Client;
let senegal: Client;

/** Lyon (Europe/Paris), 2 posts, regular (12 to 36 months), closed on 15 December 2026. */
const VACANCY = '1881';
/** The race: 2 posts, 10 candidates. */
const RACE = '1882';
/** The reserve list: 1 post. */
const RESERVE = '1883';
/** An application stored before offers had terms. */
const LEGACY = '1884';
const notice = {
  duties: [{ title: 'Analyse criminal intelligence', activities: ['Write reports'] }],
  experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' as const }] },
  languages: [{ language: 'en', need: 'required' as const, wording: 'Excellent English', level: 'C1' as const }],
  abilities: [{ text: 'Sound judgement' }],
};
const chair: StaffIdentity = { email: 'chair.offers@secondment-hub.local', groups: ['panel'] };

const idOf = (n: number) => `0ffe0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tokenOf = (n: number) => `status-token-of-offer-candidate-${n}-${'x'.repeat(16)}`;
const document = (kind: string, n: number): ReceivedDocument => ({
  key: `applications/${idOf(n)}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };

/** A French officer's complete application, interviewed, with a status token. */
const interviewed = async (n: number, vacancy = VACANCY, overrides: Partial<Application> = {}): Promise<Application> =>
  aminaApplication({
    id: idOf(n),
    vacancy,
    nationality: 'FR',
    email: `offer.candidate${n}@police.fr.example`,
    givenName: `Candidate${n}`,
    status: 'interviewed',
    documents: { cv: document('cv', n), confirmationLetter: document('confirmationLetter', n) },
    ncbValidation: validation,
    statusTokenHash: await sha256Hex(tokenOf(n)),
    language: 'es',
    timeZone: 'America/Bogota',
    ...overrides,
  });

const asCandidate = (n: number) =>
  documented(async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokenOf(n)}`, 'Accept-Language': 'es', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, unknown> };
  });

const terms = (overrides: Record<string, unknown> = {}) => ({
  startsOn: '2027-04-01',
  months: 24,
  homeConfirmation: { by: '2027-03-15', terms: ['release-for-period', 'salary-and-benefits'] },
  ...overrides,
});
const offer = (n: number, version = 1, overrides: Record<string, unknown> = {}, vacancy = VACANCY) =>
  hr('POST', `/admin/offers/${vacancy}/applications/${idOf(n)}`, { ...terms(overrides), version });

const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'home-letter.pdf');
  return (await fetch(url, { method: 'POST', body: form })).status;
};

const runLapse = async (at: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/offer-lapse?now=${at}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, unknown> }).summary;
};
const stored = async (n: number) => (await stores.applications.get(idOf(n))) as Application;
const counter = async (vacancy: string) => {
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    return await readPostCounter(createDocumentClient(client), stack.tableName, vacancy);
  } finally {
    client.destroy();
  }
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const vacancies = dynamoVacancyStore(createDocumentClient(client), stack.tableName);
  await vacancies.put(openVacancy({ number: VACANCY, status: 'closed', publishedAt: '2026-10-01', deadline: '2026-12-15', posts: 2 }));
  await vacancies.put(openVacancy({ number: RACE, status: 'closed', publishedAt: '2026-10-01', deadline: '2026-12-15', posts: 2 }));
  await vacancies.put(openVacancy({ number: RESERVE, status: 'closed', publishedAt: '2026-10-01', deadline: '2026-12-15', posts: 1, notice }));
  await vacancies.put(openVacancy({ number: LEGACY, status: 'closed', publishedAt: '2026-10-01', deadline: '2026-12-15', posts: 1 }));
  client.destroy();
  const seeded: Application[] = [];
  for (let n = 1; n <= 6; n += 1) seeded.push(await interviewed(n));
  // Stored before offers had terms: offered, no `offer`.
  seeded.push(await interviewed(7, LEGACY, { status: 'offered' }));
  for (let n = 11; n <= 20; n += 1) seeded.push(await interviewed(n, RACE));
  for (let n = 21; n <= 23; n += 1) seeded.push(await interviewed(n, RESERVE));
  // Marked by the panel but still tested (not yet interviewed): ranked, never offered.
  seeded.push(await interviewed(24, RESERVE, { status: 'tested' }));
  await seedApplications(stores.applications, seeded);
  hr = documented(await staffClient(stack, hrOfficer));
  france = documented(await staffClient(stack, ncbFrance));
  senegal = await staffClient(stack, ncbSenegal);
}, 180_000);
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('an application stored before offers had terms', () => {
  it('still reads, shows the candidate no offer to answer, and is appointed by HR as before', async () => {
    const rows = (await hr('GET', `/admin/applications?vacancy=${LEGACY}`)).body.items as Array<{ id: string; status: string; nextStatuses: string[] }>;
    expect(rows.find((row) => row.id === idOf(7))).toMatchObject({ status: 'offered', nextStatuses: ['appointed', 'rejected', 'withdrawn'] });
    expect((await asCandidate(7)('GET', `/applications/${idOf(7)}/offer`)).body).toEqual({});
    expect(await asCandidate(7)('PUT', `/applications/${idOf(7)}/offer`, { decision: 'accepted' })).toMatchObject({ status: 404, body: { detail: 'No hay ninguna oferta que espere su respuesta en esta candidatura.' } });

    const appointed = await hr('PATCH', `/admin/applications/${idOf(7)}`, { version: 1, status: 'appointed' });

    expect(appointed).toMatchObject({ status: 200, body: { status: 'appointed' } });
  });
});

describe('HR makes an offer', () => {
  it('is never offered as a plain move in the grid: the row leaves `offered` to the Offers tab, whose dialog gives the answer-by', async () => {
    const rows = (await hr('GET', `/admin/applications?vacancy=${VACANCY}`)).body.items as Array<{ id: string; nextStatuses: string[] }>;

    expect(rows.find((row) => row.id === idOf(1))).toMatchObject({ nextStatuses: ['rejected', 'withdrawn'] });
  });

  it('refuses terms that break the rules with 422, each field named, and an unknown field with 400; nothing written', async () => {
    const past = await offer(1, 1, { answerBy: '2027-01-19' });
    const short = await offer(1, 1, { months: 6 });
    const early = await offer(1, 1, { answerBy: '2027-02-10', startsOn: '2027-02-01', homeConfirmation: { by: '2027-01-30', terms: ['release-for-period'] } });
    const unknown = await hr('POST', `/admin/offers/${VACANCY}/applications/${idOf(1)}`, { ...terms(), version: 1, salary: 1 });

    expect(past).toMatchObject({ status: 422, body: { errors: [{ path: 'answerBy' }] } });
    expect(short).toMatchObject({ status: 422, body: { errors: [{ path: 'months', message: expect.stringContaining('12 to 36 months') }] } });
    expect(early).toMatchObject({ status: 422, body: { errors: [{ path: 'startsOn' }] } });
    expect(unknown.status).toBe(400);
    expect((await stored(1)).status).toBe('interviewed');
  });

  it('moves interviewed to offered with the offer, its answer-by 14 days on in the duty station by default; a retry changes nothing', async () => {
    const made = await offer(1);
    const retried = await offer(1);

    expect(made).toMatchObject({ status: 201, body: { outcome: 'made', row: { status: 'offered', version: 2 }, offer: { answerBy: '2027-02-03', startsOn: '2027-04-01', months: 24, madeBy: hrOfficer.email } } });
    expect(retried).toMatchObject({ status: 200, body: { outcome: 'unchanged' } });
    const history = (await hr('GET', `/admin/applications/${idOf(1)}/history`)).body.items as Array<{ action: string; changes: Record<string, unknown> }>;
    expect(history.filter((entry) => entry.action === 'status-changed')).toHaveLength(1);
  });

  it('answers a stale version with 409 and the row as stored now, and a full vacancy with 409 and the count', async () => {
    expect(await offer(2, 2)).toMatchObject({ status: 409, body: { current: { version: 1 } } });
    expect((await offer(5)).status).toBe(201);

    expect(await offer(2, 1)).toMatchObject({ status: 409, body: { posts: 2, held: 2 } });
    // 5 declines: one post is free again for what follows.
    expect((await asCandidate(5)('PUT', `/applications/${idOf(5)}/offer`, { decision: 'declined' })).status).toBe(200);
  });

  it('lists the vacancy’s offers with the posts they hold', async () => {
    const list = await hr('GET', `/admin/offers/${VACANCY}`);

    expect(list).toMatchObject({
      status: 200,
      body: {
        posts: 2,
        held: 1,
        defaultAnswerBy: '2027-02-03',
        offers: [
          { applicationId: idOf(1), state: 'awaiting-answer', answerUntil: '2027-02-03T23:00:00.000Z', settled: false },
          { applicationId: idOf(5), state: 'declined', status: 'withdrawn' },
        ],
      },
    });
  });
});

describe('the candidate answers', () => {
  it('sees the offer with its answer-by in the duty station’s zone and their own', async () => {
    const view = await asCandidate(1)('GET', `/applications/${idOf(1)}/offer`);

    expect(view).toMatchObject({ status: 200, body: { offer: { answerBy: '2027-02-03', answerUntil: '2027-02-03T23:00:00.000Z', timeZone: 'Europe/Paris', candidateTimeZone: 'America/Bogota', open: true } } });
  });

  it('accepts once: a second answer is a 409 in Spanish, and the post stays held', async () => {
    const accepted = await asCandidate(1)('PUT', `/applications/${idOf(1)}/offer`, { decision: 'accepted' });
    const again = await asCandidate(1)('PUT', `/applications/${idOf(1)}/offer`, { decision: 'declined' });

    expect(accepted).toMatchObject({ status: 200, body: { status: 'offered', offer: { answer: { decision: 'accepted' }, open: false } } });
    expect(again).toMatchObject({ status: 409, body: { detail: 'Esta oferta ya fue aceptada: se mantiene la primera respuesta.' } });
    expect(await counter(VACANCY)).toMatchObject({ held: 1 });
  });

  it('refuses appointing before the home administration’s confirmation, then appoints once the NCB recorded it', async () => {
    const early = await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: 3, status: 'appointed' });
    expect(early).toMatchObject({ status: 422, body: { detail: expect.stringContaining("home administration's confirmation") } });

    const waiting = await france('GET', '/admin/home-confirmations');
    expect(waiting.body.items).toEqual([expect.objectContaining({ applicationId: idOf(1), accepted: true, by: '2027-03-15' })]);
    expect((await senegal('GET', '/admin/home-confirmations')).body.items).toEqual([]);
    expect((await senegal('POST', `/admin/home-confirmations/${idOf(1)}/upload`, { contentType: 'application/pdf' })).status).toBe(404);
    const slot = await france('POST', `/admin/home-confirmations/${idOf(1)}/upload`, { contentType: 'application/pdf' });
    expect(slot.status).toBe(201);
    expect(await upload(slot.body as unknown as UploadOffer, pdfBytes('Confirmation de l’administration d’origine'))).toBeLessThan(300);
    const key = (slot.body as unknown as UploadOffer).fields.key;
    const recorded = await france('POST', `/admin/home-confirmations/${idOf(1)}`, { key, version: 3 });
    const twice = await france('POST', `/admin/home-confirmations/${idOf(1)}`, { key, version: 3 });

    expect(recorded).toMatchObject({ status: 200, body: { confirmedBy: ncbFrance.email, letter: { contentType: 'application/pdf' } } });
    expect(twice.status).toBe(409);
    const history = (await hr('GET', `/admin/applications/${idOf(1)}/history`)).body.items as Array<{ action: string; by: string }>;
    expect(history.find((entry) => entry.action === 'home-confirmed')).toMatchObject({ by: ncbFrance.email });
    expect(await hr('PATCH', `/admin/applications/${idOf(1)}`, { version: 4, status: 'appointed' })).toMatchObject({ status: 200, body: { status: 'appointed' } });
  });

  it('declines: the application ends (withdrawn, offer-declined) and its post is free at once', async () => {
    expect((await offer(2)).status).toBe(201);
    const held = (await counter(VACANCY))?.held;

    const declined = await asCandidate(2)('PUT', `/applications/${idOf(2)}/offer`, { decision: 'declined' });

    expect(declined).toMatchObject({ status: 200, body: { status: 'withdrawn', offer: { answer: { decision: 'declined' } } } });
    expect(await stored(2)).toMatchObject({ status: 'withdrawn', endedBecause: 'offer-declined' });
    expect((await counter(VACANCY))?.held).toBe((held ?? 0) - 1);
  });

  it('takes one of two answers sent at once; the other is a 409', async () => {
    expect((await offer(3)).status).toBe(201);

    const answers = await Promise.all([asCandidate(3)('PUT', `/applications/${idOf(3)}/offer`, { decision: 'accepted' }), asCandidate(3)('PUT', `/applications/${idOf(3)}/offer`, { decision: 'declined' })]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200)?.body.offer as { answer: { decision: string } };
    expect((await stored(3)).offer?.answer?.decision).toBe(winner.answer.decision);
  });
});

describe('the offer-lapse job', () => {
  it('answers 422 after the end of the answer-by day in the duty station, and lapses the offer once, freeing its post', async () => {
    // Offer 3 was accepted or declined; a fresh offer to 4 waits (post 2 is free when 3 declined, else held by 3: free one first).
    const three = await stored(3);
    if (three.status === 'offered') await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: three.version, status: 'withdrawn' });
    expect((await offer(4, 1, { answerBy: '2027-01-25' })).status).toBe(201);
    const held = (await counter(VACANCY))?.held ?? 0;

    // 23:59:59.999 in Paris on the 25th: still open; the job lapses nothing.
    clock.set('2027-01-25T22:59:59.999Z');
    expect(await runLapse('2027-01-25T22:59:59.999Z')).toMatchObject({ lapsed: 0 });
    clock.set('2027-01-25T23:00:00.000Z');
    const late = await asCandidate(4)('PUT', `/applications/${idOf(4)}/offer`, { decision: 'accepted' });
    const first = await runLapse('2027-01-25T23:00:00.000Z');
    const rerun = await runLapse('2027-01-26T06:00:00.000Z');

    expect(late).toMatchObject({ status: 422, body: { detail: expect.stringContaining('Europe/Paris') } });
    expect(first).toMatchObject({ lapsed: 1 });
    expect(rerun).toMatchObject({ lapsed: 0 });
    expect(await stored(4)).toMatchObject({ status: 'withdrawn', endedBecause: 'offer-lapsed', offer: { lapsedAt: '2027-01-25T23:00:00.000Z' } });
    expect((await counter(VACANCY))?.held).toBe(held - 1);
    // HR signs in again at the clock's new time (a token signed on the 20th has expired).
    hr = documented(await staffClient(stack, hrOfficer));
    const history = (await hr('GET', `/admin/applications/${idOf(4)}/history`)).body.items as Array<{ action: string }>;
    expect(history.filter((entry) => entry.action === 'offer-lapsed')).toHaveLength(1);
    clock.set('2027-01-20T09:00:00.000Z');
    hr = documented(await staffClient(stack, hrOfficer));
  });

  it('makes up missed runs with the next, and of two runs at once lapses the offer once', async () => {
    expect((await offer(6, 1, { answerBy: '2027-01-22' })).status).toBe(201);
    const held = (await counter(VACANCY))?.held ?? 0;

    // No run since the 22nd ended in Paris; two start together on the 27th.
    const runs = await Promise.all([runLapse('2027-01-27T10:00:00.000Z'), runLapse('2027-01-27T10:00:00.000Z')]);

    expect(runs.reduce((sum, run) => sum + Number(run.lapsed), 0)).toBe(1);
    expect(await stored(6)).toMatchObject({ status: 'withdrawn', endedBecause: 'offer-lapsed', offer: { lapsedAt: '2027-01-27T10:00:00.000Z' } });
    expect((await counter(VACANCY))?.held).toBe(held - 1);
    const history = (await hr('GET', `/admin/applications/${idOf(6)}/history`)).body.items as Array<{ action: string }>;
    expect(history.filter((entry) => entry.action === 'offer-lapsed')).toHaveLength(1);
  });
});

describe('posts are never exceeded through offers and acceptances', () => {
  it('of 10 offers made at once on 2 posts, exactly 2 are made; their acceptances with 10 more offers still hold 2', async () => {
    const made = await Promise.all(Array.from({ length: 10 }, (_, k) => offer(11 + k, 1, {}, RACE)));

    expect(made.filter((answer) => answer.status === 201)).toHaveLength(2);
    expect(made.filter((answer) => answer.status === 409)).toHaveLength(8);
    const winners = made.flatMap((answer, k) => (answer.status === 201 ? [11 + k] : []));
    const losers = made.flatMap((answer, k) => (answer.status === 409 ? [11 + k] : []));
    await Promise.all([
      ...winners.map((n) => asCandidate(n)('PUT', `/applications/${idOf(n)}/offer`, { decision: 'accepted' })),
      ...losers.map((n) => offer(n, 1, {}, RACE)),
    ]);
    const all = await Promise.all(Array.from({ length: 10 }, (_, k) => stored(11 + k)));
    expect(all.filter((application) => application.status === 'offered')).toHaveLength(2);
    expect(await counter(RACE)).toMatchObject({ held: 2 });
  });
});

describe('the reserve list', () => {
  it('offers a declined post to the next on the reserve list, in the panel’s ranking order and ranks, in one action', async () => {
    const panel = await hr('PUT', `/admin/selection/panels/${RESERVE}`, { members: [chair.email], chair: chair.email, criteria: [{ id: 'experience', weight: 1 }] });
    expect(panel.status).toBe(200);
    const asChair = await staffClient(stack, chair);
    // 21 ranks first (5), then 24 (4, still tested), 23 (3), 22 (2); the chair recommends 21 appoint, 23 and 22 reserve.
    const marked = [[21, 5, 'appoint'], [22, 2, 'reserve'], [23, 3, 'reserve'], [24, 4, undefined]] as const;
    const pathOf = (n: number) => `/admin/selection/panels/${RESERVE}/candidates/${idOf(n)}`;
    for (const [n, score] of marked) {
      expect((await asChair('PUT', `${pathOf(n)}/marks`, { scores: { experience: { score } } })).status).toBe(200);
      expect((await asChair('POST', `${pathOf(n)}/marks/submit`, { revision: 1 })).status).toBe(200);
    }
    // The chair recommends once every candidate is marked.
    for (const [n, , decision] of marked) if (decision) expect((await asChair('PUT', `${pathOf(n)}/recommendation`, { decision })).status).toBe(200);
    expect((await offer(21, 1, {}, RESERVE)).status).toBe(201);
    const before = await hr('GET', `/admin/offers/${RESERVE}`);
    // The ranks are the panel's own (the selection report's), the tested candidate ranked among them.
    const ranking = await hr('GET', `/admin/selection/panels/${RESERVE}/ranking`);
    expect((ranking.body as { items: Array<{ applicationId: string; rank: number }> }).items.map((item) => [item.applicationId, item.rank])).toEqual([[idOf(21), 1], [idOf(24), 2], [idOf(23), 3], [idOf(22), 4]]);
    expect(before.body).toMatchObject({ reserve: [{ applicationId: idOf(23), rank: 3 }, { applicationId: idOf(22), rank: 4 }], next: { applicationId: idOf(23) } });
    // HR's Offers tab lists who may still be offered the post, in ranking order with the chair's word.
    expect((before.body as { interviewed: unknown[] }).interviewed).toEqual([
      expect.objectContaining({ applicationId: idOf(23), rank: 3, recommendation: 'reserve' }),
      expect.objectContaining({ applicationId: idOf(22), rank: 4, recommendation: 'reserve' }),
    ]);
    expect((await hr('POST', `/admin/offers/${RESERVE}/next-on-reserve`, terms())).status).toBe(409);

    await asCandidate(21)('PUT', `/applications/${idOf(21)}/offer`, { decision: 'declined' });
    const next = await hr('POST', `/admin/offers/${RESERVE}/next-on-reserve`, terms());

    expect(next).toMatchObject({ status: 201, body: { applicationId: idOf(23), offer: { fromReserve: true } } });
    expect((await hr('GET', `/admin/offers/${RESERVE}`)).body).toMatchObject({ held: 1, next: { applicationId: idOf(22) } });
  });
});
