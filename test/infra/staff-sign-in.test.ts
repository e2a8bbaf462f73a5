import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/routes.js';
import { loadStage, type StageName } from '#infra/aws/stages.js';
import { signInPageRoute } from './fixtures.js';
import { routeFunctionLogicalId, resourcesOf, synth, type CfnResource, type Synthesized } from './synth.js';

const only = (synthesized: Synthesized, type: string): [string, CfnResource] => {
  const found = Object.entries(resourcesOf(synthesized.template, type));
  expect(found).toHaveLength(1);
  return found[0] as [string, CfnResource];
};

/** A CloudFormation value as text, so a Fn::Join of tokens can be searched. */
const text = (value: unknown): string => JSON.stringify(value);

describe.each<StageName>(['dev', 'prod'])('staff sign-in in %s', (stageName) => {
  const stage = loadStage(stageName, {});
  let synthesized: Synthesized;
  let client: Record<string, unknown>;

  beforeAll(() => {
    synthesized = synth(stageName, { routes: [...routes, signInPageRoute] });
    client = only(synthesized, 'AWS::Cognito::UserPoolClient')[1].Properties ?? {};
  });

  it('gives the grid page a public app client: no secret, the authorization code grant only', () => {
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect((client.AllowedOAuthScopes as string[]).sort()).toEqual(['email', 'openid', 'profile']);
  });

  it('lets the client sign in only through the hosted UI: no password or SRP flow, refresh only', () => {
    expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
  });

  it('issues ID tokens valid 1 hour and refresh tokens valid 12 hours', () => {
    expect(client).toMatchObject({
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('lets the client read custom:country and custom:force but never write them: an NCB officer or a force approver cannot widen their own scope', () => {
    expect(client.ReadAttributes).toEqual(expect.arrayContaining(['custom:country', 'custom:force', 'email']));
    expect(client.WriteAttributes).not.toContain('custom:country');
    expect(client.WriteAttributes).not.toContain('custom:force');
    expect(client.WriteAttributes).toEqual(expect.arrayContaining(['email']));
  });

  it("sends staff back to <origin>/admin of each of the stage's origins Cognito accepts, and of the API itself", () => {
    const callbacks = client.CallbackURLs as unknown[];
    const expected = stage.allowedOrigins
      .filter((origin) => origin.startsWith('https://') || new URL(origin).hostname === 'localhost')
      .map((origin) => `${origin}/admin`);
    const [apiId] = Object.keys(resourcesOf(synthesized.template, 'AWS::ApiGateway::RestApi'));

    const literal = callbacks.filter((url): url is string => typeof url === 'string');
    const apiUrl = callbacks.find((url) => typeof url !== 'string');

    expect(literal).toEqual(expected);
    expect(literal.length).toBeGreaterThan(0);
    expect(text(apiUrl)).toContain(`{"Ref":"${apiId}"}`);
    expect(text(apiUrl)).toContain(`.execute-api.`);
    expect(text(apiUrl)).toContain(`/${stageName}/admin`);
    expect(client.LogoutURLs).toEqual(callbacks);
  });

  it('serves the hosted UI on the Cognito prefix domain of the stage', () => {
    const [, domain] = only(synthesized, 'AWS::Cognito::UserPoolDomain');
    const [poolId] = only(synthesized, 'AWS::Cognito::UserPool');

    expect(domain.Properties).toMatchObject({ Domain: stage.staffSignIn.domainPrefix, UserPoolId: { Ref: poolId } });
    expect(stage.staffSignIn.domainPrefix).toBe(`secondment-hub-${stageName}-staff`);
  });

  it('tells a function with staffSignIn the hosted UI base URL and the app client id', () => {
    const { stack, template } = synthesized;
    const [clientId] = only(synthesized, 'AWS::Cognito::UserPoolClient');
    const [domainId] = only(synthesized, 'AWS::Cognito::UserPoolDomain');

    const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, signInPageRoute)] as CfnResource;
    const variables = (fn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;

    expect(variables.STAFF_CLIENT_ID).toEqual({ Ref: clientId });
    expect(text(variables.STAFF_SIGN_IN_URL)).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",/);
    expect(text(variables.STAFF_SIGN_IN_URL)).toContain(`{"Ref":"${domainId}"}`);
    expect(text(variables.STAFF_SIGN_IN_URL)).toContain('.auth.');
    expect(text(variables.STAFF_SIGN_IN_URL)).toContain('.amazoncognito.com');
  });

  it('tells no function without staffSignIn where staff sign in', () => {
    const { stack, template } = synthesized;

    const told = routes
      .filter((route) => !route.uses.staffSignIn)
      .filter((route) => {
        const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource;
        const variables = (fn.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
        return 'STAFF_SIGN_IN_URL' in variables || 'STAFF_CLIENT_ID' in variables;
      });

    expect(told).toEqual([]);
  });

  it('outputs the sign-in URL and the app client id for the deployer', () => {
    synthesized.template.hasOutput('StaffSignInUrl', { Value: Match.anyValue() });
    synthesized.template.hasOutput('StaffClientId', { Value: { Ref: only(synthesized, 'AWS::Cognito::UserPoolClient')[0] } });
  });
});
