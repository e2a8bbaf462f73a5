import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3UploadOffers } from '#functions/adapters/s3/upload-offers.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { startS3Local } from '#infra/local/emulators/s3-local.js';
import { ensureBucket } from '#infra/local/provision.js';
import { MAX_DOCUMENT_BYTES, PDF, type DocumentContentType } from '#shared/documents/kinds.js';
import { uploadOffer, type UploadOffer } from '#shared/documents/uploads.js';
import { pdfBytes } from '../support/documents.js';
import { settableClock } from '../support/settable-clock.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const BUCKET = 'documents';
const APPLICATION_ID = '5b1f4c1e-0000-4000-8000-000000000001';
// The SDK signs the one raw createPresignedPost below at the machine's time: start the clock there.
const START = new Date();
const clock = settableClock(START);
let dataDir = '';
let s3: Awaited<ReturnType<typeof startS3Local>>;
let client: S3Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-s3-front-'));
  s3 = await startS3Local(dataDir, { clock });
  client = new S3Client({ region: localRegion, credentials: localCredentials, endpoint: s3.endpoint, forcePathStyle: true });
  await ensureBucket(client, BUCKET);
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const offer = (contentType: DocumentContentType = PDF, now = clock.now()) =>
  uploadOffer(s3UploadOffers(client, BUCKET), { applicationId: APPLICATION_ID, kind: 'cv', contentTypes: [contentType], now });

/** Posts the offer's fields, then the file, as a browser form does. */
const upload = async (
  { url, fields }: Pick<UploadOffer, 'url' | 'fields'>,
  file: Uint8Array,
  options: { extra?: Record<string, string>; origin?: string } = {},
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...fields, ...options.extra })) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), 'cv.pdf');
  const response = await fetch(url, { method: 'POST', body: form, headers: options.origin ? { Origin: options.origin } : {} });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(text)?.[1] };
};

const stored = async (key: string) => {
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return { bytes: await object.Body?.transformToByteArray(), contentType: object.ContentType };
};

