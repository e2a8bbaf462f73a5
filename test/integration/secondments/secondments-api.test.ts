import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import type { Offer } from '#shared/offers/offer.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, seedApplications, staffClient, storeOf } from '../../support/staff.js';

/**
 * Secondments on the local stack (issue 17, points 1 and 2), with DynamoDB Local and the S3
 * emulator: an appointed application with an accepted offer becomes one secondment however often
 * (and however many at once) HR asks; an extension is asked, refused at the limits (72 in all for a
 * regular one, 36 for a short-term one) with the months left, confirmed by the NCB with the home
 * administration's letter, approved or refused by HR, withdrawn by its asker; a stale version is a
 * 409 and another country's NCB a 404; an item written as this version writes it reads back.
 * Every answer is checked against the OpenAPI document.
 */
const clock = settableClock('2027-01-20T09:00:00.000Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let stores: ReturnType<typeof storeOf>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let france: Client;
let senegal: Client;

/** Lyon (Europe/Paris), regular: 12 to 36 months at first, 72 in all. */
const REGULAR = '1951';
/** Lyon, short-term: 6 to 36 months in all. */
const SHORT = '1952';

const idOf = (n: number) => `5ec00000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const letterOf = (n: number): ReceivedDocument => ({
  key: `applications/${idOf(n)}/confirmationLetter/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: 'a'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const accepted = (months: number): Offer => ({
  madeAt: '2026-12-20T09:00:00.000Z',
  madeBy: hrOfficer.email,
  answerBy: '2027-01-03',
  startsOn: '2027-04-01',
  months,
  homeConfirmation: { by: '2027-03-15', terms: ['release-for-period'], confirmedAt: '2027-01-10T09:00:00.000Z', confirmedBy: ncbFrance.email },
  answer: { decision: 'accepted', at: '2026-12-22T09:00:00.000Z' },
});

/** A French officer's appointed application (the offer's, unless `offer` is undefined: appointed before offers existed). */
const appointed = (n: number, vacancy: string, overrides: Partial<Application> = {}): Application =>
  aminaApplication({
    id: idOf(n),
    vacancy,
    nationality: 'FR',
    email: `officer${n}@police.fr.example`,
    givenName: `Officer${n}`,
    status: 'appointed',
    documents: { confirmationLetter: letterOf(n) },
    language: 'fr',
    ...overrides,
  });

const upload = async ({ url, fields }: Pick<UploadOffer, 'url' | 'fields'>, file: Uint8Array) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'letter.pdf');
  return (await fetch(url, { method: 'POST', body: form })).status;
};

interface SecondmentAnswer {
  id: string;
  version: number;
  lastDay: string;
  state: string;
  room: { limit: number; taken: number; left: number };
  extensions: Array<{ id: string; state: string; toLastDay: string }>;
}
const secondmentOf = (answer: { body: Record<string, unknown> }) => answer.body.secondment as SecondmentAnswer;

const create = (n: number, extra: Record<string, unknown> = {}) => hr('POST', '/admin/secondments', { applicationId: idOf(n), ...extra });
const read = async (id: string) => secondmentOf(await hr('GET', `/admin/secondments/${id}`));

/** HR makes application n a secondment; its id. */
const made = async (n: number) => secondmentOf(await create(n)).id;

