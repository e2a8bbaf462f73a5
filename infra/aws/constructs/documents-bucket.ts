import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EXPORTS_PREFIX } from '#shared/admin/spreadsheet/export-query.js';
import { NOMINATION_PACKAGES_PREFIX, UPLOADS_PREFIX } from '#shared/documents/keys.js';
import { acknowledgeNag } from '../nag.js';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

/** Where the grid's XLSX and CSV exports are written (shared/admin/spreadsheet/export-query.ts, exportKey). */
export { EXPORTS_PREFIX };

/**
 * CVs and confirmation letters. Private, TLS only, versioned; browsers upload straight to it with
 * presigned POSTs from the stage's origins.
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  /** `apiOrigin`: the API's own origin (HubApi.origin), where the pages are served without a custom domain. */
  constructor(scope: Construct, id: string, props: { stage: StageConfig; apiOrigin: string }) {
    super(scope, id);
    const { stage, apiOrigin } = props;
    const removalPolicy = removalPolicyOf(stage);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // SSE-KMS with the AWS-managed aws/s3 key (rotated yearly by AWS): objects are only reached
      // through our function roles' presigned URLs, so a customer key would add a key policy
      // (root kms:*) and a monthly cost without narrowing access; switch to one if documents
      // must ever be shared across accounts or revoked at key level.
      encryption: BucketEncryption.KMS_MANAGED,
      bucketKeyEnabled: true,
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-old-versions-and-stale-uploads',
          noncurrentVersionExpiration: Duration.days(stage.documents.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
          expiredObjectDeleteMarker: true,
        },
        {
          // An upload is checked and copied under applications/ within minutes; what is left
          // under uploads/ was abandoned (or refused), and goes.
          id: 'expire-abandoned-uploads',
          prefix: UPLOADS_PREFIX,
          expiration: Duration.days(1),
        },
        {
          // Exported grids are fetched within minutes of being written (a short-lived URL); a day
          // later they are personal data nobody needs, and go, old versions too.
          id: 'expire-exports',
          prefix: EXPORTS_PREFIX,
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
        },
        {
          // A nomination's package is built for a five-minute link and rebuilt for the next; a day
          // later it is a copy of a CV nobody needs, and goes, old versions too.
          id: 'expire-nomination-packages',
          prefix: NOMINATION_PACKAGES_PREFIX,
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      // The pages post uploads from the stage's origins, or from the API's own URL on a stage without a custom domain.
      cors: [{ allowedMethods: [HttpMethods.POST], allowedOrigins: [...stage.allowedOrigins, apiOrigin], maxAge: 3000 }],
      removalPolicy,
      autoDeleteObjects: removalPolicy === RemovalPolicy.DESTROY,
    });
    acknowledgeNag(this.bucket, {
      id: 'AwsSolutions-S1',
      reason:
        'Objects are reached only through presigned URLs our functions sign after checking the caller, and API Gateway access-logs every request for one; S3 server access logs would need a second bucket holding object keys and requester IPs of personal documents, which nothing reads. No per-object access log is kept.',
    });
  }
}
