import { DynamoDBClient, TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem, dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoUnconfirmedStore } from '#functions/adapters/dynamodb/retention-store.js';
import { queryAll } from '#functions/adapters/dynamodb/query-all.js';
import { tableDesign } from '#functions/adapters/dynamodb/table-design.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { bulkEdit } from '#shared/admin/bulk-edit.js';
import { endApplicationsOfCancelledVacancy } from '#shared/admin/cancelled-vacancy.js';
import { importApplications } from '#shared/admin/spreadsheet/judge-import.js';
import type { Application, NcbValidation } from '#shared/applications/application.js';
import { countAll, zeroCounts, type ApplicationCounts } from '#shared/applications/counts.js';
import { applicationStatuses, isFinal } from '#shared/applications/status-machine.js';
import type { AuditEntry } from '#shared/applications/store.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';
import { confirmFromReceipt } from '../../support/email-confirmation.js';
import { startTestStack } from '../../support/local-stack.js';
import { callPublicApi } from '../../support/public-api.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, seedApplications, staffClient, storeOf } from '../../support/staff.js';

// The demo vacancies are dated from the stack's first day: 1701 (Basic) closes on 13 December 2026, 1703 on 3 January 2027.
const NOW = '2026-11-22T09:00:00.000Z';
/** Past the reconciliation's settling time after every change made at NOW. */
const LATER = '2026-11-22T09:10:00.000Z';
const LATER_STILL = '2026-11-22T09:12:00.000Z';
const SOON = '2026-11-22T09:05:00.000Z';
const RULE_TIME = '2026-11-22T10:00:00.000Z';
const BATCH_TIME = '2026-11-22T11:00:00.000Z';
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let db: ReturnType<typeof createDocumentClient>;
let store: ReturnType<typeof storeOf>;
let hr: Awaited<ReturnType<typeof staffClient>>;
let france: Awaited<ReturnType<typeof staffClient>>;

const idOf = (n: number) => `c0117e55-0000-4000-8000-${String(n).padStart(12, '0')}`;
const document = (kind: string, n: number, suppliedBy: ReceivedDocument['suppliedBy'] = 'ncb'): ReceivedDocument => ({
  key: `applications/${idOf(n)}/${kind}/1`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: '0'.repeat(64),
  receivedAt: '2026-11-20T10:00:00.000Z',
  suppliedBy,
});
const validation: NcbValidation = { decision: 'validated', screeningAttested: true, clearance: 'Basic', screenedOn: '2026-10-01', at: '2026-11-21T08:00:00.000Z', by: ncbFrance.email };
const french = (n: number, vacancy: string, overrides: Partial<Application> = {}): Application =>
  aminaApplication({ id: idOf(n), vacancy, nationality: 'FR', email: `counted.${n}@police.fr.example`, ...overrides });
const complete = (n: number, vacancy: string, overrides: Partial<Application> = {}) =>
  french(n, vacancy, { documents: { cv: document('cv', n), confirmationLetter: document('confirmationLetter', n) }, ncbValidation: validation, ...overrides });

const hrPrincipal: StaffPrincipal = { subject: 'hr', email: hrOfficer.email, groups: ['hr'] };

/** The counter's item as stored (undefined: none written). */
const counterItemOf = async (vacancy: string) =>
  (await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `VACANCY#${vacancy}`, sk: 'COUNTS' }, ConsistentRead: true }))).Item;

/** The counter as stored, read straight from its item (undefined: none written). */
const counterOf = async (vacancy: string): Promise<ApplicationCounts | undefined> => {
  const { Item } = await db.send(new GetCommand({ TableName: stack.tableName, Key: { pk: `VACANCY#${vacancy}`, sk: 'COUNTS' }, ConsistentRead: true }));
  if (!Item) return undefined;
  const counts = zeroCounts();
  for (const status of applicationStatuses) counts.byStatus[status] = Number(Item[`status_${status}`]);
  return { ...counts, incomplete: Number(Item.incomplete), unconfirmed: Number(Item.unconfirmed) };
};

