import type { Readable } from 'node:stream';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** Export files in the documents bucket: streamed in, fetched through a presigned GET. */
export interface ExportObjects {
  /** Uploads the stream as it is produced, in 5 MiB parts, never holding the whole file. */
  upload(key: string, contentType: string, body: Readable): Promise<void>;
  link(key: string, request: { contentType: string; fileName: string; expiresInSeconds: number; now: Date }): Promise<{ url: string; expiresAt: string }>;
}

export const s3ExportObjects = (client: S3Client, bucket: string): ExportObjects => ({
  async upload(key, contentType, body) {
    // Two parts in flight at most: a Lambda's memory holds them, whatever the file's size.
    await new Upload({ client, params: { Bucket: bucket, Key: key, Body: body, ContentType: contentType }, queueSize: 2 }).done();
  },

  async link(key, { contentType, fileName, expiresInSeconds, now }) {
    const command = new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      ResponseContentType: contentType,
      ResponseContentDisposition: `attachment; filename="${fileName}"`,
    });
    // Signed at the request's time, so the link lasts exactly from the moment the export was judged.
    const url = await getSignedUrl(client, command, { expiresIn: expiresInSeconds, signingDate: now });
    return { url, expiresAt: new Date(now.getTime() + expiresInSeconds * 1000).toISOString() };
  },
});
