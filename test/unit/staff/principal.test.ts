import { describe, expect, it } from 'vitest';
import { Forbidden } from '#shared/errors.js';
import { countryScope, groupsOfIdToken, maySeeCountry, principalFromClaims } from '#shared/staff/principal.js';

const claims = { sub: 's-1', email: 'Officer@NCB.example', token_use: 'id' };

describe('principalFromClaims', () => {
  it('reads a REST authorizer claim without a comma as one group', () => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': 'hr' })?.groups).toEqual(['hr']);
  });

  it('reads a flattened list through the raw list of the token the authorizer checked', () => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': 'hr,ncb' }, ['hr', 'ncb'])?.groups).toEqual(['hr', 'ncb']);
  });

  it('never lets a comma inside a group name grant another group: "x,hr" is one name', () => {
    // The token's raw list says one group named "x,hr"; REST flattens it to the same string as ["x", "hr"].
    expect(principalFromClaims({ ...claims, 'cognito:groups': 'x,hr' }, ['x,hr'])?.groups).toEqual([]);
    expect(principalFromClaims({ ...claims, 'cognito:groups': ['x,hr'] })?.groups).toEqual([]);
  });

  it.each([
    ['no raw list', undefined],
    ['a raw list of other groups', ['hr', 'admin']],
  ])('refuses a flattened list it cannot split safely: %s', (_case, raw) => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': 'x,hr' }, raw)).toBeUndefined();
  });

  it('reads the HTTP API shape "[hr ncb]" as one unknown name, never as two groups', () => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': '[hr ncb]' })?.groups).toEqual([]);
  });

  it('reads a raw token array and drops group names it does not know', () => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': ['ncb', 'superuser'] })?.groups).toEqual(['ncb']);
  });

  it('keeps the country of an NCB officer and lower-cases the email', () => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': 'ncb', 'custom:country': 'SN' })).toEqual({
      subject: 's-1',
      email: 'officer@ncb.example',
      groups: ['ncb'],
      country: 'SN',
    });
  });

  it.each([
    ['no claims', undefined],
    ['no subject', { email: 'a@b.example' }],
    ['an access token', { ...claims, token_use: 'access' }],
    ['a malformed country', { ...claims, 'custom:country': 'France' }],
  ])('is undefined for %s', (_case, value) => {
    expect(principalFromClaims(value)).toBeUndefined();
  });
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const idToken = (payload: Record<string, unknown>) => `${b64({ alg: 'RS256' })}.${b64(payload)}.c2lnbmF0dXJl`;

describe('groupsOfIdToken', () => {
  const payload = { ...claims, 'cognito:groups': ['x,hr'], iss: 'https://issuer.example', exp: 2_000_000_000 };
  const passed = { ...claims, 'cognito:groups': 'x,hr', iss: 'https://issuer.example', exp: 'Wed May 18 03:33:20 UTC 2033' };

  it('reads the raw list of the token whose claims the authorizer passed on, with or without Bearer', () => {
    expect(groupsOfIdToken([`Bearer ${idToken(payload)}`], passed)).toEqual(['x,hr']);
    expect(groupsOfIdToken([idToken(payload)], passed)).toEqual(['x,hr']);
  });

  it.each([
    ['no header', []],
    ['two headers', [`Bearer ${idToken(payload)}`, `Bearer ${idToken(payload)}`]],
    ['a token of another subject', [`Bearer ${idToken({ ...payload, sub: 'someone-else' })}`]],
    ['a token with another issuer', [`Bearer ${idToken({ ...payload, iss: 'https://forger.example' })}`]],
    ['not a token', ['Bearer nonsense']],
    ['an unreadable payload', ['Bearer a.!!!.c']],
    ['groups that are not a list of names', [`Bearer ${idToken({ ...payload, 'cognito:groups': 'x,hr' })}`]],
  ])('answers nothing for %s', (_case, headers) => {
    expect(groupsOfIdToken(headers, passed)).toBeUndefined();
  });
});

describe('countryScope', () => {
  it('leaves HR and admins unscoped, even when they also belong to ncb', () => {
    expect(countryScope({ subject: 's', email: 'e', groups: ['hr'] })).toBeUndefined();
    expect(countryScope({ subject: 's', email: 'e', groups: ['ncb', 'admin'], country: 'FR' })).toBeUndefined();
  });

  it("limits an NCB officer to their country's nationals", () => {
    const officer = { subject: 's', email: 'e', groups: ['ncb' as const], country: 'FR' };
    expect(countryScope(officer)).toBe('FR');
    expect(maySeeCountry(officer, 'FR')).toBe(true);
    expect(maySeeCountry(officer, 'SN')).toBe(false);
  });

  it('refuses an NCB officer whose account has no country', () => {
    expect(() => countryScope({ subject: 's', email: 'e', groups: ['ncb'] })).toThrow(Forbidden);
  });
});
