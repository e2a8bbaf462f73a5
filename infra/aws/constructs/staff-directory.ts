import { Duration } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StaffGroup } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

const staffGroups: Readonly<Record<StaffGroup, string>> = {
  hr: 'Human resources: vacancies and the application grid',
  ncb: 'National Central Bureau officers: their own country only (custom:country)',
  admin: 'Administrators',
};

/**
 * Staff sign-in: a Cognito user pool that admins fill (no self sign-up), TOTP MFA for everyone.
 * Threat protection (the old "advanced security") needs the PLUS feature plan, billed per user,
 * so it stays off; ESSENTIALS is the default plan of a new pool.
 */
export class StaffDirectory extends Construct {
  readonly userPool: UserPool;

  constructor(scope: Construct, id: string, props: { stage: StageConfig }) {
    super(scope, id);
    const { stage } = props;
    this.userPool = new UserPool(this, 'UserPool', {
      featurePlan: FeaturePlan.ESSENTIALS,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: { country: new StringAttribute({ minLen: 2, maxLen: 2, mutable: true }) },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: stage.deletionProtection,
      removalPolicy: removalPolicyOf(stage),
    });
    for (const [group, description] of Object.entries(staffGroups)) {
      this.userPool.addGroup(`${group}Group`, { groupName: group, description });
    }
  }
}
