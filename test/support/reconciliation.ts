import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { LocalStack } from '#infra/local/stack.js';
import { openWith } from '#shared/applications/secrets.js';
import { RECEIVED_PREFIX } from '#shared/documents/keys.js';
import type { DocumentKind, ReceivedDocument } from '#shared/documents/kinds.js';

/** What a client was told when an application was accepted (a 201), and what it completed since. */
export interface AcceptedApplication {
  applicationId: string;
  email: string;
  vacancy: string;
  /** The Idempotency-Key it was submitted with, if any: links the table's idempotency record to it. */
  idempotencyKey?: string;
  /** Documents whose `complete` answered 200, with the size that answer gave. */
  documents: Partial<Record<DocumentKind, { size: number }>>;
}

type Item = Record<string, unknown> & { pk: string; sk: string };

/** An application as the table holds it (only what the reconciliation reads). */
export interface StoredApplication {
  id: string;
  email: string;
  vacancy: string;
  status: string;
  documents: Partial<Record<DocumentKind, ReceivedDocument>>;
  /** Absent on an application of the previous version (confirmed); `confirmedAt` absent while its address waits. */
  emailConfirmation?: { tokenHash: string; expiresAt: string; confirmedAt?: string };
}

/** Confirmed: written before confirmation existed, or its address confirmed since; only then does it hold the one-per-email entry. */
const isConfirmed = (application: StoredApplication) => application.emailConfirmation === undefined || application.emailConfirmation.confirmedAt !== undefined;

export interface EmailClaimItem {
  scope: string;
  kind: string;
  day: string;
  state: string;
}

export interface Reconciliation {
  /** Every broken rule found, one sentence each; empty when all holds. */
  problems: string[];
  counts: Record<'applications' | 'uniquenessEntries' | 'auditEntries' | 'idempotencyRecords' | 'documentObjects' | 'pendingReceipts' | 'claims', number>;
  applications: Map<string, StoredApplication>;
  claims: EmailClaimItem[];
}

export interface ReconciliationOptions {
  /**
   * `accepted` lists every application the clients submitted (each was retried until a 201): then
   * an application, or an idempotency record, that none of them got is a problem too.
   */
  exhaustive?: boolean;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The one-per-email entry's key, as functions/adapters/dynamodb/application-store.ts writes it. */
const uniquenessPk = (vacancy: string, email: string) => `APPLICANT#${vacancy}#${sha256Hex(email)}`;

const scanTable = async (client: DynamoDBDocumentClient, tableName: string): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

const listObjects = async (client: S3Client, bucket: string, prefix: string): Promise<Map<string, number>> => {
  const objects = new Map<string, number>();
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) objects.set(object.Key, object.Size ?? -1);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
};

/**
 * Reads the whole table and the documents' prefix of the bucket through real SDK clients and
 * checks that every accepted application is whole (its record, its one-per-email entry once its
 * address is confirmed and none naming it before, its audit trail starting with `submitted`,
 * each document it references stored at its key with its size) and that nothing is left without
 * its application (uniqueness entries, idempotency records, audit entries, owed receipts, email
 * claims, document objects). An owed receipt of an unconfirmed application carries its
 * confirmation token, as it carries the status token. For small tables: tests.
 */
