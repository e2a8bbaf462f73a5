import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition, tableDesign } from '#functions/adapters/dynamodb/table-design.js';
import { loadStage, type StageName } from '#infra/aws/stages.js';
import { resourcesOf, synth, type CfnResource, type Synthesized } from './synth.js';

const only = (synthesized: Synthesized, type: string): CfnResource => {
  const found = Object.values(resourcesOf(synthesized.template, type));
  expect(found).toHaveLength(1);
  return found[0] as CfnResource;
};

describe('stored data', () => {
  let dev: Synthesized;
  let prod: Synthesized;

  beforeAll(() => {
    dev = synth('dev');
    prod = synth('prod');
  });

  it('keeps the prod table on stack deletion, with deletion protection and point-in-time recovery', () => {
    const table = only(prod, 'AWS::DynamoDB::Table');

    expect(table.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(table.Properties).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('deletes the dev table with its stack, still with point-in-time recovery', () => {
    const table = only(dev, 'AWS::DynamoDB::Table');

    expect(table.DeletionPolicy).toBe('Delete');
    expect(table.Properties).toMatchObject({
      DeletionProtectionEnabled: false,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it.each<StageName>(['dev', 'prod'])('builds the %s table from the table design: keys, every index with ALL projection, TTL, on demand', (stage) => {
    const table = only(stage === 'dev' ? dev : prod, 'AWS::DynamoDB::Table');

    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: tableDefinition.KeySchema,
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
      GlobalSecondaryIndexes: tableDefinition.GlobalSecondaryIndexes,
    });
  });

  it('keeps the prod documents bucket and its objects on stack deletion', () => {
    const bucket = only(prod, 'AWS::S3::Bucket');

    expect(bucket.DeletionPolicy).toBe('RetainExceptOnCreate');
    prod.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('empties and deletes the dev documents bucket with its stack', () => {
    const bucket = only(dev, 'AWS::S3::Bucket');

    expect(bucket.DeletionPolicy).toBe('Delete');
    dev.template.resourceCountIs('Custom::S3AutoDeleteObjects', 1);
  });

  it('keeps the prod user pool, with deletion protection', () => {
    const pool = only(prod, 'AWS::Cognito::UserPool');

    expect(pool.DeletionPolicy).toBe('RetainExceptOnCreate');
    expect(pool.Properties).toMatchObject({ DeletionProtection: 'ACTIVE' });
  });

  it.each<StageName>(['dev', 'prod'])('blocks all public access to the %s documents bucket and encrypts it with KMS', (stage) => {
    const { template } = stage === 'dev' ? dev : prod;

    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Status: 'Enabled',
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: Match.anyValue() },
            NoncurrentVersionExpiration: { NoncurrentDays: loadStage(stage, {}).documents.noncurrentVersionDays },
          }),
          // Abandoned uploads (never completed) expire; checked copies live under another prefix.
          Match.objectLike({ Status: 'Enabled', Prefix: 'uploads/', ExpirationInDays: 1 }),
          // Exports are personal data fetched within minutes: gone a day later, old versions too.
          Match.objectLike({ Status: 'Enabled', Prefix: 'exports/', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
          Match.objectLike({ Status: 'Enabled', Prefix: 'nomination-packages/', ExpirationInDays: 1, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
        ],
      },
    });
  });

  it.each<StageName>(['dev', 'prod'])('refuses every request to the %s documents bucket that is not over TLS 1.2+', (stage) => {
    const { template } = stage === 'dev' ? dev : prod;

    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
          }),
        ]),
      },
    });
  });

  it('accepts browser uploads (POST) from the stage origins (and the API\'s own, see cloud-review.test.ts)', () => {
    dev.template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: Match.arrayWith(loadStage('dev', {}).allowedOrigins) })] },
    });
  });
});