describe('the local S3 endpoint with POST policies enforced', () => {
  it('stores a valid upload with the form’s Content-Type and answers 204 with its ETag', async () => {
    const made = await offer();
    const bytes = pdfBytes();

    const answer = await upload(made, bytes);

    expect(answer.status).toBe(204);
    expect(answer.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await stored(made.fields.key ?? '')).toEqual({ bytes, contentType: PDF });
  });

  it('refuses a field the policy does not name, such as success_action_status: AccessDenied', async () => {
    const answer = await upload(await offer(), pdfBytes(), { extra: { success_action_status: '201' } });
    expect(answer).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Extra input fields: success_action_status' });
  });

  it('refuses a file of 10 MiB + 1 byte: EntityTooLarge, and stores nothing', async () => {
    const made = await offer();
    const answer = await upload(made, new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(answer).toMatchObject({ status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' });
    expect(answer.text).toContain(`<ProposedSize>${MAX_DOCUMENT_BYTES + 1}</ProposedSize><MaxSizeAllowed>${MAX_DOCUMENT_BYTES}</MaxSizeAllowed>`);
    await expect(stored(made.fields.key ?? '')).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses a body far over the limit from its Content-Length, before storing any of it', async () => {
    const made = await offer();
    const answer = await upload(made, new Uint8Array(3 * MAX_DOCUMENT_BYTES));
    expect(answer).toMatchObject({ status: 400, code: 'EntityTooLarge' });
  });

  it('answers a huge body at once and closes the connection rather than reading it all', async () => {
    const answer = await upload(await offer(), new Uint8Array(100 * 1024 * 1024));
    expect(answer).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(answer.headers.get('connection')).toBe('close');
  });

  it('answers 201 with S3’s PostResponse when the policy names success_action_status 201', async () => {
    const key = `applications/${APPLICATION_ID}/cv/with-status`;
    const signed = await createPresignedPost(client, { Bucket: BUCKET, Key: key, Fields: { success_action_status: '201' }, Expires: 900 });
    const answer = await upload(signed, pdfBytes());
    expect(answer.status).toBe(201);
    expect(answer.text).toMatch(new RegExp(`<PostResponse><Location>http://127\\.0\\.0\\.1:\\d+/${BUCKET}/${key}</Location><Bucket>${BUCKET}</Bucket><Key>${key}</Key><ETag>"[0-9a-f]{32}"</ETag></PostResponse>`));
    // No Content-Type field: S3 stores its default.
    expect((await stored(key)).contentType).toBe('binary/octet-stream');
  });

  it('refuses an empty file: EntityTooSmall', async () => {
    const answer = await upload(await offer(), new Uint8Array());
    expect(answer).toMatchObject({ status: 400, code: 'EntityTooSmall' });
  });

  it('refuses an offer made more than 15 minutes ago: AccessDenied, policy expired', async () => {
    const made = await offer(PDF, new Date(clock.now().getTime() - 16 * 60_000));
    expect(await upload(made, pdfBytes())).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
  });

  it('judges expiry by the stack’s clock', async () => {
    const made = await offer();
    clock.set(new Date(clock.now().getTime() + 15 * 60_000 + 1000));
    try {
      expect(await upload(made, pdfBytes())).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
    } finally {
      clock.set(START);
    }
  });

  it('refuses another key or another Content-Type than the policy’s: AccessDenied', async () => {
    const made = await offer();
    const otherKey = await upload({ ...made, fields: { ...made.fields, key: `applications/${APPLICATION_ID}/cv/mine.pdf` } }, pdfBytes());
    expect(otherKey).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(otherKey.message).toMatch(/^Invalid according to Policy: Policy Condition failed: \["eq", "\$key", /);
    const otherType = await upload({ ...made, fields: { ...made.fields, 'Content-Type': 'text/html' } }, pdfBytes());
    expect(otherType).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('refuses a forged signature: SignatureDoesNotMatch', async () => {
    const made = await offer();
    const forged = await upload({ ...made, fields: { ...made.fields, 'X-Amz-Signature': '0'.repeat(64) } }, pdfBytes());
    expect(forged).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('refuses a form without a file: InvalidArgument', async () => {
    const made = await offer();
    const form = new FormData();
    for (const [name, value] of Object.entries(made.fields)) form.append(name, value);
    const response = await fetch(made.url, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>InvalidArgument</Code>');
  });

  it('answers the browser’s CORS preflight for a local page, as the bucket’s CORS rule does on AWS', async () => {
    const made = await offer();
    const preflight = (origin: string, headers: Record<string, string> = {}) =>
      fetch(made.url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', ...headers } });

    const allowed = await preflight('http://127.0.0.1:3000');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST');
    expect((await preflight('https://evil.example')).status).toBe(403);
    expect((await preflight('http://localhost:5173', { 'Access-Control-Request-Headers': 'x-custom' })).status).toBe(403);

    const posted = await upload(made, pdfBytes(), { origin: 'http://localhost:5173' });
    expect(posted.status).toBe(204);
    expect(posted.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('passes every other request to s3rver untouched, signatures included', async () => {
    const key = `applications/${APPLICATION_ID}/cv/direct`;
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'hello', ContentType: 'text/plain' }));
    const object = await stored(key);
    expect(new TextDecoder().decode(object.bytes)).toBe('hello');
    expect(object.contentType).toBe('text/plain');
  });
});

describe('downloads through the front: presigned GETs checked as S3 checks them', () => {
  const KEY = 'applications/5b1f4c1e-0000-4000-8000-000000000001/cv/letter.pdf';
  const presign = (key: string, expiresIn: number, extra: Record<string, string> = {}) =>
    getSignedUrl(client, new GetObjectCommand({ Bucket: BUCKET, Key: key, ...extra }), { expiresIn, signingDate: clock.now() });
  const codeOf = async (response: Response) => /<Code>([^<]*)<\/Code>/.exec(await response.text())?.[1];

  beforeAll(async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: pdfBytes(), ContentType: PDF }));
  });

  it('serves a presigned GET with its response overrides', async () => {
    const url = await presign(KEY, 300, { ResponseContentDisposition: 'attachment; filename="cv.pdf"' });

    const response = await fetch(url);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cv.pdf"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
  });

  it('refuses a GET with no signature at all', async () => {
    const response = await fetch(`${s3.endpoint}/${BUCKET}/${KEY}`);

    expect(response.status).toBe(403);
    expect(await codeOf(response)).toBe('AccessDenied');
  });

  it('refuses a signature moved to another key, or a changed override', async () => {
    const url = new URL(await presign(KEY, 300));
    const otherKey = new URL(url);
    otherKey.pathname = otherKey.pathname.replace('letter.pdf', 'other.pdf');
    const otherDisposition = new URL(url);
    otherDisposition.searchParams.set('response-content-disposition', 'inline');

    expect(await codeOf(await fetch(otherKey))).toBe('SignatureDoesNotMatch');
    expect(await codeOf(await fetch(otherDisposition))).toBe('SignatureDoesNotMatch');
  });

  it('refuses a link once it has expired by the stack clock', async () => {
    const url = await presign(KEY, 300);
    try {
      clock.set(new Date(START.getTime() + 301_000));
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Request has expired');
    } finally {
      clock.set(START);
    }
  });
});