/** The oracle: every application of the vacancy read whole and counted by the rule. */
const recount = async (vacancy: string): Promise<ApplicationCounts> => {
  const { byStatus } = tableDesign.indexes;
  const items = await queryAll(db, {
    TableName: stack.tableName,
    IndexName: byStatus.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': byStatus.partitionKey },
    ExpressionAttributeValues: { ':pk': `VACANCY#${vacancy}` },
  });
  return countAll(items as unknown as Application[]);
};

const expectInStep = async (vacancy: string) => {
  const [stored, counted] = await Promise.all([counterOf(vacancy), recount(vacancy)]);
  expect(stored, `the counter of ${vacancy}`).toEqual(counted);
  return counted;
};

/** HR's summary entry of a vacancy. */
const summaryOf = async (vacancy: string) =>
  ((await hr('GET', '/admin/applications/summary')).body.items as Array<Record<string, unknown>>).find((item) => item.vacancy === vacancy);

const summaryFigures = (counts: ApplicationCounts) => ({
  counts: counts.byStatus,
  total: Object.values(counts.byStatus).reduce((sum, count) => sum + count, 0),
  incomplete: counts.incomplete,
  unconfirmed: counts.unconfirmed,
});

const runJob = async (name: string, now: string) => {
  const response = await fetch(`${stack.url}/_local/jobs/${name}?now=${now}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { summary: Record<string, number> }).summary;
};

/** Writes applications as the previous version did: the item and its audit entry, no counter. */
const writeOldShape = async (applications: Application[]) => {
  for (const application of applications) {
    await db.send(new PutCommand({ TableName: stack.tableName, Item: applicationItem(application) }));
    const audit: AuditEntry = { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: {} };
    await db.send(new PutCommand({ TableName: stack.tableName, Item: { pk: `APPLICATION#${application.id}`, sk: `AUDIT#${audit.at}#000001`, entity: 'audit', ...audit } }));
  }
};

const versionOf = async (id: string) => (await store.applications.get(id))?.version ?? 0;

/** Whether a write names a vacancy's counter item. */
const namesCounter = (command: unknown): boolean => {
  const keys =
    command instanceof TransactWriteCommand
      ? (command.input.TransactItems ?? []).flatMap((item) => Object.values(item).map((write) => (write as { Key?: Record<string, unknown>; Item?: Record<string, unknown> }).Key ?? (write as { Item?: Record<string, unknown> }).Item))
      : command instanceof UpdateCommand
        ? [command.input.Key]
        : [];
  return keys.some((key) => key?.sk === 'COUNTS');
};

/**
 * The table as AWS answers when each vacancy's counter is busy with other writers: every
 * transaction that names a counter is cancelled with TransactionConflict, and a single update of
 * a counter meets one conflict before it passes. DynamoDB Local never raises either, so they are
 * injected here; every other request goes to the emulator. `hang` makes a request never answer
 * (a function that died there).
 */
const busyCounters = (options: { hang?: (command: unknown) => boolean; before?: (command: unknown) => Promise<void> } = {}) => {
  const seen = { counterTransactions: 0, counterUpdates: 0, queries: 0 };
  let conflictedUpdates = 0;
  const send = async (command: unknown) => {
    if (options.hang?.(command)) return new Promise(() => undefined);
    await options.before?.(command);
    if (command instanceof QueryCommand) seen.queries += 1;
    if (namesCounter(command) && command instanceof TransactWriteCommand) {
      seen.counterTransactions += 1;
      throw new TransactionCanceledException({ message: 'Transaction cancelled [TransactionConflict]', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }] });
    }
    if (namesCounter(command) && command instanceof UpdateCommand) {
      seen.counterUpdates += 1;
      if (conflictedUpdates++ % 2 === 0) throw new TransactionConflictException({ message: 'Transaction is ongoing for the item', $metadata: {} });
    }
    return db.send(command as GetCommand);
  };
  const client = new Proxy(db, { get: (target, property, receiver) => (property === 'send' ? send : Reflect.get(target, property, receiver)) }) as DynamoDBDocumentClient;
  return { client, seen, applications: dynamoApplicationStore(client, stack.tableName) };
};

