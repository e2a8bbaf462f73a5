import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFileSize, checkPostPolicy, policySignature, type PostToCheck } from '#infra/local/s3-post-policy/policy.js';
import type { S3Error } from '#infra/local/s3-post-policy/s3-error.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const REGION = 'eu-west-3';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const BUCKET = 'documents';
const KEY = 'applications/5b1f4c1e-0000-4000-8000-000000000001/cv/0c7e1a52-1111-4111-8111-111111111111';
const SIGNED_AT = new Date('2026-11-22T10:00:00.000Z');

const client = new S3Client({ region: REGION, credentials: CREDENTIALS, endpoint: 'http://127.0.0.1:4569', forcePathStyle: true });
afterAll(() => client.destroy());

/** A presigned POST made by the real SDK, signed at SIGNED_AT. */
const presigned = async (options: Partial<PresignedPostOptions> = {}) => {
  const signingClient = { config: { ...client.config, systemClockOffset: SIGNED_AT.getTime() - Date.now() } } as unknown as S3Client;
  const { fields } = await createPresignedPost(signingClient, {
    Bucket: BUCKET,
    Key: KEY,
    Conditions: [['content-length-range', 1, 10485760]],
    Fields: { 'Content-Type': 'application/pdf' },
    Expires: 900,
    ...options,
  });
  return fields;
};

const post = (fields: Record<string, string> | Array<[string, string]>, overrides: Partial<PostToCheck> = {}): PostToCheck => ({
  fields: Array.isArray(fields) ? fields : Object.entries(fields),
  bucket: BUCKET,
  fileName: 'cv.pdf',
  region: REGION,
  credentials: CREDENTIALS,
  now: new Date(SIGNED_AT.getTime() + 60_000),
  ...overrides,
});

const refusal = (check: () => unknown): Pick<S3Error, 'code' | 'message' | 'status'> => {
  try {
    check();
  } catch (error) {
    const { code, message, status } = error as S3Error;
    return { code, message, status };
  }
  throw new Error('expected the POST to be refused');
};

