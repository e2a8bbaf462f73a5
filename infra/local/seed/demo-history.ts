/**
 * What the demo seeds that walk applications through their moves share (the filled vacancy, the
 * selection panel's candidates): stable ids, the two documents in the bucket, and each move made
 * through the store, a few days apart, so the history, counters and posts are written as in production.
 */
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { createdStatusRecord } from '#shared/applications/status-record.js';
import type { AuditEntry } from '#shared/applications/store.js';
import { receivedKey } from '#shared/documents/keys.js';
import { PDF, type DocumentKind, type ReceivedDocument } from '#shared/documents/kinds.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { HR_DEMO, type DemoApplicationTargets } from './demo-targets.js';
import { onePagePdf } from './one-page-pdf.js';

const DAY_MS = 86_400_000;

/** A UUID (v4's shape) that is the same on every `npm start`, from a text. */
export const demoUuid = (text: string): string => {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** One document of application `id`, a one-page PDF titled `label: name`, put in the bucket as received at `receivedAt`. */
export const demoDocument = async (
  targets: Pick<DemoApplicationTargets, 's3' | 'bucket'>,
  id: string,
  kind: DocumentKind,
  label: string,
  name: string,
  receivedAt: string,
  suppliedBy: NonNullable<ReceivedDocument['suppliedBy']>,
): Promise<ReceivedDocument> => {
  const bytes = onePagePdf(`${label}: ${name}`);
  const key = receivedKey(id, kind, demoUuid(`${id}-${kind}`));
  await targets.s3.send(new PutObjectCommand({ Bucket: targets.bucket, Key: key, Body: bytes, ContentType: PDF }));
  return { key, contentType: PDF, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), receivedAt, suppliedBy };
};

/** The CV (the candidate's) and the confirmation letter (through the NCB) of application `id`, stored as received at `receivedAt`. */
export const demoDocuments = async (targets: DemoApplicationTargets, id: string, name: string, receivedAt: string): Promise<Application['documents']> => {
  const documents: Application['documents'] = {};
  for (const [kind, label, suppliedBy] of [['cv', 'Curriculum vitae', 'candidate'], ['confirmationLetter', 'Confirmation of secondment conditions', 'ncb']] as const) {
    documents[kind] = await demoDocument(targets, id, kind, label, name, receivedAt, suppliedBy);
  }
  return documents;
};

/**
 * Stores `application` as its candidate submitted it, then makes its moves through the store:
 * the first two days after the submission, each next one three days later (or later still, `notBefore`).
 */
export const demoHistory = async (targets: DemoApplicationTargets, application: Application, vacancy: Pick<Vacancy, 'posts' | 'clearance'>) => {
  await targets.applications.create(application, { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: {} });
  // As the store wrote it, its status record included: each move passes the copy it read.
  let current: Application = { ...application, ...createdStatusRecord(application) };
  let at = Date.parse(application.submittedAt) + 2 * DAY_MS;
  const step = async (changes: Partial<Application>, audit: Omit<AuditEntry, 'at'>) => {
    const when = new Date(at).toISOString();
    current = await targets.applications.update(application.id, current.version, { ...changes, updatedAt: when }, { ...audit, at: when }, current, { posts: vacancy.posts });
    at += 3 * DAY_MS;
  };
  return {
    /** The NCB of the candidate's nationality validates, attesting the vacancy's screening done on `screenedOn`. */
    async validate(screenedOn: string) {
      const ncb = `ncb.${application.nationality.toLowerCase()}@secondment-hub.local`;
      const ncbValidation = { decision: 'validated' as const, screeningAttested: true, clearance: vacancy.clearance, screenedOn, at: new Date(at).toISOString(), by: ncb };
      await step({ ncbValidation }, { by: ncb, action: 'ncb-decision', changes: { ncbValidation: { from: null, to: ncbValidation } } });
    },
    /** A serving officer's force releases them from `from` until `until` (YYYY-MM-DD): a sending unit's applicant (issue 18). */
    async release(force: string, from: string, until: string) {
      const by = `approver.${force}@secondment-hub.local`;
      const release = { decision: 'approved' as const, from, until, at: new Date(at).toISOString(), by };
      await step({ release }, { by, action: 'release-decision', changes: { release: { from: null, to: release } } });
    },
    /** HR moves it to `status`, no earlier than `notBefore` (epoch ms). */
    async move(status: ApplicationStatus, notBefore = 0) {
      at = Math.max(at, notBefore);
      await step({ status }, { by: HR_DEMO, action: 'status-changed', changes: { status: { from: current.status, to: status } } });
    },
  };
};
