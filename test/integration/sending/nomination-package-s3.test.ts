import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationPackages } from '#functions/adapters/s3/nomination-packages.js';
import { buildPackage } from '#functions/nomination/package/build-package.js';
import { PDF } from '#shared/documents/kinds.js';
import { packageKey } from '#shared/documents/keys.js';
import type { PackageCall } from '#shared/nomination/package.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { startS3Local } from '#infra/local/emulators/s3-local.js';
import { ensureBucket } from '#infra/local/provision.js';
import { pdfBytes } from '../../support/documents.js';
import { aminaApplication } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

// The adapter against the local stack's S3 emulator (s3rver), as the export's is: no network beyond localhost.
const BUCKET = 'nomination-packages-test';
let dataDir: string;
let s3: Awaited<ReturnType<typeof startS3Local>>;
let client: S3Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nomination-packages-'));
  s3 = await startS3Local(dataDir);
  client = new S3Client({
    region: localRegion,
    credentials: localCredentials,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await ensureBucket(client, BUCKET);
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const applicationId = '5b1f4c1e-0000-4000-8000-000000000001';
const cvKey = `applications/${applicationId}/cv/0b7a5c1e-0000-4000-8000-00000000000c`;

describe('a nomination package in the documents bucket', () => {
  it('reads the CV from the received documents, stores the ZIP under nomination-packages/, and links it as an attachment for 5 minutes', async () => {
    // Prepare
    const packages = nominationPackages(client, BUCKET);
    const cv = pdfBytes();
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: cvKey, Body: cv, ContentType: PDF }));
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const application = aminaApplication({
      id: applicationId,
      vacancy: 'EULEX-2601',
      familyName: 'Okafor',
      category: 'retired-police',
      applicantStatus: { retiredOn: '2024-06-30' },
      documents: { cv: { key: cvKey, contentType: PDF, size: cv.length, sha256: '0'.repeat(64), receivedAt: '2026-12-01T10:00:00.000Z' } },
    });

    // Act
    const built = await buildPackage({ application, call: eulexCall({ number: 'EULEX-2601' }) as PackageCall, forces: unitForces, readDocument: packages.readDocument, now });
    const key = packageKey(applicationId, now);
    await packages.store(key, built.bytes);
    const link = await packages.link({ key, fileName: built.fileName, now, expiresInSeconds: 300 });
    const response = await fetch(link.url);
    const body = new Uint8Array(await response.arrayBuffer());
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));

    // Assert
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="nomination-EULEX-2601-okafor.zip"');
    expect(body).toEqual(built.bytes);
    expect(head.ContentType).toBe('application/zip');
    expect(await (await JSZip.loadAsync(body, { checkCRC32: true })).file('cv.pdf')?.async('uint8array')).toEqual(new Uint8Array(cv));
    expect(link.expiresAt).toBe(new Date(now.getTime() + 300_000).toISOString());
    expect(new URL(link.url).searchParams.get('X-Amz-Expires')).toBe('300');
  }, 30_000);

  it('refuses a key outside its prefixes, as its grant would: no upload read, no package written over a document', async () => {
    const packages = nominationPackages(client, BUCKET);

    await expect(packages.readDocument(`uploads/${applicationId}/cv/x`)).rejects.toThrow(/Not a key under applications\//);
    await expect(packages.readDocument(`applications/../exports/x`)).rejects.toThrow(/Not a key under/);
    await expect(packages.store(cvKey, new Uint8Array([1]))).rejects.toThrow(/Not a key under nomination-packages\//);
    await expect(packages.link({ key: cvKey, fileName: 'cv.pdf', now: new Date(), expiresInSeconds: 300 })).rejects.toThrow(/Not a key under nomination-packages\//);
  });
});
