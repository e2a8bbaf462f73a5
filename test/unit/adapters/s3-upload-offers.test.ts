import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { s3UploadOffers } from '#functions/adapters/s3/upload-offers.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF } from '#shared/documents/kinds.js';
import { UPLOAD_OFFER_SECONDS, uploadOffer } from '#shared/documents/uploads.js';

const BUCKET = 'secondment-hub-dev-documents';
const APPLICATION_ID = '5b1f4c1e-0000-4000-8000-000000000001';
const OBJECT_ID = '0c7e1a52-1111-4111-8111-111111111111';
const KEY = `uploads/${APPLICATION_ID}/cv/${OBJECT_ID}`;
const NOW = new Date('2026-11-22T10:00:00.000Z');

// The SDK's Node 22 notice is for deployers; this machine runs Node 20 on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const client = new S3Client({ region: 'eu-west-3', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
afterAll(() => client.destroy());

const decodedPolicy = (fields: Record<string, string>) =>
  JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };

const offerFor = (contentTypes: Array<typeof PDF | typeof DOCX>, now = NOW) =>
  uploadOffer(s3UploadOffers(client, BUCKET), { applicationId: APPLICATION_ID, kind: 'cv', contentTypes, now, newObjectId: () => OBJECT_ID });

describe('the policy document the API signs for an upload', () => {
  it('pins the exact key, 1 B to 10 MiB, the Content-Type, the bucket, and expires 15 minutes after the request', async () => {
    const offer = await offerFor([PDF]);
    const policy = decodedPolicy(offer.fields);

    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { key: KEY },
        ['content-length-range', 1, 10485760],
        { 'Content-Type': PDF },
        { bucket: BUCKET },
        { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
        { 'X-Amz-Credential': 'AKIDEXAMPLE/20261122/eu-west-3/s3/aws4_request' },
        { 'X-Amz-Date': '20261122T100000Z' },
      ]),
    );
    expect(Date.parse(policy.expiration) - NOW.getTime()).toBe(UPLOAD_OFFER_SECONDS * 1000);
    expect(offer.expiresAt).toBe('2026-11-22T10:15:00.000Z');
  });

  it('has no condition that lets the key or the type vary', async () => {
    const { conditions } = decodedPolicy((await offerFor([DOCX])).fields);
    const loose = conditions.filter((condition) => Array.isArray(condition) && condition[0] === 'starts-with');
    expect(loose).toEqual([]);
    expect(conditions).toContainEqual({ 'Content-Type': DOCX });
  });

  it('hands the browser every field it must post, the key and Content-Type among them, and the limits', async () => {
    const offer = await offerFor([PDF]);
    expect(offer).toMatchObject({ url: `https://${BUCKET}.s3.eu-west-3.amazonaws.com/`, maxBytes: MAX_DOCUMENT_BYTES, contentTypes: [PDF] });
    expect(Object.keys(offer.fields).sort()).toEqual(
      ['Content-Type', 'Policy', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Signature', 'bucket', 'key'].sort(),
    );
    expect(offer.fields).toMatchObject({ key: KEY, 'Content-Type': PDF });
  });

  it('signs at the request’s time, not the machine’s, so an offer made in the past is already expired', async () => {
    const offer = await offerFor([PDF], new Date('2020-01-01T00:00:00.000Z'));
    expect(decodedPolicy(offer.fields).expiration).toBe('2020-01-01T00:15:00Z');
    expect(offer.fields['X-Amz-Credential']).toBe('AKIDEXAMPLE/20200101/eu-west-3/s3/aws4_request');
  });

  it('narrows several types to their common prefix, all an S3 policy can say, and leaves the field to the client', async () => {
    const offer = await offerFor([PDF, DOCX]);
    expect(decodedPolicy(offer.fields).conditions).toContainEqual(['starts-with', '$Content-Type', 'application/']);
    expect(offer.fields['Content-Type']).toBeUndefined();
    expect(offer.contentTypes).toEqual([PDF, DOCX]);
  });

  it('points at a path-style URL on a local endpoint', async () => {
    const local = new S3Client({
      region: 'eu-west-3',
      endpoint: 'http://127.0.0.1:4569',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const offer = await uploadOffer(s3UploadOffers(local, BUCKET), { applicationId: APPLICATION_ID, kind: 'cv', contentTypes: [PDF], now: NOW });
    local.destroy();
    expect(offer.url).toBe(`http://127.0.0.1:4569/${BUCKET}`);
  });
});
