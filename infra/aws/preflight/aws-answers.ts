import { CognitoIdentityProviderClient, DescribeUserPoolDomainCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetIdentityVerificationAttributesCommand, GetSendQuotaCommand, SESClient } from '@aws-sdk/client-ses';
import type { StageConfig } from '../stages.js';
import type { PreflightAnswers } from './checks.js';

/** The read-only calls preflight makes, in the stage's region (the CLI profile's when dev names none). */
export const askAws = async (stage: StageConfig): Promise<PreflightAnswers> => {
  const region = stage.region;
  const ses = new SESClient({ region });
  const cognito = new CognitoIdentityProviderClient({ region });
  try {
    const [identity, sendQuota, userPoolDomain] = await Promise.all([
      ses.send(new GetIdentityVerificationAttributesCommand({ Identities: [stage.email.identity] })),
      ses.send(new GetSendQuotaCommand({})),
      cognito.send(new DescribeUserPoolDomainCommand({ Domain: stage.staffSignIn.domainPrefix })),
    ]);
    return { identity, sendQuota, userPoolDomain };
  } finally {
    ses.destroy();
    cognito.destroy();
  }
};
