import { describe, expect, it } from 'vitest';
import { completeNcbLetter } from '#shared/admin/ncb-letter.js';
import { receivedKey, uploadKey } from '#shared/documents/keys.js';
import { PDF } from '#shared/documents/kinds.js';
import { completeDocumentUpload, type DocumentDeadlines, type DocumentObjects } from '#shared/documents/uploads.js';
import { DocumentTooLate } from '#shared/errors.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';
import { pdfBytes } from '../../support/documents.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const ID = '5b1f4c1e-0000-4000-8000-000000000001';
const UPLOAD = '0c7e1a52-1111-4111-8111-111111111111';
const key = uploadKey(ID, 'confirmationLetter', UPLOAD);
const keepAt = receivedKey(ID, 'confirmationLetter', UPLOAD);
const senegal: StaffPrincipal = { subject: 's', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };

/** Vacancy 1701 as `complete` reads it, with the history of its status moves. */
const deadlines = (vacancy: Vacancy = openVacancy(), history: Array<{ at: string; action: 'close' | 'cancel' }> = []): DocumentDeadlines => ({
  get: async () => ({ ...vacancy, version: 1 }),
  history: async () => history.map((entry, index) => ({ ...entry, by: 'hr@secondment-hub.local', version: index + 2, changes: {} })),
});

const memoryBucket = (failingRemoves: string[] = [], lastModified = NOW) => {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const port: DocumentObjects = {
    head: async (at) => {
      const object = objects.get(at);
      return object ? { size: object.bytes.length, contentType: object.contentType, lastModified } : undefined;
    },
    read: async (at, maxBytes) => objects.get(at)?.bytes.slice(0, maxBytes + 1),
    write: async (at, bytes, contentType) => {
      objects.set(at, { bytes: Uint8Array.from(bytes), contentType });
    },
    remove: async (at) => {
      if (failingRemoves.includes(at)) throw new Error('S3 is down');
      objects.delete(at);
    },
  };
  objects.set(key, { bytes: pdfBytes('Letter'), contentType: PDF });
  return { port, objects };
};

describe('completing one upload more than once at the same time', () => {
  it('answers both calls with the one record, writes one audit entry and keeps the copy', async () => {
    const snapshot = aminaApplication({ id: ID });
    const memory = memoryApplicationStore([snapshot]);
    const bucket = memoryBucket();
    const deps = { applications: memory.store, objects: bucket.port, vacancies: deadlines() };

    const [first, second] = await Promise.all([
      completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW),
      completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW),
    ]);

    expect(first.document.key).toBe(keepAt);
    expect(second.document).toEqual(first.document);
    expect(memory.auditOf(ID).filter((entry) => entry.action === 'document-received')).toHaveLength(1);
    expect(bucket.objects.has(keepAt)).toBe(true);
    expect(memory.current(ID)?.documents.confirmationLetter?.key).toBe(keepAt);
  });

  it('leaves the copy a concurrent call recorded when its own record then fails', async () => {
    const snapshot = aminaApplication({ id: ID });
    const memory = memoryApplicationStore([snapshot]);
    // The winner could not delete the upload, so the late call still finds it and checks it again.
    const bucket = memoryBucket([key]);
    const deps = { applications: memory.store, objects: bucket.port, vacancies: deadlines() };
    const won = await completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW);
    memory.failNextUpdate(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));

    const late = await completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW);

    expect(late.document).toEqual(won.document);
    expect(bucket.objects.has(keepAt)).toBe(true);
  });

  it('answers the winner’s record to a late call that finds the upload already gone, rather than “missing”', async () => {
    const snapshot = aminaApplication({ id: ID });
    const memory = memoryApplicationStore([snapshot]);
    const bucket = memoryBucket();
    const deps = { applications: memory.store, objects: bucket.port, vacancies: deadlines() };
    const won = await completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW);
    expect(bucket.objects.has(key)).toBe(false);

    const late = await completeDocumentUpload(deps, snapshot, 'confirmationLetter', key, NOW);

    expect(late.document).toEqual(won.document);
  });

  it('still deletes its copy when nothing points at it, and says why it failed', async () => {
    const snapshot = aminaApplication({ id: ID });
    const memory = memoryApplicationStore([snapshot]);
    const bucket = memoryBucket();
    memory.failNextUpdate(new Error('throttled'));

    await expect(completeDocumentUpload({ applications: memory.store, objects: bucket.port, vacancies: deadlines() }, snapshot, 'confirmationLetter', key, NOW)).rejects.toThrow('throttled');

    expect(bucket.objects.has(keepAt)).toBe(false);
    expect(bucket.objects.has(key)).toBe(true);
  });
});

describe('the NCB attaching the letter', () => {
  it('records the officer as the audit entry’s author', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID, nationality: 'SN' })]);
    const bucket = memoryBucket();

    await completeNcbLetter({ applications: memory.store, objects: bucket.port, vacancies: deadlines() }, senegal, ID, key, NOW);

    expect(memory.auditOf(ID).map(({ by, action }) => ({ by, action }))).toEqual([{ by: senegal.email, action: 'document-received' }]);
  });

  it('may not attach a letter uploaded after the vacancy was cancelled: too late, as for the candidate', async () => {
    const memory = memoryApplicationStore([aminaApplication({ id: ID, nationality: 'SN' })]);
    const cancelledAt = new Date('2026-11-22T08:55:00Z');
    const bucket = memoryBucket([], new Date('2026-11-22T08:58:00Z'));
    const cancelled = deadlines(openVacancy({ status: 'cancelled' }), [{ at: cancelledAt.toISOString(), action: 'cancel' }]);

    await expect(completeNcbLetter({ applications: memory.store, objects: bucket.port, vacancies: cancelled }, senegal, ID, key, NOW)).rejects.toBeInstanceOf(DocumentTooLate);

    expect(memory.auditOf(ID)).toEqual([]);
    expect(bucket.objects.has(key)).toBe(false);
  });
});
