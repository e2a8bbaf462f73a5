import { S3Client } from '@aws-sdk/client-s3';

/**
 * The S3 client a handler module creates once per container. Checksums only when S3 requires
 * them: with the SDK's default, streamed bodies reach s3rver with their chunk framing inside.
 */
export const createS3Client = ({ forcePathStyle }: { forcePathStyle: boolean }): S3Client => {
  return new S3Client({
    forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
};