/** Every request sent, and nothing injected. */
const recording = () => {
  const sent: unknown[] = [];
  const client = new Proxy(db, {
    get: (target, property, receiver) =>
      property === 'send'
        ? (command: GetCommand) => {
            sent.push(command);
            return db.send(command);
          }
        : Reflect.get(target, property, receiver),
  }) as DynamoDBDocumentClient;
  return { sent, applications: dynamoApplicationStore(client, stack.tableName) };
};

const until = async (done: () => Promise<boolean>) => {
  for (let tries = 0; !(await done()); tries += 1) {
    if (tries > 200) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  db = createDocumentClient(new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb }));
  store = storeOf(stack);
  await seedApplications(store.applications, [
    french(1, '1701'),
    french(2, '1701', { documents: { cv: document('cv', 2), confirmationLetter: document('confirmationLetter', 2) } }),
    complete(3, '1701'),
    // The letter is the candidate's copy, waiting for the NCB: incomplete until the NCB confirms it.
    complete(4, '1701', { documents: { cv: document('cv', 4), confirmationLetter: document('confirmationLetter', 4, 'candidate') } }),
    french(5, '1701'),
    complete(10, '1703', { status: 'screening' }),
    french(11, '1703'),
    french(12, '1703', { status: 'withdrawn' }),
  ]);
  // As after a deploy of this version: the reconciliation run once makes every vacancy's counter.
  await runJob('count-reconciliation', NOW);
  // Vacancies written as the previous version left them: no counter.
  const vacancies = dynamoVacancyStore(db, stack.tableName);
  for (const number of ['1890', '1891']) await vacancies.put(openVacancy({ number, title: `Counted ${number}` }));
  [hr, france] = await Promise.all([staffClient(stack, hrOfficer), staffClient(stack, ncbFrance)]);
});
afterAll(async () => {
  store?.close();
  db?.destroy();
  await stack?.stop();
});

