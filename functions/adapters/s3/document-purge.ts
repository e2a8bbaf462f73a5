import { DeleteObjectsCommand, ListObjectVersionsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentPurge } from '#shared/retention/store.js';

type ObjectId = { Key: string; VersionId?: string };

/** An S3 that has no versioning API at all (s3rver answers 405): AWS never answers so, it lists versions of any bucket. */
const noVersioningApi = (error: unknown): boolean => {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'MethodNotAllowed' || name === 'NotImplemented';
};

/** Every version and delete marker under the prefix (the documents bucket is versioned), page by page. */
async function* versionsUnder(client: S3Client, bucket: string, prefix: string): AsyncGenerator<ObjectId[]> {
  let KeyMarker: string | undefined;
  let VersionIdMarker: string | undefined;
  do {
    const page = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker, VersionIdMarker }));
    yield [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].flatMap((entry) =>
      entry.Key ? [{ Key: entry.Key, ...(entry.VersionId ? { VersionId: entry.VersionId } : {}) }] : [],
    );
    [KeyMarker, VersionIdMarker] = page.IsTruncated ? [page.NextKeyMarker, page.NextVersionIdMarker] : [undefined, undefined];
  } while (KeyMarker !== undefined);
}

async function* objectsUnder(client: S3Client, bucket: string, prefix: string): AsyncGenerator<ObjectId[]> {
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }));
    yield (page.Contents ?? []).flatMap((entry) => (entry.Key ? [{ Key: entry.Key }] : []));
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken !== undefined);
}

/** Deletes for good everything kept under a prefix: each version named, so nothing survives as a noncurrent version. */
export const s3DocumentPurge = (client: S3Client, bucket: string): DocumentPurge => {
  const deleteAll = async (pages: AsyncGenerator<ObjectId[]>, keep: ReadonlySet<string>): Promise<number> => {
    let deleted = 0;
    for await (const page of pages) {
      const objects = page.filter((object) => !keep.has(object.Key));
      // A listing page holds at most 1,000 entries: what one DeleteObjects takes.
      if (objects.length === 0) continue;
      const result = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
      if (result.Errors?.length) throw new Error(`S3 refused to delete ${result.Errors.length} object(s): ${result.Errors[0]?.Code ?? 'unknown'}`);
      deleted += objects.length;
    }
    return deleted;
  };

  // Learnt once per container: an S3 without the versioning API will not grow one.
  let versioningApi = true;
  return {
    async deleteUnder(prefix, keep = []) {
      const kept = new Set(keep);
      if (versioningApi) {
        try {
          return await deleteAll(versionsUnder(client, bucket, prefix), kept);
        } catch (error) {
          if (!noVersioningApi(error)) throw error;
          versioningApi = false;
        }
      }
      return deleteAll(objectsUnder(client, bucket, prefix), kept);
    },
  };
};
