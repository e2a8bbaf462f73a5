import { S3Client } from '@aws-sdk/client-s3';
import { readConfig } from '../../config.js';

/**
 * The S3 client a handler module creates once per container. Checksums only when S3 requires
 * them: with the SDK's default, streamed bodies reach s3rver with their chunk framing inside.
 */
export const createS3Client = (): S3Client => {
  const { S3_FORCE_PATH_STYLE } = readConfig(['S3_FORCE_PATH_STYLE']);
  return new S3Client({
    forcePathStyle: S3_FORCE_PATH_STYLE,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
};
