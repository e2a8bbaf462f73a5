import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ExportObjects } from '#functions/adapters/s3/export-objects.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { startS3Local } from '#infra/local/emulators/s3-local.js';
import { ensureBucket } from '#infra/local/provision.js';

const BUCKET = 'export-objects-test';
let dataDir: string;
let s3: Awaited<ReturnType<typeof startS3Local>>;
let client: S3Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'export-objects-'));
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

/** 12 MiB in 64 KiB chunks, made as they are read: more than two 5 MiB parts. */
const chunks = function* () {
  for (let i = 0; i < 192; i += 1) yield Buffer.alloc(64 * 1024, i % 251);
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('export files in the bucket', () => {
  it('uploads a stream larger than one part, and serves it back through a link that saves it as an attachment', async () => {
    // Prepare
    const objects = s3ExportObjects(client, BUCKET);
    const expected = sha256(Buffer.concat([...chunks()]));
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);

    // Act
    await objects.upload('exports/2026-11-22/big.csv', 'text/csv; charset=utf-8', Readable.from(chunks()));
    const link = await objects.link('exports/2026-11-22/big.csv', { contentType: 'text/csv; charset=utf-8', fileName: 'applications-1701-2026-11-22.csv', expiresInSeconds: 300, now });
    const response = await fetch(link.url);

    // Assert
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="applications-1701-2026-11-22.csv"');
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(expected);
    expect(link.expiresAt).toBe(new Date(now.getTime() + 300_000).toISOString());
    expect(new URL(link.url).searchParams.get('X-Amz-Expires')).toBe('300');
  });
});
