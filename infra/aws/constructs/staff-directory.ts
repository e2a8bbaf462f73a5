import { Duration } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_PAGE_PATH, type StaffGroup } from '#functions/routes.js';
import { acknowledgeNag } from '../nag.js';
import type { StageConfig } from '../stages.js';
import { removalPolicyOf } from './removal.js';

const staffGroups: Readonly<Record<StaffGroup, string>> = {
  hr: 'Human resources: vacancies and the application grid',
  ncb: 'National Central Bureau officers: their own country only (custom:country)',
  admin: 'Administrators',
  panel: 'Selection panel members: the vacancies they sit on, their shortlisted candidates only',
  force: "A sending unit's force approvers: the release of their own force's officers only (custom:force)",
};

/** The grid page's path: where the hosted UI sends staff back after signing in or out. */
export { STAFF_PAGE_PATH };

/**
 * Cognito accepts a plain-http callback only on localhost: the stage's other http origins
 * (127.0.0.1, for the bucket's CORS) cannot be one.
 */
const mayBeCallbackOrigin = (origin: string): boolean => {
  const url = new URL(origin);
  return url.protocol === 'https:' || url.hostname === 'localhost';
};

export interface StaffDirectoryProps {
  stage: StageConfig;
  /** More places the grid page is served from than the stage's origins (the API's own URL); tokens allowed. */
  extraPageUrls?: readonly string[];
}

/**
 * Staff sign-in: a Cognito user pool that admins fill (no self sign-up), TOTP MFA for everyone,
 * the hosted UI on a Cognito prefix domain, and the grid page's app client. Threat protection
 * (the old "advanced security") needs the PLUS feature plan, billed per user, so it stays off;
 * ESSENTIALS is the default plan of a new pool.
 */
export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  readonly gridClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The hosted UI's OAuth 2.0 base: it serves /oauth2/authorize, /oauth2/token and /logout. */
  readonly signInUrl: string;

  constructor(scope: Construct, id: string, props: StaffDirectoryProps) {
    super(scope, id);
    const { stage } = props;
    this.userPool = new UserPool(this, 'UserPool', {
      featurePlan: FeaturePlan.ESSENTIALS,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      // Mutable so that an admin can move an officer to another NCB; the app client cannot write it.
      // Added to a deployed pool in place (CloudFormation's AddCustomAttributes); an existing one may never change.
      customAttributes: {
        country: new StringAttribute({ minLen: 2, maxLen: 2, mutable: true }),
        force: new StringAttribute({ minLen: 1, maxLen: 40, mutable: true }),
      },
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
    acknowledgeNag(this.userPool, {
      id: 'AwsSolutions-COG8',
      reason: "Staff are a few dozen accounts an admin creates (no self sign-up) with TOTP MFA required and a 14-character password policy; the Plus plan's threat protection is a per-user cost the project does not take on.",
    });
    for (const [group, description] of Object.entries(staffGroups)) {
      this.userPool.addGroup(`${group}Group`, { groupName: group, description });
    }

    this.domain = this.userPool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: stage.staffSignIn.domainPrefix } });
    this.signInUrl = this.domain.baseUrl();

    const pageUrls = [
      ...stage.allowedOrigins.filter(mayBeCallbackOrigin).map((origin) => `${origin}${STAFF_PAGE_PATH}`),
      ...(props.extraPageUrls ?? []),
    ];
    this.gridClient = this.userPool.addClient('GridClient', {
      // A browser page keeps no secret: a public client, whose code only PKCE protects.
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: pageUrls,
        logoutUrls: pageUrls,
      },
      // Only the hosted UI signs in (no password or SRP flow through the API); refresh stays.
      authFlows: { userPassword: false, userSrp: false, custom: false, adminUserPassword: false },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // The ID token carries the country an NCB officer and the force an approver is limited to
      // (Cognito puts only the attributes the client may read in it); neither can change them.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('country', 'force'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });
  }
}