export const reconcile = async (
  stack: Pick<LocalStack, 'endpoints' | 'tableName' | 'bucket'>,
  accepted: readonly AcceptedApplication[],
  options: ReconciliationOptions = {},
): Promise<Reconciliation> => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const s3 = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.s3, forcePathStyle: true });
  try {
    const [items, objects] = await Promise.all([
      scanTable(DynamoDBDocumentClient.from(dynamo), stack.tableName),
      listObjects(s3, stack.bucket, RECEIVED_PREFIX),
    ]);
    const problems: string[] = [];
    const applications = new Map<string, StoredApplication>();
    const audits = new Map<string, Item[]>();
    const uniqueness = new Map<string, Item>();
    const idempotency: Item[] = [];
    const pendingReceipts: Item[] = [];
    const claims: Array<EmailClaimItem & { pk: string }> = [];
    for (const item of items) {
      const { pk, sk } = item;
      if (pk.startsWith('APPLICATION#') && sk === 'APPLICATION') applications.set(pk.slice('APPLICATION#'.length), item as unknown as StoredApplication);
      else if (pk.startsWith('APPLICATION#') && sk.startsWith('AUDIT#')) audits.set(pk, [...(audits.get(pk) ?? []), item]);
      else if (pk.startsWith('APPLICANT#')) uniqueness.set(pk, item);
      else if (pk.startsWith('IDEMPOTENCY#')) idempotency.push(item);
      else if (item.entity === 'pending-receipt') pendingReceipts.push(item);
      else if (sk.startsWith('CLAIM#')) {
        const [, kind = '', day = ''] = /^CLAIM#(.+)#([^#]+)$/.exec(sk) ?? [];
        claims.push({ pk, scope: pk, kind, day, state: String(item.state ?? 'sent') });
      }
    }

    // Every accepted application is whole.
    for (const client of accepted) {
      const id = client.applicationId;
      const stored = applications.get(id);
      if (!stored) {
        problems.push(`accepted application ${id} has no record`);
        continue;
      }
      if (stored.email !== client.email) problems.push(`application ${id} holds email ${stored.email}, not the submitted ${client.email}`);
      const guard = uniqueness.get(uniquenessPk(stored.vacancy, stored.email));
      if (!isConfirmed(stored)) {
        // A submission takes the entry only when its address is confirmed (shared/applications/confirmation.ts).
        if (guard?.applicationId === id) problems.push(`application ${id} holds the one-per-email entry before its address was confirmed`);
      } else if (!guard) problems.push(`application ${id} has no one-per-email entry`);
      else if (guard.applicationId !== id) problems.push(`application ${id}'s one-per-email entry names ${String(guard.applicationId)}`);
      const trail = (audits.get(`APPLICATION#${id}`) ?? []).sort((a, b) => (a.sk < b.sk ? -1 : 1));
      if (trail[0]?.action !== 'submitted') problems.push(`application ${id}'s audit trail starts with ${String(trail[0]?.action ?? 'nothing')}, not submitted`);
      for (const [kind, told] of Object.entries(client.documents)) {
        const document = stored.documents[kind as DocumentKind];
        if (!document) problems.push(`application ${id}: complete of its ${kind} answered 200 but the record has no ${kind}`);
        else if (document.size !== told.size) problems.push(`application ${id}: ${kind} recorded with ${document.size} B, the client was told ${told.size} B`);
      }
      for (const [kind, document] of Object.entries(stored.documents)) {
        if (!document) continue;
        if (!document.key.startsWith(`${RECEIVED_PREFIX}${id}/${kind}/`)) problems.push(`application ${id}: ${kind} kept at a foreign key ${document.key}`);
        const size = objects.get(document.key);
        if (size === undefined) problems.push(`application ${id}: ${kind} object ${document.key} is missing from the bucket`);
        else if (size !== document.size) problems.push(`application ${id}: ${kind} object is ${size} B, the record says ${document.size} B`);
      }
    }

    // Nothing without its application.
    const acceptedIds = new Set(accepted.map((client) => client.applicationId));
    if (options.exhaustive) {
      for (const id of applications.keys()) if (!acceptedIds.has(id)) problems.push(`application ${id} is stored but no client was told it was accepted`);
    }
    for (const [pk, guard] of uniqueness) {
      const holder = applications.get(String(guard.applicationId));
      if (!holder) problems.push(`one-per-email entry ${pk} names ${String(guard.applicationId)}, which does not exist`);
      else if (!isConfirmed(holder)) problems.push(`one-per-email entry ${pk} names ${holder.id}, whose address is not confirmed`);
    }
    for (const pk of audits.keys()) if (!applications.has(pk.slice('APPLICATION#'.length))) problems.push(`audit entries under ${pk} without their application`);
    for (const receipt of pendingReceipts) {
      const owedFor = applications.get(String(receipt.applicationId));
      if (!owedFor) problems.push(`owed receipt ${receipt.sk} without its application`);
      else if (!isConfirmed(owedFor) && typeof receipt.confirmationToken !== 'string') problems.push(`owed receipt ${receipt.sk} of an unconfirmed application carries no confirmation token`);
    }
    for (const claim of claims) {
      if (claim.pk.startsWith('APPLICATION#') && !applications.has(claim.pk.slice('APPLICATION#'.length))) problems.push(`email claim ${claim.kind} under ${claim.pk} without its application`);
    }
    const keyOwners = new Map(accepted.filter((client) => client.idempotencyKey).map((client) => [sha256Hex(client.idempotencyKey ?? ''), client] as const));
    for (const record of idempotency) {
      const owner = keyOwners.get(String(record.keyHash));
      if (!owner) {
        if (options.exhaustive) problems.push(`idempotency record ${record.pk} belongs to no accepted application`);
        continue;
      }
      const answer = JSON.parse(await openWith(owner.idempotencyKey ?? '', String(record.sealedAnswer))) as { applicationId?: string };
      if (answer.applicationId !== owner.applicationId) problems.push(`idempotency record of ${owner.applicationId} replays ${String(answer.applicationId)}`);
      if (!applications.has(String(answer.applicationId))) problems.push(`idempotency record ${record.pk} replays ${String(answer.applicationId)}, which does not exist`);
    }
    for (const key of objects.keys()) {
      const [, id = '', kind = ''] = key.split('/');
      if (applications.get(id)?.documents[kind as DocumentKind]?.key !== key) problems.push(`document object ${key} is referenced by no application`);
    }

    return {
      problems,
      counts: {
        applications: applications.size,
        uniquenessEntries: uniqueness.size,
        auditEntries: [...audits.values()].reduce((sum, trail) => sum + trail.length, 0),
        idempotencyRecords: idempotency.length,
        documentObjects: objects.size,
        pendingReceipts: pendingReceipts.length,
        claims: claims.length,
      },
      applications,
      claims: claims.map(({ scope, kind, day, state }) => ({ scope, kind, day, state })),
    };
  } finally {
    dynamo.destroy();
    s3.destroy();
  }
};