describe('S3’s checks of a POST upload, against policies the SDK signs', () => {
  it('accepts the form as the SDK hands it out, and reads the size range', async () => {
    const accepted = checkPostPolicy(post(await presigned()));
    expect(accepted.key).toBe(KEY);
    expect(accepted.size).toEqual({ min: 1, max: 10485760 });
    expect(accepted.fields.get('content-type')).toBe('application/pdf');
  });

  it('computes the same signature as the SDK', async () => {
    const fields = await presigned();
    expect(policySignature(CREDENTIALS.secretAccessKey, '20261122', REGION, fields.Policy ?? '')).toBe(fields['X-Amz-Signature']);
  });

  it('matches field names whatever their case, as S3 does', async () => {
    const fields = Object.entries(await presigned()).map(([name, value]) => [name.toLowerCase(), value] as [string, string]);
    expect(checkPostPolicy(post(fields)).key).toBe(KEY);
  });

  it('refuses an expired policy: AccessDenied, "Policy expired."', async () => {
    const fields = await presigned();
    expect(refusal(() => checkPostPolicy(post(fields, { now: new Date(SIGNED_AT.getTime() + 900_000) })))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: 'Invalid according to Policy: Policy expired.',
    });
  });

  it('refuses another key: AccessDenied naming the failed condition', async () => {
    const fields = { ...(await presigned()), key: `${KEY}-mine` };
    expect(refusal(() => checkPostPolicy(post(fields)))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: `Invalid according to Policy: Policy Condition failed: ["eq", "$key", "${KEY}"]`,
    });
  });

  it('refuses another Content-Type', async () => {
    const fields = { ...(await presigned()), 'Content-Type': 'text/html' };
    expect(refusal(() => checkPostPolicy(post(fields))).message).toBe(
      'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "application/pdf"]',
    );
  });

  it('refuses a POST to another bucket than the policy’s', async () => {
    const fields = await presigned();
    expect(refusal(() => checkPostPolicy(post(fields, { bucket: 'other' }))).message).toBe(
      'Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "documents"]',
    );
  });

  it('refuses a field the policy does not cover, but not an x-ignore- one', async () => {
    const fields = await presigned();
    expect(refusal(() => checkPostPolicy(post({ ...fields, 'x-amz-meta-owner': 'me' }))).message).toBe(
      'Invalid according to Policy: Extra input fields: x-amz-meta-owner',
    );
    expect(checkPostPolicy(post({ ...fields, 'x-ignore-submit': 'Upload' })).key).toBe(KEY);
  });

  it('refuses a tampered policy or a wrong secret: SignatureDoesNotMatch', async () => {
    const fields = await presigned();
    const widened = Buffer.from(
      Buffer.from(fields.Policy ?? '', 'base64').toString('utf8').replace('10485760', '1073741824'),
    ).toString('base64');
    expect(refusal(() => checkPostPolicy(post({ ...fields, Policy: widened })))).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
    expect(refusal(() => checkPostPolicy(post(fields, { credentials: { ...CREDENTIALS, secretAccessKey: 'other' } }))).code).toBe('SignatureDoesNotMatch');
  });

  it('refuses unknown access keys and credentials for another region or service', async () => {
    const fields = await presigned();
    expect(refusal(() => checkPostPolicy(post(fields, { credentials: { ...CREDENTIALS, accessKeyId: 'OTHER' } })))).toMatchObject({
      code: 'InvalidAccessKeyId',
      status: 403,
    });
    expect(refusal(() => checkPostPolicy(post(fields, { region: 'us-east-1' })))).toEqual({
      code: 'AuthorizationQueryParametersError',
      status: 400,
      message: "Error parsing the X-Amz-Credential parameter; the region 'eu-west-3' is wrong; expecting 'us-east-1'",
    });
    const otherService = { ...fields, 'X-Amz-Credential': 'S3RVER/20261122/eu-west-3/sqs/aws4_request' };
    expect(refusal(() => checkPostPolicy(post(otherService))).code).toBe('AuthorizationQueryParametersError');
  });

  it('asks for a missing key or signature field by name, and denies a POST without a policy', async () => {
    const { key: _key, ...withoutKey } = await presigned();
    expect(refusal(() => checkPostPolicy(post(withoutKey)))).toEqual({
      code: 'InvalidArgument',
      status: 400,
      message: "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
    });
    const { 'X-Amz-Signature': _signature, ...unsigned } = await presigned();
    expect(refusal(() => checkPostPolicy(post(unsigned))).message).toContain("field named 'X-Amz-Signature'");
    const { Policy: _policy, ...anonymous } = await presigned();
    expect(refusal(() => checkPostPolicy(post(anonymous)))).toEqual({ code: 'AccessDenied', status: 403, message: 'Access Denied' });
  });

  it('refuses a field given twice', async () => {
    const fields: Array<[string, string]> = [...Object.entries(await presigned()), ['key', 'other']];
    expect(refusal(() => checkPostPolicy(post(fields))).code).toBe('InvalidArgument');
  });

  it('applies starts-with conditions, with ${filename} in the key, and refuses them on exact-only fields', async () => {
    const prefix = 'applications/5b1f4c1e-0000-4000-8000-000000000001/cv/';
    const fields = await presigned({ Key: `${prefix}\${filename}`, Fields: {}, Conditions: [['starts-with', '$Content-Type', 'application/']] });
    expect(checkPostPolicy(post({ ...fields, 'Content-Type': 'application/pdf' })).key).toBe(`${prefix}cv.pdf`);
    expect(refusal(() => checkPostPolicy(post({ ...fields, 'Content-Type': 'image/png' }))).code).toBe('AccessDenied');
    expect(refusal(() => checkPostPolicy(post({ ...fields, 'Content-Type': 'application/pdf, image/png' }))).code).toBe('AccessDenied');
    const exactOnly = await presigned({ Conditions: [['starts-with', '$success_action_status', '2']], Fields: { success_action_status: '201' } });
    expect(refusal(() => checkPostPolicy(post(exactOnly))).code).toBe('AccessDenied');
  });

  it('judges the file’s size against content-length-range: EntityTooLarge, EntityTooSmall', () => {
    const range = { min: 1, max: 10485760 };
    expect(() => checkFileSize(range, 10485760)).not.toThrow();
    expect(() => checkFileSize(range, 1)).not.toThrow();
    expect(refusal(() => checkFileSize(range, 10485761))).toEqual({
      code: 'EntityTooLarge',
      status: 400,
      message: 'Your proposed upload exceeds the maximum allowed size',
    });
    expect(refusal(() => checkFileSize(range, 0))).toEqual({
      code: 'EntityTooSmall',
      status: 400,
      message: 'Your proposed upload is smaller than the minimum allowed size',
    });
  });
});