describe('the counts move in the transaction of each change', () => {
  it('a submission counts as unconfirmed, its confirmation as received, its withdrawal as withdrawn', async () => {
    const before = await expectInStep('1701');

    const submitted = await callPublicApi(stack.url, 'POST', '/applications', { body: aminaSubmission({ email: 'counted.submitter@police.example' }) });
    expect(submitted.status).toBe(201);
    const id = String(submitted.body.applicationId);
    const afterSubmit = await expectInStep('1701');
    expect(afterSubmit.unconfirmed).toBe(before.unconfirmed + 1);

    expect((await confirmFromReceipt(stack.url, id)).status).toBe(200);
    const afterConfirm = await expectInStep('1701');
    expect(afterConfirm).toMatchObject({ unconfirmed: before.unconfirmed, byStatus: { submitted: before.byStatus.submitted + 1 } });
    expect(afterConfirm.incomplete).toBe(before.incomplete + 1);

    const withdrawn = await callPublicApi(stack.url, 'POST', `/applications/${id}/withdraw`, { token: String(submitted.body.statusToken) });
    expect(withdrawn.status).toBe(200);
    const afterWithdraw = await expectInStep('1701');
    expect(afterWithdraw).toMatchObject({ incomplete: before.incomplete, byStatus: { submitted: before.byStatus.submitted, withdrawn: before.byStatus.withdrawn + 1 } });
  });

  it('a staff edit, a bulk edit, the NCB decision and the NCB letter confirmation move them', async () => {
    const before = await expectInStep('1701');

    expect((await hr('PATCH', `/admin/applications/${idOf(3)}`, { version: await versionOf(idOf(3)), status: 'screening' })).status).toBe(200);
    const afterPatch = await expectInStep('1701');
    expect(afterPatch.byStatus).toMatchObject({ submitted: before.byStatus.submitted - 1, screening: before.byStatus.screening + 1 });

    const bulk = await hr('POST', '/admin/applications/bulk', { rows: [{ id: idOf(1), version: await versionOf(idOf(1)) }], changes: { status: 'rejected' } });
    expect(bulk.status).toBe(200);
    const afterBulk = await expectInStep('1701');
    // A rejected application waits for nothing: out of the incomplete count.
    expect(afterBulk).toMatchObject({ incomplete: afterPatch.incomplete - 1, byStatus: { rejected: before.byStatus.rejected + 1 } });

    const decided = await france('POST', `/admin/applications/${idOf(2)}/ncb`, { version: await versionOf(idOf(2)), decision: 'validated', clearance: 'Basic', screenedOn: '2026-10-01' });
    expect(decided.status).toBe(200);
    const afterDecision = await expectInStep('1701');
    expect(afterDecision.incomplete).toBe(afterBulk.incomplete - 1);

    const confirmed = await france('POST', `/admin/applications/${idOf(4)}/documents/confirmationLetter/confirm`, { version: await versionOf(idOf(4)) });
    expect(confirmed.status).toBe(200);
    const afterLetter = await expectInStep('1701');
    expect(afterLetter.incomplete).toBe(afterDecision.incomplete - 1);
    expect(await summaryOf('1701')).toMatchObject(summaryFigures(afterLetter));
  });

  it('a document recorded by an upload’s completion moves them (the store’s write the complete routes make)', async () => {
    const before = await expectInStep('1701');
    const current = await store.applications.get(idOf(5));
    if (!current) throw new Error('seeded application missing');
    const audit: AuditEntry = { at: NOW, by: 'candidate', action: 'document-received', changes: {} };

    // Complete but for the CV...
    await store.applications.update(idOf(5), current.version, { documents: { confirmationLetter: document('confirmationLetter', 5) }, ncbValidation: validation }, audit, current);
    expect(await expectInStep('1701')).toEqual(before);
    const next = await store.applications.get(idOf(5));
    // ...then the CV arrives: complete.
    await store.applications.update(idOf(5), next?.version ?? 0, { documents: { ...next?.documents, cv: document('cv', 5) } }, audit, next);
    expect((await expectInStep('1701')).incomplete).toBe(before.incomplete - 1);
  });

  it('a cancelled vacancy’s sweep moves its open applications to rejected', async () => {
    const before = await expectInStep('1703');
    const vacancy = (await hr('GET', '/admin/vacancies/1703')).body;
    const { number: _number, ...fields } = vacancy;

    expect((await hr('PUT', '/admin/vacancies/1703', { ...fields, status: 'cancelled' })).status).toBe(200);

    const after = await expectInStep('1703');
    const active = applicationStatuses.filter((status) => !isFinal(status));
    const wereActive = active.reduce((sum, status) => sum + before.byStatus[status], 0);
    expect(wereActive).toBeGreaterThanOrEqual(2);
    expect(after.byStatus).toMatchObject({ rejected: before.byStatus.rejected + wereActive, withdrawn: before.byStatus.withdrawn });
    expect(active.map((status) => after.byStatus[status])).toEqual(active.map(() => 0));
    expect(after.incomplete).toBe(0);
  });
});

describe('a vacancy created with this version', () => {
  it('gets its counter, all zero, in the transaction that creates it, so its first submission moves it there and then', async () => {
    const vacancies = dynamoVacancyStore(db, stack.tableName);
    await vacancies.create(openVacancy({ number: '1880', title: 'Counted from its first day' }), { at: NOW, by: hrOfficer.email, version: 1, action: 'created', changes: {} });

    const created = await counterItemOf('1880');
    const submitted = await callPublicApi(stack.url, 'POST', '/applications', { body: aminaSubmission({ vacancy: '1880', email: 'counted.first.day@police.example' }) });

    // Unstamped: the next reconciliation recounts it once before it trusts it.
    expect(created).toMatchObject({ revision: 1, unconfirmed: 0, status_submitted: 0, incomplete: 0 });
    expect(created?.reconciledAt).toBeUndefined();
    expect(submitted.status).toBe(201);
    expect(await expectInStep('1880')).toMatchObject({ unconfirmed: 1 });
    expect((await counterItemOf('1880'))?.revision).toBe(2);
  });
});

