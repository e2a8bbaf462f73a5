import type { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import type { UploadOffers, UploadPolicy } from '#shared/documents/uploads.js';

type Condition = NonNullable<PresignedPostOptions['Conditions']>[number];

/** The longest prefix the types share: all an S3 policy can say of several types. */
const commonPrefix = (values: readonly string[]): string =>
  values.reduce((prefix, value) => {
    let length = 0;
    while (length < prefix.length && prefix[length] === value[length]) length += 1;
    return prefix.slice(0, length);
  });

/**
 * `createPresignedPost` takes its time only from `Date.now() + config.systemClockOffset`: a view
 * of the client with the offset that makes it sign at the request's time, so the policy expires
 * 15 minutes after the moment the rules judged. The shared client is not touched.
 */
const signingAt = (client: S3Client, now: Date): S3Client =>
  ({ config: { ...client.config, systemClockOffset: now.getTime() - Date.now() } }) as unknown as S3Client;

/**
 * Presigned POSTs whose policy pins the exact key (createPresignedPost adds `{key}` and
 * `{bucket}` and the signature fields), the size range, and the Content-Type the client must send.
 */
export const s3UploadOffers = (client: S3Client, bucket: string): UploadOffers => ({
  async offer(policy: UploadPolicy) {
    const [only] = policy.contentTypes;
    if (!only) throw new Error('An upload offer needs at least one content type.');
    const pinned = policy.contentTypes.length === 1;
    const conditions: Condition[] = [
      ['content-length-range', policy.minBytes, policy.maxBytes],
      ...(pinned ? [] : [['starts-with', '$Content-Type', commonPrefix(policy.contentTypes)] as Condition]),
    ];
    const { url, fields } = await createPresignedPost(signingAt(client, policy.now), {
      Bucket: bucket,
      Key: policy.key,
      Conditions: conditions,
      // A field given here is also an exact-match condition of the policy.
      Fields: pinned ? { 'Content-Type': only } : {},
      Expires: policy.expiresInSeconds,
    });
    const signed = JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8')) as { expiration: string };
    return {
      url,
      fields,
      maxBytes: policy.maxBytes,
      contentTypes: [...policy.contentTypes],
      expiresAt: new Date(signed.expiration).toISOString(),
    };
  },
});