/** France's NCB uploads a letter for the extension and records the confirmation. */
const confirmByFrance = async (id: string, extension: string, version: number) => {
  const offered = await france('POST', `/admin/secondments/${id}/extensions/${extension}/letter`, { contentType: 'application/pdf' });
  expect(offered.status).toBe(201);
  const offer = offered.body as unknown as UploadOffer;
  expect(await upload(offer, pdfBytes('Confirmation of the home administration'))).toBe(204);
  return france('POST', `/admin/secondments/${id}/extensions/${extension}/confirm`, { key: offer.fields.key, version });
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  stores = storeOf(stack);
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const vacancies = dynamoVacancyStore(createDocumentClient(client), stack.tableName);
  await vacancies.put(openVacancy({ number: REGULAR, status: 'filled', publishedAt: '2026-10-01', deadline: '2026-11-15', secondmentType: 'regular' }));
  await vacancies.put(openVacancy({ number: SHORT, status: 'filled', publishedAt: '2026-10-01', deadline: '2026-11-15', secondmentType: 'short-term', durationMonths: 30 }));
  client.destroy();
  await seedApplications(stores.applications, [
    appointed(1, REGULAR, { offer: accepted(36) }),
    // Appointed before offers existed: no `offer`.
    appointed(2, REGULAR),
    appointed(3, REGULAR, { status: 'interviewed' }),
    appointed(4, SHORT, { offer: accepted(30) }),
    appointed(5, REGULAR, { offer: accepted(24) }),
    appointed(6, REGULAR, { offer: accepted(12) }),
  ]);
  hr = documented(await staffClient(stack, hrOfficer));
  france = documented(await staffClient(stack, ncbFrance));
  senegal = documented(await staffClient(stack, ncbSenegal));
}, 180_000);
afterAll(async () => {
  stores?.close();
  await stack?.stop();
});

describe('an accepted offer becomes a secondment (issue 17, point 1)', () => {
  it('takes the offer’s dates and the vacancy’s post; a second call answers the same record', async () => {
    const first = await create(1);
    const second = await create(1);

    expect(first).toMatchObject({
      status: 201,
      body: {
        secondment: {
          applicationId: idOf(1),
          vacancy: REGULAR,
          homeAdministrationCountry: 'FR',
          unit: 'Counter-Terrorism Directorate',
          dutyStation: 'Lyon',
          timeZone: 'Europe/Paris',
          grade: '4',
          type: 'regular',
          firstDay: '2027-04-01',
          lastDay: '2030-03-31',
          expatriationAllowance: true,
          documents: { confirmationLetter: { contentType: letterOf(1).contentType, sha256: letterOf(1).sha256 } },
          state: 'arriving',
          room: { limit: 72, taken: 36, left: 36 },
          version: 1,
        },
      },
    });
    expect(second.status).toBe(200);
    expect(secondmentOf(second).id).toBe(secondmentOf(first).id);
    const history = (await hr('GET', `/admin/secondments/${secondmentOf(first).id}`)).body.history as Array<{ action: string }>;
    expect(history.map((entry) => entry.action)).toEqual(['created']);
  });

  it('makes one secondment of two calls at once', async () => {
    const [a, b] = await Promise.all([create(4), create(4)]);

    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(secondmentOf(a).id).toBe(secondmentOf(b).id);
    expect(secondmentOf(a)).toMatchObject({ type: 'short-term', lastDay: '2029-09-30', room: { limit: 36, taken: 30, left: 6 } });
  });

  it('refuses an application not appointed, an unknown field, and an application with no offer given no dates; nothing written', async () => {
    expect(await create(3)).toMatchObject({ status: 422, type: expect.stringMatching(/^application\/problem\+json/) });
    expect((await create(1, { salary: 1 })).status).toBe(400);
    expect(await create(1, { firstDay: '2027-05-01', months: 24 })).toMatchObject({ status: 200 });
    expect(await create(2)).toMatchObject({ status: 400, body: { errors: [{ path: 'body.firstDay' }, { path: 'body.months' }] } });
    expect(await create(2, { firstDay: '2027-02-01', months: 48 })).toMatchObject({ status: 422, body: { errors: [{ path: 'months' }] } });
    expect((await hr('GET', '/admin/secondments?scope=all')).body.secondments).toHaveLength(2);
  });

  it('makes one of an application appointed before offers existed from HR’s first day and months', async () => {
    const legacy = await create(2, { firstDay: '2027-02-01', months: 24, expatriationAllowance: false });

    expect(legacy).toMatchObject({ status: 201, body: { secondment: { firstDay: '2027-02-01', lastDay: '2029-01-31', expatriationAllowance: false } } });
  });
});