describe('data stored before the counters (no counter item)', () => {
  const oldShape = [
    french(20, '1890'),
    complete(21, '1890', { status: 'screening' }),
    complete(22, '1890', { status: 'withdrawn' }),
    french(23, '1890', { emailConfirmation: { tokenHash: 'x', expiresAt: '2026-11-25T09:00:00.000Z' } }),
    french(24, '1890', { status: 'shortlisted' }),
  ];

  it('answers the summary from the rows, and a change writes no counter: the reconciliation makes it', async () => {
    await writeOldShape(oldShape);
    expect(await counterOf('1890')).toBeUndefined();
    const counted = await recount('1890');
    expect(counted).toMatchObject({ unconfirmed: 1, incomplete: 2, byStatus: { submitted: 1, screening: 1, withdrawn: 1, shortlisted: 1 } });

    expect(await summaryOf('1890')).toMatchObject(summaryFigures(counted));
    // A read creates nothing: the summary holds no write grant.
    expect(await counterOf('1890')).toBeUndefined();

    expect((await hr('PATCH', `/admin/applications/${idOf(20)}`, { version: 1, status: 'rejected' })).status).toBe(200);
    expect(await counterOf('1890')).toBeUndefined();
    const after = await recount('1890');
    expect(after.byStatus).toMatchObject({ submitted: 0, rejected: 1 });
    expect(await summaryOf('1890')).toMatchObject(summaryFigures(after));
  });

  it('a change of a vacancy with no counter reads none of its rows (a large vacancy would outlast the request)', async () => {
    const { sent, applications } = recording();
    const current = await store.applications.get(idOf(24));
    if (!current) throw new Error('written above');
    const audit: AuditEntry = { at: NOW, by: hrOfficer.email, action: 'status-changed', changes: {} };

    await applications.update(idOf(24), current.version, { status: 'rejected', updatedAt: NOW }, audit, current);

    expect(sent.filter((command) => command instanceof QueryCommand)).toEqual([]);
    expect(await counterOf('1890')).toBeUndefined();
  });
});

describe('changes at once', () => {
  const many = Array.from({ length: 8 }, (_, k) => complete(30 + k, '1891'));

  it('eight changes at once with no counter yet all land, and the reconciliation makes the counter from them', async () => {
    await writeOldShape(many);

    const answers = await Promise.all(many.map((application) => hr('PATCH', `/admin/applications/${application.id}`, { version: 1, status: 'screening' })));

    expect(answers.map((answer) => answer.status)).toEqual(many.map(() => 200));
    expect(await counterOf('1891')).toBeUndefined();
    expect((await summaryOf('1891'))?.counts).toMatchObject({ submitted: 0, screening: 8 });
    await runJob('count-reconciliation', SOON);
    expect((await expectInStep('1891')).byStatus).toMatchObject({ submitted: 0, screening: 8 });
  });

  it('two edits of one application at once: one lands, one is refused, and the counter counts the one', async () => {
    const answers = await Promise.all([
      hr('PATCH', `/admin/applications/${idOf(30)}`, { version: 2, status: 'rejected' }),
      hr('PATCH', `/admin/applications/${idOf(30)}`, { version: 2, status: 'shortlisted' }),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await expectInStep('1891')).byStatus.screening).toBe(7);
  });

  it('changes of different applications at once on a counter that exists leave it equal to a recount', async () => {
    const moves = many.slice(1).map(async (application, k) =>
      hr('PATCH', `/admin/applications/${application.id}`, { version: 2, status: k % 2 === 0 ? 'shortlisted' : 'rejected' }),
    );

    expect((await Promise.all(moves)).map((answer) => answer.status)).toEqual(many.slice(1).map(() => 200));
    // idOf(30) is rejected or shortlisted, whichever edit of the race won.
    const after = await expectInStep('1891');
    expect(after.byStatus.screening).toBe(0);
    expect(after.byStatus.shortlisted + after.byStatus.rejected).toBe(8);
  });
});

