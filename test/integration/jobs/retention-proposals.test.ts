import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoProposalStore } from '#functions/adapters/dynamodb/proposal-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { receivedKey, uploadKey } from '#shared/documents/keys.js';
import type { Proposal, ProposalState } from '#shared/proposals/proposal.js';
import type { ProposalStore } from '#shared/proposals/store.js';
import type { ProposalCreate } from '#shared/proposals/schema.js';
import type { VacancyAuditEntry } from '#shared/vacancies/store.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { startTestStack } from '../../support/local-stack.js';
import { proposalBody } from '../../support/proposals.js';
import { settableClock } from '../../support/settable-clock.js';
import { seedApplications } from '../../support/staff.js';

/**
 * Issue 15, point 7: a proposal that never became an application (declined, withdrawn, lapsed) is
 * purged by `retention-purge` once it has been closed longer than an unsuccessful application is
 * kept (the local stage's 183 days), documents, history and owed email with it; a matched one is
 * kept as long as its application, and goes with it.
 */
const DAY = 24 * 60 * 60 * 1000;
const RUN = new Date('2026-12-01T03:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
let table: DynamoDBDocumentClient;
let s3: S3Client;
let proposals: ProposalStore;

beforeAll(async () => {
  stack = await startTestStack(settableClock('2026-11-22T09:00:00Z'));
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  table = createDocumentClient(dynamo);
  s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  proposals = dynamoProposalStore(table, stack.tableName);
});
afterAll(async () => {
  dynamo?.destroy();
  s3?.destroy();
  await stack?.stop();
});

type Summary = Record<string, number>;
const runPurge = async (now: Date): Promise<Summary> => {
  const response = await fetch(`${stack.url}/_local/jobs/retention-purge?now=${now.toISOString()}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the job answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { summary: Summary }).summary;
};

const ncb = 'ncb.lyon@interpol.fr.example';
const hr = 'hr.officer@secondment-hub.local';

/** A proposal as the API leaves it once open: both documents in the bucket (and an upload never completed). */
const openProposal = async (id: string, proposedAt: string, givenName: string): Promise<Proposal> => {
  const body = proposalBody('FR', { givenName, familyName: 'Lefèvre', email: `${givenName.toLowerCase()}.lefevre@interieur.gouv.fr` }) as ProposalCreate;
  const documents: Proposal['documents'] = {};
  for (const [index, kind] of (['cv', 'confirmationLetter'] as const).entries()) {
    const key = receivedKey(id, kind, `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: `%PDF-1.4 ${kind} of ${givenName}`, ContentType: 'application/pdf' }));
    documents[kind] = { key, contentType: 'application/pdf', size: 20, sha256: 'x', receivedAt: proposedAt, suppliedBy: 'ncb' };
  }
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: uploadKey(id, 'cv', '11111111-0000-4000-8000-000000000000'), Body: 'abandoned' }));
  const open: Proposal = {
    ...body,
    id,
    country: 'FR',
    state: 'open',
    documents,
    proposedBy: ncb,
    proposedAt,
    lapsesAt: at(Date.parse(proposedAt) + 180 * DAY),
    updatedAt: proposedAt,
    version: 1,
  };
  await proposals.create(open, { at: proposedAt, by: ncb, action: 'proposed', changes: {} });
  return open;
};

/** A proposal closed at `closedAt` through the store's move, with the email the move owes the NCB. */
const closedProposal = async (id: string, state: Extract<ProposalState, 'declined' | 'withdrawn' | 'lapsed'>, closedAt: string, givenName: string) => {
  const open = await openProposal(id, at(Date.parse(closedAt) - (state === 'lapsed' ? 180 : 20) * DAY), givenName);
  const by = state === 'declined' ? hr : state === 'withdrawn' ? ncb : 'system';
  const closed: Proposal = { ...open, state, closed: { at: closedAt, by, reason: 'No unit needs this profile now.' }, updatedAt: closedAt, version: 2 };
  await proposals.update(closed, 1, { at: closedAt, by, action: state, changes: { state: { from: 'open', to: state } } }, state === 'withdrawn' ? undefined : { proposalId: id, kind: state, at: closedAt });
  return closed;
};

/** A proposal matched to an application of the same id on `vacancy`, as the match writes both. */
const matchedProposal = async (id: string, vacancy: string, status: 'rejected' | 'submitted', givenName: string) => {
  const matchedAt = '2026-01-05T10:00:00.000Z';
  const open = await openProposal(id, '2025-12-20T10:00:00.000Z', givenName);
  const matched: Proposal = { ...open, state: 'matched', match: { vacancyNumber: vacancy, applicationId: id, matchedAt, matchedBy: hr }, updatedAt: matchedAt, version: 2 };
  await proposals.update(matched, 1, { at: matchedAt, by: hr, action: 'matched', changes: { state: { from: 'open', to: 'matched' } } });
  const application = aminaApplication({ id, vacancy, status, givenName, email: open.officer.email, documents: open.documents, origin: { proposalId: id } });
  await seedApplications(dynamoApplicationStore(table, stack.tableName), [application]);
  return matched;
};

const itemsOf = async (id: string) =>
  (await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `PROPOSAL#${id}` } })))
    .Items ?? [];

/** The objects under the proposal's keys, received and uploaded (the purge deletes every version; the emulator lists current objects). */
const objectsOf = async (id: string): Promise<number> => {
  let count = 0;
  for (const prefix of [`applications/${id}/`, `uploads/${id}/`]) {
    const listing = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }));
    count += listing.Contents?.length ?? 0;
  }
  return count;
};

