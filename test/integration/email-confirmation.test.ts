import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { aminaSubmission } from '../support/candidates.js';
import { pdfBytes } from '../support/documents.js';
import { confirmationTokenIn } from '../support/email-confirmation.js';
import { callPublicApi, type Answer } from '../support/public-api.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { hrOfficer, staffClient } from '../support/staff.js';

const start = '2026-11-22T09:00:00.000Z';
const clock = settableClock(start);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let db: ReturnType<typeof createDocumentClient>;
let s3: S3Client;

const call = (method: string, path: string, options: { body?: unknown; token?: string } = {}) => callPublicApi(stack.url, method, path, options);

const submit = (overrides: Record<string, unknown> = {}) => call('POST', '/applications', { body: aminaSubmission(overrides) });
const confirm = (id: string, token: string) => call('POST', `/applications/${id}/confirm`, { body: { token } });
const withdraw = (id: string, statusToken: string) => call('POST', `/applications/${id}/withdraw`, { token: statusToken });
const mailbox = async () =>
  ((await (await fetch(`${stack.url}/_local/mailbox`)).json()) as { items: Array<{ to: string[]; subject: string; text: string; html: string }> }).items;

/** The confirmation token of an application, as only its receipt email carries it. */
const confirmationTokenFor = async (applicationId: string): Promise<string> => {
  const token = confirmationTokenIn(await mailbox(), applicationId);
  if (!token) throw new Error(`no confirmation link for ${applicationId}`);
  return token;
};

const guardOf = async (vacancy: string, email: string) =>
  (await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICANT#${vacancy}#${await sha256Hex(email)}`, sk: 'APPLICANT' } }))).Item;

const runJob = async (name: string, now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/${name}?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, unknown> }).summary;
};

/** What a stranger learns from a submit: its status, its problem type, and the shape of its body. */
const publicShape = (answer: Answer) => ({ status: answer.status, keys: Object.keys(answer.body).sort(), uploads: Object.keys((answer.body.uploads as object) ?? {}).sort() });

beforeAll(async () => {
  stack = await startTestStack(clock);
  db = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
});
afterAll(async () => {
  db?.destroy();
  s3?.destroy();
  await stack?.stop();
});

