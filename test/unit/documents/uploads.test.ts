import { beforeEach, describe, expect, it } from 'vitest';
import { problemText } from '#functions/http/problem-message.js';
import type { Application } from '#shared/applications/application.js';
import { zeroCounts } from '#shared/applications/counts.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '#shared/applications/store.js';
import { Conflict, DocumentRejected, DocumentTooLate, NotFound, VacancyClosed, ValidationFailed } from '#shared/errors.js';
import { receivedKey, uploadKey } from '#shared/documents/keys.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF, type DocumentContentType } from '#shared/documents/kinds.js';
import {
  UPLOAD_OFFER_SECONDS,
  completeDocumentUpload,
  offerDocumentUpload,
  type DocumentDeadlines,
  type DocumentObjects,
  type UploadOffers,
  type UploadPolicy,
} from '#shared/documents/uploads.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import type { VacancyAuditEntry, VacancyStore } from '#shared/vacancies/store.js';
import { docxBytes, pdfBytes, pngBytes } from '../../support/documents.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

const APPLICATION_ID = '5b1f4c1e-0000-4000-8000-000000000001';
const UPLOAD_ID = '0c7e1a52-1111-4111-8111-111111111111';
const EARLIER_ID = '0c7e1a52-2222-4222-8222-222222222222';
const NOW = new Date('2026-11-22T10:00:00Z');

const vacancy: Vacancy = openVacancy();

const applicationWith = (overrides: Partial<Application> = {}): Application => aminaApplication({ id: APPLICATION_ID, ...overrides });

/** An application store in memory, with a hook to change the application behind the caller's back. */
const memoryStore = (initial: Application) => {
  let stored = structuredClone(initial);
  const audit: AuditEntry[] = [];
  let interfere: ((current: Application) => Application) | undefined;
  const store: ApplicationStore = {
    get: async (id) => (id === stored.id ? structuredClone(stored) : undefined),
    create: async () => undefined,
    confirm: async () => structuredClone(stored),
    findIdempotencyRecord: async () => undefined,
    list: async () => ({ items: [] }),
    tally: async () => new Map(),
    counts: async () => zeroCounts(),
    nominations: async () => ({ revision: 0, validated: [] }),
    listIncomplete: async () => [],
    listSubmittedSince: async () => [],
    update: async (id, expectedVersion, changes, entry) => {
      if (interfere) {
        stored = interfere(stored);
        interfere = undefined;
      }
      if (id !== stored.id || stored.version !== expectedVersion) throw new StaleVersion();
      stored = { ...stored, ...changes, version: expectedVersion + 1 };
      audit.push(entry);
      return structuredClone(stored);
    },
    history: async () => audit,
    vacancyTerms: async () => undefined,
    batch: async (_at, work) => work(store.update),
  };
  return {
    store,
    audit,
    current: () => stored,
    interfereOnce: (change: (current: Application) => Application) => {
      interfere = change;
    },
  };
};

/** A bucket in memory. */
const memoryBucket = () => {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string | undefined; lastModified?: Date }>();
  const failingRemoves = new Set<string>();
  const port: DocumentObjects = {
    head: async (key) => {
      const object = objects.get(key);
      return object ? { size: object.bytes.length, contentType: object.contentType, ...(object.lastModified ? { lastModified: object.lastModified } : {}) } : undefined;
    },
    read: async (key, maxBytes) => objects.get(key)?.bytes.slice(0, maxBytes + 1),
    write: async (key, bytes, contentType) => {
      objects.set(key, { bytes: Uint8Array.from(bytes), contentType });
    },
    remove: async (key) => {
      if (failingRemoves.has(key)) throw new Error('S3 is down');
      objects.delete(key);
    },
  };
  return {
    port,
    objects,
    failingRemoves,
    put: (key: string, bytes: Uint8Array, contentType: string | undefined, lastModified?: Date) =>
      objects.set(key, { bytes, contentType, ...(lastModified ? { lastModified } : {}) }),
  };
};

