import type { DescribeUserPoolDomainResponse } from '@aws-sdk/client-cognito-identity-provider';
import type { GetIdentityVerificationAttributesResponse, GetSendQuotaResponse } from '@aws-sdk/client-ses';
import type { StageConfig } from '../stages.js';

/** What the read-only AWS calls answered, as the SDK returns it (fixtures in test/infra/preflight-answers.ts). */
export interface PreflightAnswers {
  /** SES GetIdentityVerificationAttributes for the stage's email identity. */
  identity: GetIdentityVerificationAttributesResponse;
  /** SES GetSendQuota. */
  sendQuota: GetSendQuotaResponse;
  /** Cognito DescribeUserPoolDomain for the stage's hosted UI domain prefix. */
  userPoolDomain: DescribeUserPoolDomainResponse;
}

/** Something a stage lacks before it can go live, and what the deployer does about it. */
export interface Finding {
  missing: string;
  todo: string;
}

/** An account in SES's sandbox may send 200 emails a day (and 1 a second), to verified addresses only. */
export const SANDBOX_DAILY_QUOTA = 200;

/** The most emails a second the stage may have to send: one receipt per submission the API lets through. */
export const neededSendRate = (stage: StageConfig): number =>
  stage.edge.routeThrottling.submitApplication?.rateLimit ?? stage.throttling.rateLimit;

/** Everything the stage lacks, judged from the answers alone (no AWS call); none is []. */
export const preflightFindings = (stage: StageConfig, answers: PreflightAnswers): Finding[] => {
  const region = stage.region ?? 'the stage region';
  const findings: Finding[] = [];
  const identity = stage.email.identity;

  const status = answers.identity.VerificationAttributes?.[identity]?.VerificationStatus;
  if (status !== 'Success') {
    findings.push({
      missing: `SES identity ${identity} is ${status === undefined ? 'not registered' : `not verified (${status})`} in ${region}`,
      todo: `verify it in SES (Verified identities > Create identity > Domain), publish its DKIM CNAME records in DNS, and wait for "Verified"; or set email.identity and email.from of stage ${stage.name} in infra/aws/stages.ts to an identity you own`,
    });
  }

  const { Max24HourSend: daily, MaxSendRate: rate } = answers.sendQuota;
  if (daily === undefined || daily <= SANDBOX_DAILY_QUOTA) {
    findings.push({
      missing: `SES in ${region} is in the sandbox (${daily ?? '?'} emails a day, only to verified addresses)`,
      todo: 'request production access (SES > Account dashboard > Request production access), naming the transactional emails the site sends',
    });
  }
  const needed = neededSendRate(stage);
  if (rate === undefined || rate < needed) {
    findings.push({
      missing: `SES sends at most ${rate ?? '?'} emails a second in ${region}, but the submit route lets ${needed} submissions a second through, each sending a receipt`,
      todo: `ask for a sending rate of at least ${needed} a second (Service Quotas > Amazon SES > Sending rate), or lower edge.routeThrottling.submitApplication of stage ${stage.name} in infra/aws/stages.ts`,
    });
  }

  const domain = answers.userPoolDomain.DomainDescription;
  const prefix = stage.staffSignIn.domainPrefix;
  const owner = domain?.AWSAccountId;
  // An empty description means nobody holds the prefix; our own account holding it is this stage already deployed.
  if (domain?.UserPoolId !== undefined && (stage.account === undefined || owner !== stage.account)) {
    findings.push({
      missing: `the Cognito domain prefix ${prefix} is already taken in ${region}${owner === undefined ? '' : ` (by account ${owner})`}${stage.account === undefined ? ', unless it is this stage\'s own' : ''}`,
      todo: `choose an unused staffSignIn.domainPrefix for stage ${stage.name} in infra/aws/stages.ts`,
    });
  }
  return findings;
};

/** The report printed to the deployer: each finding with what to do, or that nothing is missing. */
export const preflightReport = (stage: StageConfig, findings: readonly Finding[]): string =>
  findings.length === 0
    ? `preflight ${stage.name}: SES identity verified, production access and send rate enough, Cognito domain prefix free. Ready to deploy.`
    : [
        `preflight ${stage.name}: ${findings.length} thing${findings.length === 1 ? '' : 's'} missing before the first deploy:`,
        ...findings.map((finding) => `  - ${finding.missing}.\n    To do: ${finding.todo}.`),
      ].join('\n');
