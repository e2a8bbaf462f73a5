/**
 * Staff sign-in in the browser: the authorization code flow with PKCE against the hosted sign-in
 * (Cognito's, or the local stand-in). The ID token lives in sessionStorage: gone with the tab,
 * never in a cookie, sent only as `Authorization: Bearer`.
 */
import { authorizeUrl, challengeFor, logoutUrl, randomToken, tokenRequestBody, type SignInClient } from './pkce.js';
import { userFromIdToken, type SignedInUser } from './signed-in-user.js';
import { t } from '../../../pages/client/words.js';

const TOKEN = 'secondment-hub.staff.id-token';
const PENDING = 'secondment-hub.staff.sign-in';
const SIGNED_IN_AT = 'secondment-hub.staff.signed-in-at';
const RETURN_TO = 'secondment-hub.staff.return-to';
const SIGNED_OUT = 'secondment-hub.staff.signed-out';
/**
 * A token refused this soon after signing in is not a stale one: signing in again would loop.
 * (Expiry is left to the API, whose clock decides; the browser's may be off.)
 */
const FRESH_MS = 15_000;

interface PendingSignIn {
  verifier: string;
  state: string;
}

const pageUrl = (): string => {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
};

export const signInClient = (): SignInClient => ({
  signInUrl: document.body.dataset.signInUrl ?? '',
  clientId: document.body.dataset.clientId ?? '',
  redirectUri: pageUrl(),
});

export const currentToken = (): string | undefined => {
  const token = sessionStorage.getItem(TOKEN) ?? undefined;
  return token && userFromIdToken(token) ? token : undefined;
};

export const currentUser = (): SignedInUser | undefined => {
  const token = currentToken();
  return token ? userFromIdToken(token) : undefined;
};

export class SignInFailed extends Error {}

/** Leaves for the hosted sign-in; it comes back to this page with `?code=&state=`. */
export const signIn = async (): Promise<never> => {
  const signedInAt = Number(sessionStorage.getItem(SIGNED_IN_AT) ?? 0);
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(SIGNED_IN_AT);
  if (Date.now() - signedInAt < FRESH_MS) throw new SignInFailed(t('admin.signIn.refused'));
  const pending: PendingSignIn = { verifier: randomToken(), state: randomToken() };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  // The callback URL is the bare page: keep the language chosen (`?lang=fr`) and what the fragment
  // asked for (`#vacancy=1701`, from a digest's link).
  const lang = new URLSearchParams(window.location.search).get('lang');
  sessionStorage.setItem(RETURN_TO, `${lang ? `?lang=${encodeURIComponent(lang)}` : ''}${window.location.hash}`);
  window.location.assign(authorizeUrl(signInClient(), await challengeFor(pending.verifier), pending.state));
  // The page is unloading: nothing after this should run.
  return new Promise<never>(() => undefined);
};

/** On the way back from the sign-in: trades the code for the ID token. False when this is not such a return. */
export const completeSignIn = async (): Promise<boolean> => {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const returnedState = params.get('state');
  const error = params.get('error');
  if (!code && !error) return false;
  const stored = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  // The code is good once: take it out of the address bar and the history; bring back the fragment it left with.
  window.history.replaceState(null, '', `${pageUrl()}${sessionStorage.getItem(RETURN_TO) ?? ''}`);
  sessionStorage.removeItem(RETURN_TO);
  if (error) throw new SignInFailed(t('admin.signIn.notCompleted', { error }));
  const pending = stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
  if (!pending || !code || returnedState !== pending.state) throw new SignInFailed(t('admin.signIn.notStartedHere'));
  const client = signInClient();
  const response = await fetch(`${client.signInUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(client, code, pending.verifier),
    credentials: 'omit',
    cache: 'no-store',
  });
  const answer = (await response.json().catch(() => ({}))) as { id_token?: unknown };
  if (!response.ok || typeof answer.id_token !== 'string' || !userFromIdToken(answer.id_token)) {
    throw new SignInFailed(t('admin.signIn.noToken'));
  }
  sessionStorage.setItem(TOKEN, answer.id_token);
  sessionStorage.setItem(SIGNED_IN_AT, String(Date.now()));
  return true;
};

/** Forgets the token here and ends the hosted session, coming back to this page signed out. */
export const signOut = (): void => {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(SIGNED_IN_AT);
  // Cognito takes back only a logout URL listed exactly (the page itself): the page remembers why it is back.
  sessionStorage.setItem(SIGNED_OUT, '1');
  window.location.assign(logoutUrl(signInClient(), pageUrl()));
};

/** Back from signing out: the page offers to sign in again rather than doing it unasked. Asked once. */
export const justSignedOut = (): boolean => {
  const signedOut = sessionStorage.getItem(SIGNED_OUT) === '1';
  sessionStorage.removeItem(SIGNED_OUT);
  return signedOut;
};