describe('an extension, step by step (issue 17, point 2)', () => {
  it('refuses more than a regular secondment’s 72 months with the limit and the months left, in the NCB’s language', async () => {
    const id = await made(1);

    const refused = await france('POST', `/admin/secondments/${id}/extensions`, { months: 37, reason: 'Project continues', version: 1 }, { 'Accept-Language': 'fr' });

    expect(refused).toMatchObject({
      status: 422,
      type: expect.stringMatching(/^application\/problem\+json/),
      body: { type: '/problems/secondment-rules', errors: [{ path: 'months', message: expect.stringContaining('72') }] },
    });
    expect(refused.body.detail).toContain('72 mois');
    expect(refused.body.detail).toContain('au plus 36 mois');
    expect((await read(id)).extensions).toEqual([]);
  });

  it('is asked by the NCB, confirmed with the home administration’s letter, and approved by HR: the last day moves, each step audited', async () => {
    const id = await made(1);
    const asked = await france('POST', `/admin/secondments/${id}/extensions`, { months: 12, reason: 'The project runs another year', version: 1 });
    expect(asked).toMatchObject({ status: 201, body: { extension: { state: 'awaiting-home-confirmation', toLastDay: '2031-03-31' } } });
    const extension = (asked.body.extension as { id: string }).id;

    expect((await france('POST', `/admin/secondments/${id}/extensions`, { months: 6, reason: 'Another', version: 2 })).status).toBe(409);
    expect((await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'approve', version: 2 })).status).toBe(409);
    expect((await confirmByFrance(id, extension, 1)).status).toBe(409);
    const confirmed = await confirmByFrance(id, extension, 2);
    expect(confirmed).toMatchObject({ status: 200, body: { secondment: { version: 3, extensions: [{ state: 'awaiting-approval' }] } } });

    expect((await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'approve', version: 2 })).status).toBe(409);
    const approved = await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'approve', version: 3 });

    expect(approved).toMatchObject({ status: 200, body: { secondment: { lastDay: '2031-03-31', version: 4, room: { taken: 48, left: 24 }, extensions: [{ state: 'approved' }] } } });
    const letter = await hr('GET', `/admin/secondments/${id}/extensions/${extension}/letter`);
    expect(letter).toMatchObject({ status: 200, body: { url: expect.any(String) } });
    const history = (await hr('GET', `/admin/secondments/${id}`)).body.history as Array<{ action: string; by: string }>;
    expect(history.map((entry) => entry.action)).toEqual(['created', 'extension-asked', 'extension-home-confirmed', 'extension-approved']);
    expect(history[1]?.by).toBe(ncbFrance.email);
  });

  it('takes exactly what is left at the regular limit, and nothing more', async () => {
    const id = await made(1);
    const asked = await hr('POST', `/admin/secondments/${id}/extensions`, { months: 24, reason: 'To the limit', version: 4 });
    const extension = (asked.body.extension as { id: string }).id;
    expect((await confirmByFrance(id, extension, 5)).status).toBe(200);
    expect((await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'approve', version: 6 })).status).toBe(200);

    const beyond = await hr('POST', `/admin/secondments/${id}/extensions`, { months: 1, reason: 'One more', version: 7 });

    expect(await read(id)).toMatchObject({ lastDay: '2033-03-31', room: { limit: 72, taken: 72, left: 0 } });
    expect(beyond).toMatchObject({ status: 422, body: { errors: [{ path: 'months', message: expect.stringContaining('it cannot be extended') }] } });
  });

  it('refuses more than a short-term secondment’s 36 months with the 6 left; HR withdraws its own ask, the NCB may not', async () => {
    const id = await made(4);
    const beyond = await hr('POST', `/admin/secondments/${id}/extensions`, { months: 7, reason: 'Longer', version: 1 });
    expect(beyond).toMatchObject({ status: 422, body: { errors: [{ path: 'months', message: expect.stringContaining('at most 6 more months') }] } });

    const asked = await hr('POST', `/admin/secondments/${id}/extensions`, { months: 6, reason: 'To the end of the operation', version: 1 });
    expect(asked.status).toBe(201);
    const extension = (asked.body.extension as { id: string }).id;

    expect((await france('POST', `/admin/secondments/${id}/extensions/${extension}/withdraw`, { reason: 'Not ours', version: 2 })).status).toBe(403);
    const withdrawn = await hr('POST', `/admin/secondments/${id}/extensions/${extension}/withdraw`, { reason: 'The operation ends early', version: 2 });

    expect(withdrawn).toMatchObject({ status: 200, body: { secondment: { lastDay: '2029-09-30', extensions: [{ state: 'withdrawn' }] } } });
    expect((await hr('POST', `/admin/secondments/${id}/extensions/${extension}/withdraw`, { reason: 'Again', version: 3 })).status).toBe(409);
  });

  it('takes one of two asks sent at once: the other is a 409', async () => {
    const id = await made(2);
    const asks = await Promise.all([
      hr('POST', `/admin/secondments/${id}/extensions`, { months: 6, reason: 'HR asks', version: 1 }),
      france('POST', `/admin/secondments/${id}/extensions`, { months: 12, reason: 'The NCB asks', version: 1 }),
    ]);

    expect(asks.map((ask) => ask.status).sort()).toEqual([201, 409]);
    expect((await read(id)).extensions).toHaveLength(1);
    const taken = (await read(id)).extensions[0] as { id: string };
    const asker = asks[0].status === 201 ? hr : france;
    expect((await asker('POST', `/admin/secondments/${id}/extensions/${taken.id}/withdraw`, { reason: 'A test of the race', version: 2 })).status).toBe(200);
  });

  it('lets HR refuse only with a reason', async () => {
    const id = await made(5);
    const asked = await france('POST', `/admin/secondments/${id}/extensions`, { months: 12, reason: 'Needed', version: 1 });
    const extension = (asked.body.extension as { id: string }).id;

    expect((await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'refuse', version: 2 })).status).toBe(400);
    const refused = await hr('POST', `/admin/secondments/${id}/extensions/${extension}/decision`, { decision: 'refuse', reason: 'The post is abolished', version: 2 });

    expect(refused).toMatchObject({ status: 200, body: { secondment: { lastDay: '2029-03-31', extensions: [{ state: 'refused', decision: { reason: 'The post is abolished' } }] } } });
  });

  it('keeps an NCB to its own country’s secondments: another’s is a 404, and its list holds none of them', async () => {
    const id = await made(5);

    expect((await senegal('GET', `/admin/secondments/${id}`)).status).toBe(404);
    expect((await senegal('POST', `/admin/secondments/${id}/extensions`, { months: 6, reason: 'Probe', version: 3 })).status).toBe(404);
    expect((await senegal('GET', '/admin/secondments')).body.secondments).toEqual([]);
    expect((await france('GET', '/admin/secondments')).body.secondments).toHaveLength(4);
  });
});

