import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SELECTION_REPORTS_PREFIX } from '#shared/selection-report/keys.js';
import type { ReportObjects } from '#shared/selection-report/store.js';

const statusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;

/** Refuses any key outside the reports' prefix: the function's grant covers that prefix only. */
const checked = (key: string): string => {
  if (!key.startsWith(SELECTION_REPORTS_PREFIX)) throw new Error(`Not a selection report's key: ${key}`);
  return key;
};

/** The selection reports' files in the documents bucket (selection-reports/ only). */
export const s3ReportObjects = (client: S3Client, bucket: string): ReportObjects => ({
  async put(key, bytes, contentType) {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: checked(key), Body: bytes, ContentType: contentType }));
  },

  async get(key) {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checked(key) }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (statusOf(error) === 404 || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  },

  async remove(key) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checked(key) }));
  },
});
