import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentContentType } from '#shared/documents/kinds.js';
import type { DocumentObjects } from '#shared/documents/uploads.js';

const statusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;

/** The documents bucket for the upload rules: look, read (bounded), write, delete. */
export const s3DocumentObjects = (client: S3Client, bucket: string): DocumentObjects => ({
  async head(key) {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: head.ContentLength ?? 0, contentType: head.ContentType, ...(head.LastModified ? { lastModified: head.LastModified } : {}) };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  },

  async read(key, maxBytes) {
    try {
      // A range, so that an object that grew since it was looked at is never read whole.
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes}` }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return undefined;
      // 416: a range of an empty object.
      if (status === 416) return new Uint8Array();
      throw error;
    }
  },

  async write(key, bytes, contentType: DocumentContentType) {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
  },

  async remove(key) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  },
});
