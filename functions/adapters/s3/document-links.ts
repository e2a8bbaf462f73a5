import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentLinks, DownloadLinkRequest } from '#shared/admin/document-download.js';

/**
 * Presigned GETs of stored files (received documents, staff exports), signed at the request's
 * time (so the link expires exactly `expiresInSeconds` after the moment the rules judged) and
 * telling S3 to answer with the given type and `Content-Disposition: attachment`.
 */
export const s3DocumentLinks = (client: S3Client, bucket: string): DocumentLinks => ({
  async link(request: DownloadLinkRequest) {
    const command = new GetObjectCommand({
      Bucket: bucket,
      Key: request.key,
      ResponseContentType: request.contentType,
      ResponseContentDisposition: `attachment; filename="${request.fileName}"`,
    });
    const url = await getSignedUrl(client, command, { expiresIn: request.expiresInSeconds, signingDate: request.now });
    return { url, expiresAt: new Date(request.now.getTime() + request.expiresInSeconds * 1000).toISOString() };
  },
});