describe('the documents and the end', () => {
  it('takes HR’s signed terms through a presigned POST and hands them back as a link', async () => {
    const id = await made(6);
    const offered = await hr('POST', `/admin/secondments/${id}/signed-terms`, { contentType: 'application/pdf' });
    expect(offered.status).toBe(201);
    const offer = offered.body as unknown as UploadOffer;
    expect(await upload(offer, pdfBytes('Signed terms'))).toBe(204);

    expect((await hr('POST', `/admin/secondments/${id}/signed-terms/complete`, { key: 'uploads/elsewhere/x', version: 1 })).status).toBe(422);
    const completed = await hr('POST', `/admin/secondments/${id}/signed-terms/complete`, { key: offer.fields.key, version: 1 });

    expect(completed).toMatchObject({ status: 200, body: { secondment: { version: 2, documents: { signedTerms: { contentType: 'application/pdf' } } } } });
    expect(await hr('GET', `/admin/secondments/${id}/documents/signedTerms`)).toMatchObject({ status: 200, body: { url: expect.any(String) } });
  });

  it('records an early end with its reason; the officer stays on HR’s current list until that day, then leaves it', async () => {
    const id = await made(6);
    expect((await hr('POST', `/admin/secondments/${id}/end`, { lastDay: '2029-01-01', reason: 'Late', version: 2 })).status).toBe(400);

    const ended = await hr('POST', `/admin/secondments/${id}/end`, { lastDay: '2027-09-30', reason: 'Recalled by the home administration', version: 2 });

    expect(ended).toMatchObject({ status: 200, body: { secondment: { ended: { lastDay: '2027-09-30', early: true }, state: 'ending' } } });
    const current = async (client = hr) => {
      const answer = await client('GET', '/admin/secondments');
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return (answer.body.secondments as Array<{ id: string; state: string }>).find((one) => one.id === id);
    };
    expect(await current()).toMatchObject({ state: 'ending' });
    expect((await hr('POST', `/admin/secondments/${id}/extensions`, { months: 6, reason: 'After the end', version: 3 })).status).toBe(409);
    expect((await hr('POST', `/admin/secondments/${id}/end`, { lastDay: '2027-08-31', reason: 'Again', version: 3 })).status).toBe(409);
    clock.set('2027-10-02T09:00:00.000Z');
    try {
      // A token of its own: the morning's has expired by October.
      const later = documented(await staffClient(stack, hrOfficer));
      expect(await current(later)).toBeUndefined();
      expect((await later('GET', `/admin/secondments/${id}`)).body.secondment).toMatchObject({ state: 'ended' });
    } finally {
      clock.set('2027-01-20T09:00:00.000Z');
    }
  });
});