describe('count-reconciliation through /_local/jobs', () => {
  it('repairs a counter that drifted and creates those a stage never wrote; the next run recounts both before it trusts them', async () => {
    await dynamoVacancyStore(db, stack.tableName).put(openVacancy({ number: '1898', title: 'Counted 1898' }));
    await writeOldShape([french(40, '1898'), complete(41, '1898', { status: 'interviewed' })]);
    // A drift: the counter says three more screenings than the rows hold.
    await db.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: { pk: 'VACANCY#1701', sk: 'COUNTS' },
        UpdateExpression: 'ADD status_screening :three, revision :one',
        ExpressionAttributeValues: { ':three': 3, ':one': 1 },
      }),
    );

    const first = await runJob('count-reconciliation', LATER);

    expect(first).toMatchObject({ repaired: 1, created: expect.any(Number) as number });
    expect(first.created).toBeGreaterThanOrEqual(1);
    await expectInStep('1701');
    expect(await expectInStep('1898')).toMatchObject({ incomplete: 1, byStatus: { submitted: 1, interviewed: 1 } });
    // Made from an index that may lag: not stamped, so the next run counts them again (and finds them right).
    const second = await runJob('count-reconciliation', LATER_STILL);
    expect(second).toMatchObject({ repaired: 0, created: 0, deferred: 0 });
    expect(second.confirmed).toBeGreaterThanOrEqual(Number(first.repaired) + Number(first.created));
    const third = await runJob('count-reconciliation', LATER_STILL);
    expect(third).toMatchObject({ repaired: 0, created: 0, confirmed: 0, skipped: first.vacancies });
  });

  it('leaves a counter changed in the last minute to the next run', async () => {
    expect((await hr('PATCH', `/admin/applications/${idOf(40)}`, { version: 1, status: 'screening' })).status).toBe(200);

    const soon = await runJob('count-reconciliation', NOW);

    expect(soon.deferred).toBe(1);
    await expectInStep('1898');
  });
});

describe('deletions', () => {
  it('the retention purge and the purge of unconfirmed applications take what they delete out of the counts', async () => {
    const beforeUnconfirmed = await recount('1890');
    expect(beforeUnconfirmed.unconfirmed).toBe(1);
    const before1703 = await recount('1703');

    // Past the unconfirmed application's expiry, and 183 days after 1703 ended (cancelled: its applications are unsuccessful).
    const summary = await runJob('retention-purge', '2027-08-01T03:00:00.000Z');

    expect(summary.unconfirmedPurged).toBeGreaterThanOrEqual(1);
    expect((await expectInStep('1890')).unconfirmed).toBe(0);
    const after1703 = await expectInStep('1703');
    expect(after1703.byStatus.rejected).toBeLessThan(before1703.byStatus.rejected);
  });
});

describe('one rule for what is incomplete', () => {
  it('counts a row by its fields, not by an index mark an earlier rule left on it: in the recount, the changes and an NCB officer’s summary alike', async () => {
    const { incomplete } = tableDesign.indexes;
    // Complete by its fields, but stored with the incomplete index's keys, as an earlier rule could have left it.
    await dynamoVacancyStore(db, stack.tableName).put(openVacancy({ number: '1893', title: 'Counted 1893' }));
    const marked = complete(60, '1893');
    await db.send(
      new PutCommand({ TableName: stack.tableName, Item: { ...applicationItem(marked), [incomplete.partitionKey]: 'INCOMPLETE#1893', [incomplete.sortKey]: `${marked.submittedAt}#${marked.id}` } }),
    );
    await writeOldShape([french(61, '1893')]);
    await runJob('count-reconciliation', RULE_TIME);
    const before = await expectInStep('1893');
    expect(before).toMatchObject({ incomplete: 1, byStatus: { submitted: 2 } });
    const ncbEntry = async () => ((await france('GET', '/admin/applications/summary')).body.items as Array<Record<string, unknown>>).find((item) => item.vacancy === '1893');
    expect(await ncbEntry()).toMatchObject(summaryFigures(before));

    expect((await hr('PATCH', `/admin/applications/${idOf(60)}`, { version: 1, status: 'rejected' })).status).toBe(200);

    const after = await expectInStep('1893');
    expect(after).toMatchObject({ incomplete: 1, byStatus: { submitted: 1, rejected: 1 } });
    expect(await ncbEntry()).toMatchObject(summaryFigures(after));
  });
});