describe('email squatting (issue 12, point 6)', () => {
  const victim = 'victim.officer@police.example';

  it('lets the owner of an address apply and confirm after a stranger applied with it and withdrew', async () => {
    // Prepare: a stranger applies with the victim's address and invented details, then withdraws.
    const squat = await submit({ email: victim, givenName: 'Mallory', familyName: 'Squatter', currentTitle: 'Visit evil.example' });
    expect(squat.status).toBe(201);
    // The confirmation token travels only by email, never in the answer.
    expect(squat.text).not.toContain(await confirmationTokenFor(String(squat.body.applicationId)));
    expect((await withdraw(String(squat.body.applicationId), String(squat.body.statusToken))).status).toBe(200);
    expect(await guardOf('1701', victim)).toBeUndefined();

    // Act: the owner applies, and confirms from the email.
    const own = await submit({ email: victim });
    expect(own.status).toBe(201);
    const ownId = String(own.body.applicationId);
    const confirmed = await confirm(ownId, await confirmationTokenFor(ownId));

    // Assert: confirmed, the guard is the owner's, and the status page says it counts.
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ applicationId: ownId, confirmation: 'confirmed' });
    expect((await guardOf('1701', victim))?.applicationId).toBe(ownId);
    const status = await call('GET', `/applications/${ownId}`, { token: String(own.body.statusToken) });
    expect(status.body).toMatchObject({ confirmation: 'confirmed', status: 'submitted' });
  });

  it('answers a stranger the same whether or not the address applied before', async () => {
    const fresh = await submit({ email: 'never.applied@police.example' });
    const repeat = await submit({ email: victim });
    expect(publicShape(repeat)).toEqual(publicShape(fresh));
    expect(publicShape(repeat)).toEqual({ status: 201, keys: ['applicationId', 'statusToken', 'uploads'], uploads: ['confirmationLetter', 'coverLetter', 'cv'] });
  });

  it('sends the address nothing the submitter typed', async () => {
    const mails = (await mailbox()).filter((mail) => mail.to.includes(victim));
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toContain('Mallory');
        expect(part).not.toContain('Squatter');
        expect(part).not.toContain('evil.example');
      }
    }
  });

  it('tells the owner plainly, at confirmation, that the address already holds a confirmed application (409)', async () => {
    const second = await submit({ email: victim });
    const secondId = String(second.body.applicationId);
    const answer = await confirm(secondId, await confirmationTokenFor(secondId));
    expect(answer.status).toBe(409);
    expect(answer.body.type).toBe('/problems/conflict');
    expect(String(answer.body.detail)).toContain('already has a confirmed application to vacancy 1701');
  });

  it('never confirms a withdrawn application, which would lock the address out', async () => {
    const other = 'withdrawn.first@police.example';
    const squat = await submit({ email: other });
    const squatId = String(squat.body.applicationId);
    await withdraw(squatId, String(squat.body.statusToken));
    const answer = await confirm(squatId, await confirmationTokenFor(squatId));
    expect(answer.status).toBe(410);
    expect(await guardOf('1701', other)).toBeUndefined();
  });

  it('answers a wrong or malformed confirmation token as no such application, and the same link twice alike', async () => {
    const own = await submit({ email: 'twice@police.example' });
    const id = String(own.body.applicationId);
    const token = await confirmationTokenFor(id);
    expect((await confirm(id, 'A'.repeat(43))).status).toBe(404);
    expect((await confirm(id, String(own.body.statusToken))).status).toBe(404);
    expect((await confirm(id, 'short')).status).toBe(400);
    expect((await call('POST', `/applications/${id}/confirm`, { body: { token, extra: 1 } })).status).toBe(400);
    const [first, second] = await Promise.all([confirm(id, token), confirm(id, token)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await confirm(id, token)).body).toMatchObject({ confirmation: 'confirmed' });
  });
});