describe('stored data', () => {
  it('reads back a secondment item written as this version writes it, through the API and both indexes', async () => {
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    const id = '5ec0ffff-0000-4000-8000-000000000001';
    const item = {
      pk: `SECONDMENT#${id}`,
      sk: 'SECONDMENT',
      gsi1pk: 'SECONDMENT_STATE#not-ended',
      gsi1sk: `2028-06-30#${id}`,
      gsi2pk: 'SECONDMENT_COUNTRY#FR',
      gsi2sk: `2028-06-30#${id}`,
      entity: 'secondment',
      id,
      applicationId: idOf(99),
      vacancy: REGULAR,
      officer: { givenName: 'Written', email: 'written@police.fr.example', language: 'fr' },
      nationality: 'FR',
      homeAdministration: 'Police nationale',
      homeAdministrationCountry: 'FR',
      unit: 'Counter-Terrorism Directorate',
      dutyStation: 'Lyon',
      timeZone: 'Europe/Paris',
      grade: '4',
      type: 'regular',
      firstDay: '2026-07-01',
      lastDay: '2028-06-30',
      expatriationAllowance: true,
      documents: {},
      extensions: [],
      createdAt: '2026-06-01T09:00:00.000Z',
      createdBy: hrOfficer.email,
      updatedAt: '2026-06-01T09:00:00.000Z',
      version: 1,
    };
    try {
      await createDocumentClient(client).send(new PutCommand({ TableName: stack.tableName, Item: item }));
    } finally {
      client.destroy();
    }

    expect(await read(id)).toMatchObject({ id, state: 'serving', lastDay: '2028-06-30', room: { limit: 72, taken: 24, left: 48 } });
    expect(((await hr('GET', '/admin/secondments')).body.secondments as Array<{ id: string }>).map((one) => one.id)).toContain(id);
    expect(((await france('GET', '/admin/secondments')).body.secondments as Array<{ id: string }>).map((one) => one.id)).toContain(id);
  });
});