describe('batches of rows: a bulk edit, an import, a cancelled vacancy’s sweep', () => {
  const rowsOf = (vacancy: string, first: number, length: number) => Array.from({ length }, (_, k) => complete(first + k, vacancy));
  /** A vacancy with rows, and its counter made by the reconciliation. */
  const prepared = async (vacancy: string, rows: Application[]) => {
    await dynamoVacancyStore(db, stack.tableName).put(openVacancy({ number: vacancy, title: `Counted ${vacancy}` }));
    await writeOldShape(rows);
    await runJob('count-reconciliation', BATCH_TIME);
    return expectInStep(vacancy);
  };

  it('a bulk edit of 40 rows lands every row while each transaction naming the counter is cancelled (TransactionConflict, injected: DynamoDB Local never raises it), and adds their sum once', async () => {
    const rows = rowsOf('1894', 100, 40);
    const before = await prepared('1894', rows);
    const busy = busyCounters();

    const { results } = await bulkEdit(busy.applications, hrPrincipal, { rows: rows.map(({ id }) => ({ id, version: 1 })), changes: { status: 'rejected' } }, new Date(BATCH_TIME));

    expect(results.map((result) => result.outcome)).toEqual(rows.map(() => 'applied'));
    expect(busy.seen.counterTransactions).toBe(0);
    // The mark before the rows and the sum after them, each met once by a conflict and sent again.
    expect(busy.seen.counterUpdates).toBe(4);
    const after = await expectInStep('1894');
    expect(after.byStatus).toMatchObject({ submitted: before.byStatus.submitted - 40, rejected: before.byStatus.rejected + 40 });
    expect((await counterItemOf('1894'))?.pending).toBeUndefined();
  });

  it('a cancelled vacancy’s sweep and an import do the same under the same injected conflicts', async () => {
    const swept = rowsOf('1895', 200, 30);
    const imported = rowsOf('1896', 250, 30);
    await prepared('1895', swept);
    const beforeImport = await prepared('1896', imported);
    const busy = busyCounters();

    const ended = await endApplicationsOfCancelledVacancy(busy.applications, hrPrincipal, '1895', new Date(BATCH_TIME));
    const report = await importApplications(
      busy.applications,
      hrPrincipal,
      imported.map(({ id }, k) => ({ row: k + 2, id, version: 1, values: { status: 'rejected', score: null, note: null }, problems: [] })),
      { dryRun: false, now: new Date(BATCH_TIME) },
    );

    expect(ended).toBe(30);
    expect(report.counts).toMatchObject({ applied: 30, conflict: 0, invalid: 0 });
    expect(busy.seen.counterTransactions).toBe(0);
    expect((await expectInStep('1895')).byStatus).toMatchObject({ submitted: 0, rejected: 30 });
    expect((await expectInStep('1896')).byStatus).toMatchObject({ submitted: beforeImport.byStatus.submitted - 30, rejected: 30 });
  });

  it('a batch that dies between its rows and its sum leaves the counter marked: reads count the rows, and the reconciliation sets it to a recount once no batch can still be running', async () => {
    const rows = rowsOf('1897', 300, 12);
    const before = await prepared('1897', rows);
    // The function dies after writing its rows: the write of the sum never returns.
    const dying = busyCounters({ hang: (command) => command instanceof UpdateCommand && String(command.input.UpdateExpression).includes('DELETE') });

    void bulkEdit(dying.applications, hrPrincipal, { rows: rows.map(({ id }) => ({ id, version: 1 })), changes: { status: 'rejected' } }, new Date(BATCH_TIME));
    await until(async () => (await recount('1897')).byStatus.rejected === 12);

    expect((await counterItemOf('1897'))?.pending).toBeInstanceOf(Set);
    expect(await counterOf('1897')).toEqual(before);
    const rowsNow = await recount('1897');
    expect(await summaryOf('1897')).toMatchObject(summaryFigures(rowsNow));

    // Five minutes on, the batch might still run: left alone.
    await runJob('count-reconciliation', '2026-11-22T11:05:00.000Z');
    expect(await counterOf('1897')).toEqual(before);
    // Twenty minutes on, no function can still run it.
    const late = await runJob('count-reconciliation', '2026-11-22T11:20:00.000Z');

    expect(late.released).toBe(1);
    await expectInStep('1897');
    expect((await counterItemOf('1897'))?.pending).toBeUndefined();
  });
});

