import { describe, expect, it } from 'vitest';
import { isMemberCountry, isoCountryCodes, memberCountryCodes } from '#shared/reference/countries.js';
import { isLanguageCode, languageCodes } from '#shared/reference/languages.js';

describe('reference lists', () => {
  it('knows all 249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    expect(isoCountryCodes.size).toBe(249);
  });

  it('counts INTERPOL’s 196 member countries, all of them ISO codes', () => {
    expect(memberCountryCodes.size).toBe(196);
    for (const code of memberCountryCodes) expect(isoCountryCodes.has(code), code).toBe(true);
  });

  it('treats North Korea and Tuvalu as non-members and the Holy See and Palestine as members', () => {
    expect(isMemberCountry('KP')).toBe(false);
    expect(isMemberCountry('TV')).toBe(false);
    expect(isMemberCountry('VA')).toBe(true);
    expect(isMemberCountry('PS')).toBe(true);
    expect(isMemberCountry('FR')).toBe(true);
  });

  it('knows the 183 ISO 639-1 language codes', () => {
    expect(languageCodes.size).toBe(183);
    expect(isLanguageCode('en')).toBe(true);
    expect(isLanguageCode('EN')).toBe(false);
    expect(isLanguageCode('xx')).toBe(false);
  });
});
