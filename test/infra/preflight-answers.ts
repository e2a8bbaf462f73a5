import type { PreflightAnswers } from '#infra/aws/preflight/checks.js';

// SDK answers as the three read-only calls return them (bodies of GetIdentityVerificationAttributes,
// GetSendQuota and DescribeUserPoolDomain), for an account that is ready and for a fresh one.

/** A production SES account with the domain verified, and the prefix held by the stage's own pool. */
export const readyAccount = (identity: string, account: string): PreflightAnswers => ({
  identity: { VerificationAttributes: { [identity]: { VerificationStatus: 'Success', VerificationToken: 'pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=' } } },
  sendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 312 },
  userPoolDomain: {
    DomainDescription: {
      UserPoolId: 'eu-west-3_AbCdEf123',
      AWSAccountId: account,
      Domain: 'secondment-hub-prod-staff',
      S3Bucket: 'aws-cognito-prod-cdg-assets',
      CloudFrontDistribution: 'd3oia8etllorh5.cloudfront.net',
      Version: '20261201080000',
      Status: 'ACTIVE',
    },
  },
});

/** A fresh account: the identity never created, SES in its sandbox, the prefix unused (an empty description). */
export const freshAccount: PreflightAnswers = {
  identity: { VerificationAttributes: {} },
  sendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
  userPoolDomain: { DomainDescription: {} },
};