describe('an unconfirmed application is not received', () => {
  it('is shown as unconfirmed on the status page and in the grid, and counted nowhere by HR until confirmed', async () => {
    // A fresh sign-in per look: the clock moves by days, past a token's lifetime.
    const countsOf = async () => {
      const hr = await staffClient(stack, hrOfficer);
      const summary = await hr('GET', '/admin/applications/summary');
      expect(summary.status, JSON.stringify(summary.body)).toBe(200);
      return ((summary.body.items as Array<Record<string, unknown>>) ?? []).find((item) => item.vacancy === '1702');
    };
    const before = await countsOf();
    const digestBefore = await runJob('hr-digest', new Date(Date.parse(start) + 60_000).toISOString());

    const answer = await submit({ vacancy: '1702', email: 'counted.later@police.example', givenName: 'Zainab', familyName: 'Counted' });
    const id = String(answer.body.applicationId);
    const status = await call('GET', `/applications/${id}`, { token: String(answer.body.statusToken) });
    expect(status.body).toMatchObject({ confirmation: 'pending', confirmBy: '2026-11-25T09:00:00.000Z', canUpload: true });

    const rows = await (await staffClient(stack, hrOfficer))('GET', '/admin/applications?vacancy=1702');
    const row = (rows.body.items as Array<Record<string, unknown>>).find((item) => item.id === id);
    expect(row).toMatchObject({ emailConfirmed: false, nextStatuses: ['rejected', 'withdrawn'] });
    // Nothing moves it forward until its address is confirmed; it can still be rejected.
    const screening = await (await staffClient(stack, hrOfficer))('PATCH', `/admin/applications/${id}`, { version: Number(row?.version), status: 'screening' });
    expect(screening.status).toBe(422);
    expect(String(screening.body.detail)).toContain('has not confirmed their email address');
    const pending = await countsOf();
    expect(pending?.total).toBe(before?.total);
    expect(pending?.unconfirmed).toBe(Number(before?.unconfirmed ?? 0) + 1);

    const digest = await runJob('hr-digest', new Date(Date.parse(start) + 2 * 86_400_000).toISOString());
    expect(digest).toBeDefined();
    const digestMails = (await mailbox()).filter((mail) => mail.subject.includes('digest'));
    expect(digestMails.some((mail) => mail.text.includes('Counted'))).toBe(false);
    expect(digestBefore).toBeDefined();

    // Confirmed a day later: counted now, and the next digest reports it as new.
    clock.set(new Date(Date.parse(start) + 86_400_000 * 2 + 3_600_000));
    expect((await confirm(id, await confirmationTokenFor(id))).status).toBe(200);
    const after = await countsOf();
    expect(after?.total).toBe(Number(before?.total ?? 0) + 1);
    expect(after?.unconfirmed).toBe(before?.unconfirmed ?? 0);
    await runJob('hr-digest', new Date(Date.parse(start) + 3 * 86_400_000).toISOString());
    expect((await mailbox()).filter((mail) => mail.subject.includes('digest')).some((mail) => mail.text.includes('Counted'))).toBe(true);
    clock.set(start);
  });

  it('gets no deadline reminder, and is in no NCB digest, until its address is confirmed', async () => {
    // Submitted eight days before 1701's deadline (13 December, Lyon): the 7-day round runs on 6 December, the 2-day one on 11 December.
    clock.set('2026-12-05T09:00:00.000Z');
    try {
      const answer = await submit({ email: 'late.confirmer@police.example', givenName: 'Ngozi', familyName: 'Reminded', nationality: 'NG' });
      const id = String(answer.body.applicationId);
      const reminders = () => mailbox().then((items) => items.filter((mail) => mail.to.includes('late.confirmer@police.example') && mail.subject.startsWith('Reminder')));
      const ncbDigests = () => mailbox().then((items) => items.filter((mail) => mail.subject.startsWith('NCB') && mail.subject.includes('(NG)')));
      await runJob('deadline-reminders', '2026-12-06T05:00:00.000Z');
      await runJob('ncb-digest', '2026-12-06T06:00:00.000Z');
      expect(await reminders()).toEqual([]);
      expect(await ncbDigests()).toEqual([]);

      clock.set('2026-12-07T09:00:00.000Z');
      expect((await confirm(id, await confirmationTokenFor(id))).status).toBe(200);
      await runJob('ncb-digest', '2026-12-07T06:00:00.000Z');
      await runJob('deadline-reminders', '2026-12-11T05:00:00.000Z');
      expect(await reminders()).toHaveLength(1);
      expect(await ncbDigests()).toHaveLength(1);
    } finally {
      clock.set(start);
    }
  });

  it('reads an application written the old way (no confirmation attribute, its guard held) as confirmed', async () => {
    const old: Application = {
      ...(aminaSubmission({ email: 'old.shape@police.example' }) as unknown as Application),
      id: '0b1d5e00-0000-4000-8000-00000000a0a0',
      status: 'submitted',
      submittedAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-20T08:00:00.000Z',
      version: 1,
      privacyConsentAt: '2026-11-20T08:00:00.000Z',
      documents: {},
      statusTokenHash: await sha256Hex('old-status-token-0123456789012345678901234'),
    };
    delete (old as Partial<Application> & { privacyConsent?: boolean }).privacyConsent;
    await db.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(old) }));
    await db.send(
      new PutCommand({ TableName: stack.tableName, Item: { pk: `APPLICANT#1701#${await sha256Hex('old.shape@police.example')}`, sk: 'APPLICANT', applicationId: old.id } }),
    );
    const status = await call('GET', `/applications/${old.id}`, { token: 'old-status-token-0123456789012345678901234' });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ confirmation: 'confirmed', canUpload: true });
    expect(status.body.confirmBy).toBeUndefined();
    const hr = await staffClient(stack, hrOfficer);
    const row = ((await hr('GET', '/admin/applications?vacancy=1701')).body.items as Array<Record<string, unknown>>).find((item) => item.id === old.id);
    expect(row).toMatchObject({ emailConfirmed: true });
    // A receipt the previous version left owed (no confirmation token) goes out as a plain receipt, with no confirmation link.
    await db.send(
      new PutCommand({
        TableName: stack.tableName,
        Item: { pk: 'RECEIPTS_OWED', sk: `${old.submittedAt}#${old.id}`, entity: 'pending-receipt', applicationId: old.id, submittedAt: old.submittedAt, statusToken: 'old-status-token-0123456789012345678901234' },
      }),
    );
    const owed = await runJob('pending-receipts', start);
    expect(owed).toMatchObject({ sent: 1 });
    const plain = (await mailbox()).filter((mail) => mail.to.includes('old.shape@police.example'));
    expect(plain.map((mail) => mail.subject)).toEqual(['Application received: vacancy 1701, Criminal Intelligence Officer']);
    expect(plain[0]?.text).toContain(`/status#id=${old.id}&token=old-status-token-0123456789012345678901234\n`);
    // The address still holds its guard: a new application from it cannot be confirmed.
    const again = await submit({ email: 'old.shape@police.example' });
    const againId = String(again.body.applicationId);
    expect((await confirm(againId, await confirmationTokenFor(againId))).status).toBe(409);
  });

  it('expires unconfirmed after 72 hours: no confirmation, no uploads, and the retention purge removes it with its documents', async () => {
    const answer = await submit({ email: 'too.slow@police.example' });
    const id = String(answer.body.applicationId);
    const statusToken = String(answer.body.statusToken);
    const offer = (answer.body.uploads as Record<string, UploadOffer>).cv;
    if (!offer) throw new Error('no cv offer');
    const form = new FormData();
    for (const [name, value] of Object.entries(offer.fields)) form.append(name, value);
    form.append('file', new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), 'cv.pdf');
    expect((await fetch(offer.url, { method: 'POST', body: form })).status).toBeLessThan(300);
    const completed = await call('POST', `/applications/${id}/documents/cv/complete`, { body: { key: offer.fields.key }, token: statusToken });
    expect(completed.status).toBe(200);
    const stored = String(offer.fields.key).replace(/^uploads\//, 'applications/');
    const storedKey = (await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICATION#${id}`, sk: 'APPLICATION' } }))).Item?.documents?.cv?.key as string;
    expect(storedKey.startsWith(stored.slice(0, stored.lastIndexOf('/')))).toBe(true);
    const token = await confirmationTokenFor(id);

    clock.set(new Date(Date.parse(start) + 72 * 3_600_000 + 1_000));
    expect((await confirm(id, token)).status).toBe(410);
    const status = await call('GET', `/applications/${id}`, { token: statusToken });
    expect(status.body).toMatchObject({ confirmation: 'expired', canUpload: false });
    expect((await call('POST', `/applications/${id}/documents/cv`, { body: { contentType: PDF }, token: statusToken })).status).not.toBe(201);

    const purge = await runJob('retention-purge', new Date(Date.parse(start) + 73 * 3_600_000).toISOString());
    expect(Number(purge.unconfirmedPurged)).toBeGreaterThanOrEqual(1);
    expect((await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `APPLICATION#${id}`, sk: 'APPLICATION' } }))).Item).toBeUndefined();
    const head = await s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: storedKey })).then(
      () => 200,
      (error: { $metadata?: { httpStatusCode?: number } }) => error.$metadata?.httpStatusCode,
    );
    expect(head).toBe(404);
    // The confirmed applications of the same address and vacancy keep their guards.
    expect((await guardOf('1701', 'victim.officer@police.example'))?.applicationId).toBeDefined();
    clock.set(start);
  });
});
