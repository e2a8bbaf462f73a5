import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { s3DocumentLinks } from './document-links.js';

/** Export files in the documents bucket: streamed in, fetched through a presigned GET. */
export interface ExportObjects {
  /** Uploads the stream as it is produced, in 5 MiB parts, never holding the whole file. */
  upload(key: string, contentType: string, body: Readable): Promise<void>;
  link(key: string, request: { contentType: string; fileName: string; expiresInSeconds: number; now: Date }): Promise<{ url: string; expiresAt: string }>;
}

export const s3ExportObjects = (client: S3Client, bucket: string): ExportObjects => {
  const links = s3DocumentLinks(client, bucket);
  return {
    async upload(key, contentType, body) {
      // Two parts in flight at most: a Lambda's memory holds them, whatever the file's size.
      await new Upload({ client, params: { Bucket: bucket, Key: key, Body: body, ContentType: contentType }, queueSize: 2 }).done();
    },
    // The documents' signer: signed at the request's time, answered as an attachment.
    link: (key, request) => links.link({ key, ...request }),
  };
};