const vacancies = (found: Vacancy | 'none' = vacancy, history: Array<Pick<VacancyAuditEntry, 'at' | 'action'>> = []): VacancyStore & DocumentDeadlines => ({
  get: async () => (found === 'none' ? undefined : { ...found, version: 1 }),
  listByStatus: async () => [],
  put: async () => undefined,
  history: async () => history.map((entry, index) => ({ ...entry, by: 'hr@secondment-hub.local', version: index + 2, changes: {} })),
});

const recordingOffers = () => {
  const policies: UploadPolicy[] = [];
  const offers: UploadOffers = {
    offer: async (policy) => {
      policies.push(policy);
      return { url: 'https://bucket.example/', fields: { key: policy.key }, maxBytes: policy.maxBytes, contentTypes: [...policy.contentTypes], expiresAt: 'x' };
    },
  };
  return { offers, policies };
};

const sha256 = async (bytes: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('handing out an upload offer', () => {
  it('pins a fresh server-made key, 1 B to 10 MiB, the declared type and 15 minutes from the request', async () => {
    const { offers, policies } = recordingOffers();

    const offer = await offerDocumentUpload({ vacancies: vacancies(), offers, newObjectId: () => UPLOAD_ID }, applicationWith(), 'cv', DOCX, NOW);

    expect(policies).toEqual([
      { key: `uploads/${APPLICATION_ID}/cv/${UPLOAD_ID}`, contentTypes: [DOCX], minBytes: 1, maxBytes: MAX_DOCUMENT_BYTES, expiresInSeconds: UPLOAD_OFFER_SECONDS, now: NOW },
    ]);
    expect(offer.fields.key).toBe(`uploads/${APPLICATION_ID}/cv/${UPLOAD_ID}`);
    expect(UPLOAD_OFFER_SECONDS).toBe(900);
  });

  it('uses a new random UUID for every offer when no generator is given', async () => {
    const { offers, policies } = recordingOffers();
    await offerDocumentUpload({ vacancies: vacancies(), offers }, applicationWith(), 'cv', PDF, NOW);
    await offerDocumentUpload({ vacancies: vacancies(), offers }, applicationWith(), 'cv', PDF, NOW);
    const [first, second] = policies.map((policy) => policy.key);
    expect(first).toMatch(/^uploads\/5b1f4c1e-0000-4000-8000-000000000001\/cv\/[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });

  it('refuses after the deadline day has ended in the duty station: vacancy closed', async () => {
    const { offers } = recordingOffers();
    const afterDeadline = new Date('2026-12-13T23:00:00Z'); // 00:00 on 14 December in Lyon
    await expect(offerDocumentUpload({ vacancies: vacancies(), offers }, applicationWith(), 'cv', PDF, afterDeadline)).rejects.toBeInstanceOf(VacancyClosed);
  });

  it.each(['withdrawn', 'rejected'] as const)('refuses a %s application: conflict', async (status) => {
    const { offers, policies } = recordingOffers();
    await expect(offerDocumentUpload({ vacancies: vacancies(), offers }, applicationWith({ status }), 'cv', PDF, NOW)).rejects.toBeInstanceOf(Conflict);
    expect(policies).toEqual([]);
  });

  it('answers not found when the vacancy is gone', async () => {
    const { offers } = recordingOffers();
    await expect(offerDocumentUpload({ vacancies: vacancies('none'), offers }, applicationWith(), 'cv', PDF, NOW)).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});

describe('completing an upload', () => {
  const key = uploadKey(APPLICATION_ID, 'cv', UPLOAD_ID);
  const keptAt = receivedKey(APPLICATION_ID, 'cv', UPLOAD_ID);
  let bucket: ReturnType<typeof memoryBucket>;

  beforeEach(() => {
    bucket = memoryBucket();
  });

  const complete = (application: Application, store: ApplicationStore, uploadedKey = key) =>
    completeDocumentUpload({ applications: store, objects: bucket.port, vacancies: vacancies() }, application, 'cv', uploadedKey, NOW);

  it('records size, type, sha256 and time, with an audit entry, keeps a copy the offer cannot overwrite, and deletes the upload', async () => {
    const bytes = pdfBytes();
    bucket.put(key, bytes, PDF);
    const { store, audit, current } = memoryStore(applicationWith());

    const { document, application } = await complete(applicationWith(), store);

    const expected = { key: keptAt, contentType: PDF, size: bytes.length, sha256: await sha256(bytes), receivedAt: NOW.toISOString(), suppliedBy: 'candidate' };
    expect(document).toEqual(expected);
    expect(application.documents.cv).toEqual(expected);
    expect(current()).toMatchObject({ version: 2, updatedAt: NOW.toISOString(), documents: { cv: expected } });
    expect(audit).toEqual([{ at: NOW.toISOString(), by: 'candidate', action: 'document-received', changes: { cv: { from: null, to: expected } } }]);
    expect(bucket.objects.get(keptAt)?.bytes).toEqual(bytes);
    expect(bucket.objects.has(key)).toBe(false);
  });

  it('replaces an earlier document of the same kind and deletes its object after the record is written', async () => {
    const earlier = { key: receivedKey(APPLICATION_ID, 'cv', EARLIER_ID), contentType: PDF as DocumentContentType, size: 3, sha256: 'old', receivedAt: '2026-11-21T10:00:00.000Z' };
    bucket.put(earlier.key, Uint8Array.from([1, 2, 3]), PDF);
    bucket.put(key, docxBytes(), DOCX);
    const before = applicationWith({ documents: { cv: earlier } });
    const { store, audit } = memoryStore(before);

    const { document } = await complete(before, store);

    expect(document.contentType).toBe(DOCX);
    expect(audit[0]?.changes).toEqual({ cv: { from: earlier, to: document } });
    expect(bucket.objects.has(earlier.key)).toBe(false);
    expect([...bucket.objects.keys()]).toEqual([keptAt]);
  });

  it('answers the recorded document again when the same upload is completed twice', async () => {
    bucket.put(key, pdfBytes(), PDF);
    const { store, audit } = memoryStore(applicationWith());
    const first = await complete(applicationWith(), store);

    const again = await complete(first.application, store);

    expect(again.document).toEqual(first.document);
    expect(audit).toHaveLength(1);
  });

  it.each([
    ['a PNG sent as a PDF', pngBytes(), PDF, 'content-mismatch'],
    ['an empty file', new Uint8Array(), PDF, 'empty'],
    ['a file over 10 MiB', new Uint8Array(MAX_DOCUMENT_BYTES + 1), PDF, 'too-large'],
    ['a file stored as image/png', pngBytes(), 'image/png', 'wrong-type'],
    ['a file stored without a type', pdfBytes(), undefined, 'wrong-type'],
  ] as const)('refuses %s, deletes it and records nothing', async (_, bytes, contentType, reason) => {
    bucket.put(key, bytes, contentType);
    const { store, audit } = memoryStore(applicationWith());

    const refusal = await complete(applicationWith(), store).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DocumentRejected);
    expect((refusal as DocumentRejected).reason).toBe(reason);
    expect(bucket.objects.size).toBe(0);
    expect(audit).toEqual([]);
  });

  it('refuses a key where nothing was uploaded as missing', async () => {
    const { store } = memoryStore(applicationWith());
    await expect(complete(applicationWith(), store)).rejects.toMatchObject({ kind: 'document-rejected', reason: 'missing' });
  });

  it.each([
    ['another application’s key', uploadKey('5b1f4c1e-0000-4000-8000-000000000002', 'cv', UPLOAD_ID)],
    ['another kind’s key', uploadKey(APPLICATION_ID, 'coverLetter', UPLOAD_ID)],
    ['a recorded copy’s key', receivedKey(APPLICATION_ID, 'cv', UPLOAD_ID)],
    ['a path that climbs out', `uploads/${APPLICATION_ID}/cv/../../other`],
  ])('refuses %s as invalid input, touching nothing', async (_, otherKey) => {
    bucket.put(otherKey, pdfBytes(), PDF);
    const { store } = memoryStore(applicationWith());
    await expect(complete(applicationWith(), store, otherKey)).rejects.toBeInstanceOf(ValidationFailed);
    expect(bucket.objects.has(otherKey)).toBe(true);
  });

  it('refuses a withdrawn application', async () => {
    bucket.put(key, pdfBytes(), PDF);
    const withdrawn = applicationWith({ status: 'withdrawn' });
    const { store } = memoryStore(withdrawn);
    await expect(complete(withdrawn, store)).rejects.toBeInstanceOf(Conflict);
  });

  it('reads again and retries when the application changed meanwhile, keeping the other change', async () => {
    bucket.put(key, pdfBytes(), PDF);
    const { store, current, interfereOnce } = memoryStore(applicationWith());
    interfereOnce((stored) => ({ ...stored, version: stored.version + 1, ncbValidation: { decision: 'validated', screeningAttested: true, at: 'x', by: 'ncb' } }));

    await complete(applicationWith(), store);

    expect(current()).toMatchObject({ version: 3, ncbValidation: { decision: 'validated' }, documents: { cv: { key: keptAt } } });
  });

  it('deletes its copy and keeps the upload when the application was withdrawn meanwhile', async () => {
    bucket.put(key, pdfBytes(), PDF);
    const { store, interfereOnce } = memoryStore(applicationWith());
    interfereOnce((stored) => ({ ...stored, version: stored.version + 1, status: 'withdrawn' }));

    await expect(complete(applicationWith(), store)).rejects.toBeInstanceOf(Conflict);

    expect([...bucket.objects.keys()]).toEqual([key]);
  });

  it('still answers the recorded document when an old object cannot be deleted, and says which', async () => {
    bucket.put(key, pdfBytes(), PDF);
    bucket.failingRemoves.add(key);
    const orphans: string[] = [];
    const { store } = memoryStore(applicationWith());

    const { document } = await completeDocumentUpload(
      { applications: store, objects: bucket.port, vacancies: vacancies(), onOrphan: (orphan) => orphans.push(orphan) },
      applicationWith(),
      'cv',
      key,
      NOW,
    );

    expect(document.key).toBe(keptAt);
    expect(orphans).toEqual([key]);
  });
});

describe('completing an upload once the vacancy no longer takes documents', () => {
  const key = uploadKey(APPLICATION_ID, 'cv', UPLOAD_ID);
  // 1701 closes at the end of 13 December in Lyon: 23:00 UTC.
  const CLOSE = new Date('2026-12-13T23:00:00Z');
  const minutes = (at: Date, count: number) => new Date(at.getTime() + count * 60_000);
  let bucket: ReturnType<typeof memoryBucket>;

  beforeEach(() => {
    bucket = memoryBucket();
  });

  const completeAt = (now: Date, deadlines = vacancies()) =>
    completeDocumentUpload({ applications: memoryStore(applicationWith()).store, objects: bucket.port, vacancies: deadlines }, applicationWith(), 'cv', key, now);

  it('records an upload that arrived before the deadline, completed within an offer’s lifetime of its arrival', async () => {
    bucket.put(key, pdfBytes(), PDF, minutes(CLOSE, -5));

    const { document } = await completeAt(minutes(CLOSE, 5));

    expect(document.key).toBe(receivedKey(APPLICATION_ID, 'cv', UPLOAD_ID));
  });

  it('refuses an upload that arrived at or after the deadline as too late, and deletes it', async () => {
    bucket.put(key, pdfBytes(), PDF, CLOSE);

    await expect(completeAt(minutes(CLOSE, 1))).rejects.toBeInstanceOf(DocumentTooLate);
    expect(bucket.objects.has(key)).toBe(false);
  });

  it('says when the vacancy stopped taking documents in the duty station’s time in the reader’s language, never an ISO instant', async () => {
    const tooLate = async (now: Date): Promise<DocumentTooLate> => {
      const error: unknown = await completeAt(now).then(() => undefined, (refused: unknown) => refused);
      if (!(error instanceof DocumentTooLate)) throw new Error('not refused as too late');
      return error;
    };
    bucket.put(key, pdfBytes(), PDF, minutes(CLOSE, -1));
    const late = await tooLate(minutes(CLOSE, 14));
    bucket.put(key, pdfBytes(), PDF, CLOSE);
    const after = await tooLate(minutes(CLOSE, 1));

    expect([late, after].map((error) => error.translation?.key)).toEqual(['problem.documentTooLate.notRecordedInTime', 'problem.documentTooLate.arrivedAfter']);
    const said = (error: DocumentTooLate, language: 'fr' | 'es') => (error.translation ? problemText(validationTranslatorFor(language), error.translation) : error.message);
    expect(said(late, 'fr')).toBe(
      'Ce document est arrivé avant que le poste ne cesse de recevoir des documents, le 14 décembre 2026 à 00:00 (Europe/Paris), mais il n’a pas été enregistré dans les 15 minutes suivant son arrivée et ne peut plus l’être.',
    );
    expect(said(after, 'es')).toMatch(/^Este documento llegó después .* el 14 de diciembre de 2026 a las 00:00 \(Europe\/Paris\)/);
    expect(after.message).toBe('This document arrived after the vacancy stopped taking documents on 14 December 2026 at 00:00 (Europe/Paris), so it cannot be recorded.');
  });

  it('refuses an upload that arrived in time but was completed after an offer’s lifetime had passed', async () => {
    bucket.put(key, pdfBytes(), PDF, minutes(CLOSE, -1));

    await expect(completeAt(minutes(CLOSE, 14))).rejects.toBeInstanceOf(DocumentTooLate);
  });

  it('refuses an object whose time is unknown once the vacancy is closed', async () => {
    bucket.put(key, pdfBytes(), PDF);

    await expect(completeAt(minutes(CLOSE, 1))).rejects.toBeInstanceOf(DocumentTooLate);
  });

  it.each([
    ['closed', 'close'],
    ['cancelled', 'cancel'],
  ] as const)('judges a vacancy %s before its deadline from the moment it was, by its history', async (status, action) => {
    const endedAt = new Date('2026-11-25T12:00:00Z');
    const ended = vacancies(openVacancy({ status }), [{ at: endedAt.toISOString(), action }]);

    bucket.put(key, pdfBytes(), PDF, minutes(endedAt, 2));
    await expect(completeAt(minutes(endedAt, 3), ended)).rejects.toBeInstanceOf(DocumentTooLate);

    bucket.put(key, pdfBytes(), PDF, minutes(endedAt, -2));
    expect((await completeAt(minutes(endedAt, 3), ended)).document.key).toBe(receivedKey(APPLICATION_ID, 'cv', UPLOAD_ID));
  });

  it('judges a vacancy closed after its deadline from the deadline', async () => {
    const closedLater = vacancies(openVacancy({ status: 'closed' }), [{ at: minutes(CLOSE, 60 * 24).toISOString(), action: 'close' }]);
    bucket.put(key, pdfBytes(), PDF, minutes(CLOSE, 1));

    await expect(completeAt(minutes(CLOSE, 2), closedLater)).rejects.toBeInstanceOf(DocumentTooLate);
  });

  it('does not judge the object’s time while the vacancy takes documents', async () => {
    bucket.put(key, pdfBytes(), PDF);

    expect((await completeAt(NOW)).document.key).toBe(receivedKey(APPLICATION_ID, 'cv', UPLOAD_ID));
  });
});
