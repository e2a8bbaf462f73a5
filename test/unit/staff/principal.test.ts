import { describe, expect, it } from 'vitest';
import { Forbidden } from '#shared/errors.js';
import { countryScope, maySeeNationality, principalFromClaims } from '#shared/staff/principal.js';

const claims = { sub: 's-1', email: 'Officer@NCB.example', token_use: 'id' };

describe('principalFromClaims', () => {
  it.each([
    ['REST authorizer, comma-separated', 'hr,ncb'],
    ['HTTP API authorizer, bracketed', '[hr ncb]'],
  ])('reads the groups as %s', (_shape, groups) => {
    expect(principalFromClaims({ ...claims, 'cognito:groups': groups })?.groups).toEqual(['hr', 'ncb']);
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

describe('countryScope', () => {
  it('leaves HR and admins unscoped, even when they also belong to ncb', () => {
    expect(countryScope({ subject: 's', email: 'e', groups: ['hr'] })).toBeUndefined();
    expect(countryScope({ subject: 's', email: 'e', groups: ['ncb', 'admin'], country: 'FR' })).toBeUndefined();
  });

  it("limits an NCB officer to their country's nationals", () => {
    const officer = { subject: 's', email: 'e', groups: ['ncb' as const], country: 'FR' };
    expect(countryScope(officer)).toBe('FR');
    expect(maySeeNationality(officer, 'FR')).toBe(true);
    expect(maySeeNationality(officer, 'SN')).toBe(false);
  });

  it('refuses an NCB officer whose account has no country', () => {
    expect(() => countryScope({ subject: 's', email: 'e', groups: ['ncb'] })).toThrow(Forbidden);
  });
});