const owedEmailsOf = async (id: string) =>
  ((await table.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'PROPOSAL_EMAILS_OWED' } }))).Items ?? []).filter(
    (item) => item.proposalId === id,
  );

const audit = (when: string, version: number, action: VacancyAuditEntry['action']): VacancyAuditEntry => ({ at: when, by: hr, version, action, changes: {} });

// The periods end 183 days after each close: the run falls an hour after the first's, a day before the second's.
const declinedPast = 'c0000000-0000-4000-8000-000000000001';
const declinedDayBefore = 'c0000000-0000-4000-8000-000000000002';
const withdrawnPast = 'c0000000-0000-4000-8000-000000000003';
const lapsedPast = 'c0000000-0000-4000-8000-000000000004';
const matchedKept = 'c0000000-0000-4000-8000-000000000005';
const matchedPurged = 'c0000000-0000-4000-8000-000000000006';
let first: Summary;
let second: Summary;

describe('retention-purge, proposals that never became applications', () => {
  beforeAll(async () => {
    await closedProposal(declinedPast, 'declined', at(RUN.getTime() - 183 * DAY - 60 * 60 * 1000), 'Mathilde');
    await closedProposal(declinedDayBefore, 'declined', at(RUN.getTime() - 182 * DAY), 'Bastien');
    await closedProposal(withdrawnPast, 'withdrawn', '2026-04-01T08:00:00.000Z', 'Odile');
    await closedProposal(lapsedPast, 'lapsed', '2026-05-01T05:00:00.000Z', 'Gaspard');
    // Vacancy R-950 filled on 1 March 2026: its unsuccessful candidates' retention is over by the run; 1701 (demo) is open.
    const vacancies = dynamoVacancyStore(table, stack.tableName);
    let stored = await vacancies.create(openVacancy({ number: 'R-950', publishedAt: '2026-01-01', deadline: '2026-01-15', secondmentType: 'short-term' }), audit('2026-01-01T08:00:00.000Z', 1, 'created'));
    stored = await vacancies.update({ ...stored, status: 'closed' }, stored.version, audit('2026-01-16T08:00:00.000Z', 2, 'close'));
    await vacancies.update({ ...stored, status: 'filled' }, stored.version, audit('2026-03-01T10:00:00.000Z', 3, 'fill'));
    await matchedProposal(matchedKept, '1701', 'submitted', 'Romane');
    await matchedProposal(matchedPurged, 'R-950', 'rejected', 'Anatole');

    first = await runPurge(RUN);
    second = await runPurge(RUN);
  });

  it('deletes a declined, a withdrawn and a lapsed proposal closed longer ago than the period: items, owed email and every S3 object', async () => {
    for (const id of [declinedPast, withdrawnPast, lapsedPast]) {
      expect(await proposals.get(id)).toBeUndefined();
      expect(await itemsOf(id)).toEqual([]);
      expect(await owedEmailsOf(id)).toEqual([]);
      expect(await objectsOf(id)).toBe(0);
    }
  });

  it('keeps a declined proposal whose period ends a day after the run, with its history and documents', async () => {
    expect(await proposals.get(declinedDayBefore)).toMatchObject({ state: 'declined' });
    expect(await proposals.history(declinedDayBefore)).toHaveLength(2);
    expect(await objectsOf(declinedDayBefore)).toBe(3);
  });

  it('keeps a matched proposal as long as its application, and purges it with its application', async () => {
    expect(await proposals.get(matchedKept)).toMatchObject({ state: 'matched' });
    expect(await objectsOf(matchedKept)).toBe(3);
    expect(await proposals.get(matchedPurged)).toBeUndefined();
    expect(await itemsOf(matchedPurged)).toEqual([]);
    expect(await objectsOf(matchedPurged)).toBe(0);
  });

  it('leaves no personal value of a purged officer anywhere in the table', async () => {
    // The test, not the job, reads the whole table: the only way to show that nothing is left anywhere.
    const { Items = [] } = await table.send(new ScanCommand({ TableName: stack.tableName }));
    const everything = JSON.stringify(Items);
    for (const value of [declinedPast, withdrawnPast, lapsedPast, matchedPurged, 'Mathilde', 'Odile', 'Gaspard', 'Anatole']) expect(everything).not.toContain(value);
  });

  it('counts what it purged in its summary, numbers only', () => {
    // Three proposals: 2 documents + 1 abandoned upload each; the proposal, its 2 audit entries each.
    expect(first).toMatchObject({ proposalsPurged: 3, proposalDocumentsDeleted: 9, proposalItemsDeleted: 9, applicationsPurged: 1 });
    expect(Object.values(first).every((value) => typeof value === 'number')).toBe(true);
  });

  it('changes and counts nothing when run twice', async () => {
    expect(second).toMatchObject({ proposalsPurged: 0, proposalDocumentsDeleted: 0, proposalItemsDeleted: 0, applicationsPurged: 0 });
    expect(await proposals.get(declinedDayBefore)).toMatchObject({ state: 'declined' });
    expect(await proposals.get(matchedKept)).toMatchObject({ state: 'matched' });
  });

  it('purges the one kept on the day its period is over', async () => {
    const later = await runPurge(new Date(RUN.getTime() + DAY + 60 * 1000));

    expect(later).toMatchObject({ proposalsPurged: 1 });
    expect(await proposals.get(declinedDayBefore)).toBeUndefined();
    expect(await objectsOf(declinedDayBefore)).toBe(0);
  });
});
