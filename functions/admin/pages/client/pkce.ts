/**
 * The authorization code flow with PKCE (RFC 7636, S256), as Cognito's hosted UI and the local
 * stand-in expect it. Pure functions over Web Crypto, so the browser and the unit tests run the same code.
 */

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** 32 random bytes: a 43-character verifier, and the same size for `state`. */
export const randomToken = (random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string =>
  base64url(random(new Uint8Array(32)));

export const challengeFor = async (verifier: string): Promise<string> =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

export interface SignInClient {
  /** The OAuth 2.0 base: it serves /oauth2/authorize, /oauth2/token and /logout. */
  signInUrl: string;
  clientId: string;
  /** Where the sign-in comes back to: this page, without its query. */
  redirectUri: string;
}

export const authorizeUrl = (client: SignInClient, challenge: string, state: string): string => {
  const url = new URL(`${client.signInUrl}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    scope: 'openid email profile',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  return url.href;
};

/** The form body that trades the code for tokens; the verifier proves this page asked for the code. */
export const tokenRequestBody = (client: SignInClient, code: string, verifier: string): string =>
  new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: client.clientId,
    code,
    redirect_uri: client.redirectUri,
    code_verifier: verifier,
  }).toString();

export const logoutUrl = (client: SignInClient, backTo: string): string => {
  const url = new URL(`${client.signInUrl}/logout`);
  url.search = new URLSearchParams({ client_id: client.clientId, logout_uri: backTo }).toString();
  return url.href;
};
