import { ncbCountry, type Application } from '#shared/applications/application.js';
import { isConfirmed } from '#shared/applications/application.js';
import { receivedAt } from '#shared/applications/confirmation.js';
import { isWaiting } from '#shared/applications/counts.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import type { AuditEntry } from '#shared/applications/store.js';
import { tableDesign } from './table-design.js';

/*
 * An application's items in the table (docs/data-model.md): its keys, its index keys, its audit
 * entries and its one-per-email guard, as every part of the application store reads and writes them.
 */

const { byStatus, byCountry, bySubmission, incomplete } = tableDesign.indexes;

export const applicationKey = (id: string) => ({ pk: `APPLICATION#${id}`, sk: 'APPLICATION' });
export const idempotencyKey = (keyHash: string) => ({ pk: `IDEMPOTENCY#${keyHash}`, sk: 'IDEMPOTENCY' });
const guardKey = async (vacancy: string, email: string) => ({
  pk: `APPLICANT#${vacancy}#${await sha256Hex(email)}`,
  sk: 'APPLICANT',
});
/** The one-per-email guard of a confirmed application: it names the application that holds it. */
export const guardItem = async (application: Pick<Application, 'id' | 'vacancy' | 'email'>) => ({
  ...(await guardKey(application.vacancy, application.email)),
  applicationId: application.id,
});

/** The sparse index's partition of applications whose address waits for confirmation, by expiry (pattern 26). */
export const UNCONFIRMED_PARTITION = 'UNCONFIRMED';

/**
 * The index keys of an application (docs/data-model.md); `incomplete` only while something is
 * missing. An application whose address is not confirmed is not received yet: it stays out of
 * `bySubmission` (the HR digest's "new") and of the `incomplete` partitions (reminders, the NCB
 * digest), and sits instead in the sparse index's UNCONFIRMED partition by expiry, for the purge.
 * Once confirmed, `bySubmission` orders it by when it was confirmed, so the next digest reports it.
 */
const indexKeys = (application: Application) => {
  const order = `${application.submittedAt}#${application.id}`;
  const confirmed = isConfirmed(application);
  // The rule the vacancy's counts follow too (shared/applications/counts.ts).
  const waiting = isWaiting(application);
  const unconfirmed = !confirmed && application.emailConfirmation
    ? { [incomplete.partitionKey]: UNCONFIRMED_PARTITION, [incomplete.sortKey]: `${application.emailConfirmation.expiresAt}#${application.id}` }
    : {};
  return {
    [byStatus.partitionKey]: `VACANCY#${application.vacancy}`,
    [byStatus.sortKey]: `${application.status}#${order}`,
    // The NCB's country: items stored before homeAdministrationCountry carry their nationality, the same key.
    [byCountry.partitionKey]: `COUNTRY#${ncbCountry(application)}`,
    [byCountry.sortKey]: `${application.vacancy}#${application.status}#${order}`,
    ...(confirmed ? { [bySubmission.partitionKey]: `VACANCY#${application.vacancy}`, [bySubmission.sortKey]: `${receivedAt(application)}#${application.id}` } : {}),
    ...(waiting ? { [incomplete.partitionKey]: `INCOMPLETE#${application.vacancy}`, [incomplete.sortKey]: order } : {}),
    ...unconfirmed,
  };
};

/** The item the store writes for an application (also the bench's seed, written straight to the table). */
export const applicationItem = (application: Application) => ({
  ...applicationKey(application.id),
  ...indexKeys(application),
  entity: 'application',
  ...application,
});

export const auditItem = (applicationId: string, version: number, entry: AuditEntry) => ({
  pk: `APPLICATION#${applicationId}`,
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'audit',
  ...entry,
});

const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'entity', ...Object.values(tableDesign.indexes).flatMap((i) => [i.partitionKey, i.sortKey])]);
export const withoutKeys = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name)));