describe('a batch on a vacancy with no counter', () => {
  it('writes none, and marks the counter the reconciliation made meanwhile, so that it is recounted rather than trusted', async () => {
    await dynamoVacancyStore(db, stack.tableName).put(openVacancy({ number: '1899', title: 'Counted 1899' }));
    const rows = Array.from({ length: 10 }, (_, k) => complete(400 + k, '1899'));
    await writeOldShape(rows);
    let reconciled = false;
    // The nightly run lands while the batch writes its rows.
    const busy = busyCounters({
      before: async (command) => {
        if (reconciled || !(command instanceof TransactWriteCommand)) return;
        reconciled = true;
        await runJob('count-reconciliation', '2026-11-22T12:00:00.000Z');
      },
    });

    const { results } = await bulkEdit(busy.applications, hrPrincipal, { rows: rows.map(({ id }) => ({ id, version: 1 })), changes: { status: 'rejected' } }, new Date('2026-11-22T12:00:00.000Z'));

    expect(results.map((result) => result.outcome)).toEqual(rows.map(() => 'applied'));
    expect(busy.seen.counterTransactions).toBe(0);
    expect((await counterItemOf('1899'))?.pending).toBeInstanceOf(Set);
    expect(await summaryOf('1899')).toMatchObject(summaryFigures(await recount('1899')));
    const late = await runJob('count-reconciliation', '2026-11-22T12:20:00.000Z');
    expect(late.released).toBeGreaterThanOrEqual(1);
    expect((await expectInStep('1899')).byStatus).toMatchObject({ submitted: 0, rejected: 10 });
  });
});

describe('the purge of unconfirmed applications', () => {
  it('sends its delete again when a transaction on the counter is in flight (TransactionConflict, injected: DynamoDB Local never raises it)', async () => {
    const waiting = french(70, '1894', { emailConfirmation: { tokenHash: 'x', expiresAt: '2026-11-25T09:00:00.000Z' } });
    await seedApplications(store.applications, [waiting]);
    const before = await expectInStep('1894');
    let conflicts = 0;
    const client = new Proxy(db, {
      get: (target, property, receiver) =>
        property === 'send'
          ? (command: GetCommand) => {
              if (command instanceof TransactWriteCommand && conflicts === 0) {
                conflicts += 1;
                throw new TransactionCanceledException({ message: 'Transaction cancelled [TransactionConflict]', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }] });
              }
              return db.send(command);
            }
          : Reflect.get(target, property, receiver),
    }) as DynamoDBDocumentClient;

    const discarded = await dynamoUnconfirmedStore(client, stack.tableName).discard(waiting, new Date('2026-11-26T00:00:00.000Z'));

    expect(discarded).toBe(true);
    expect(conflicts).toBe(1);
    expect((await expectInStep('1894')).unconfirmed).toBe(before.unconfirmed - 1);
  });
});
