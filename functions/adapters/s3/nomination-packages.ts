import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { NOMINATION_PACKAGES_PREFIX, RECEIVED_PREFIX } from '#shared/documents/keys.js';
import { s3DocumentLinks } from './document-links.js';

export const PACKAGE_CONTENT_TYPE = 'application/zip';

export interface PackageLinkRequest {
  key: string;
  fileName: string;
  now: Date;
  expiresInSeconds: number;
}

/** The documents bucket as a nomination's package uses it (`uses.documents: 'nomination-packages'`). */
export interface NominationPackages {
  /** A received document's bytes (the CV); a key outside applications/ is refused, as the function's grant would. */
  readDocument(key: string): Promise<Uint8Array>;
  /** Writes a built package under nomination-packages/ (encrypted by the bucket's default SSE-KMS, as every write is). */
  store(key: string, bytes: Uint8Array): Promise<void>;
  /** A presigned GET of a stored package, answered as a ZIP attachment named `fileName`. */
  link(request: PackageLinkRequest): Promise<{ url: string; expiresAt: string }>;
}

const under = (prefix: string, key: string): string => {
  if (!key.startsWith(prefix) || key.includes('..')) throw new Error(`Not a key under ${prefix}: ${key}`);
  return key;
};

/** A file name in a Content-Disposition's quoted string: the package's names are ASCII already; anything else becomes "_". */
const quotable = (fileName: string): string => fileName.replace(/[^A-Za-z0-9._-]/g, '_');

export const nominationPackages = (client: S3Client, bucket: string): NominationPackages => ({
  async readDocument(key) {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: under(RECEIVED_PREFIX, key) }));
    return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
  },

  async store(key, bytes) {
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: under(NOMINATION_PACKAGES_PREFIX, key), Body: bytes, ContentType: PACKAGE_CONTENT_TYPE }),
    );
  },

  // The documents' own signed download (document-links.ts), within nomination-packages/ only.
  link: async ({ key, fileName, now, expiresInSeconds }) =>
    s3DocumentLinks(client, bucket).link({ key: under(NOMINATION_PACKAGES_PREFIX, key), contentType: PACKAGE_CONTENT_TYPE, fileName: quotable(fileName), now, expiresInSeconds }),
});
