import { describe, expect, it } from 'vitest';
import { countryName, formatCalendarDate, formatDate, formatNumber, formatTime, utcOffset } from '#shared/i18n/format.js';
import { direction, languages, nativeName } from '#shared/i18n/languages.js';
import { personName } from '#shared/i18n/names.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';

const summer = new Date('2027-03-30T21:59:00Z');

describe('the four languages', () => {
  it('names each language in itself, from Intl (full ICU)', () => {
    expect(languages.map(nativeName)).toEqual(['العربية', 'English', 'français', 'español']);
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(languages.map(direction)).toEqual(['rtl', 'ltr', 'ltr', 'ltr']);
  });
});

describe('dates, times and numbers', () => {
  it('writes a date one way per language, the month in words (never 30/03/2027)', () => {
    expect(languages.map((language) => formatDate(language, summer, 'Europe/Paris'))).toEqual([
      '30 مارس 2027',
      '30 March 2027',
      '30 mars 2027',
      '30 de marzo de 2027',
    ]);
    expect(formatCalendarDate('fr', '2026-12-06')).toBe('6 décembre 2026');
  });

  it('writes the time on a 24-hour clock in the given zone', () => {
    expect(formatTime('en', summer, 'Europe/Paris')).toBe('23:59');
    expect(formatTime('ar', summer, 'Asia/Singapore')).toBe('05:59');
  });

  it('gives a zone’s UTC offset at the instant, summer time included', () => {
    expect(utcOffset(summer, 'Europe/Paris')).toBe('UTC+02:00');
    expect(utcOffset(new Date('2027-01-15T12:00:00Z'), 'Europe/Paris')).toBe('UTC+01:00');
    expect(utcOffset(summer, 'America/St_Johns')).toBe('UTC-02:30');
    expect(utcOffset(summer, 'UTC')).toBe('UTC+00:00');
  });

  it('keeps CLDR’s default digits for Arabic (Western digits, as the locale’s default)', () => {
    expect(formatNumber('ar', 1234.5)).toBe(new Intl.NumberFormat('ar').format(1234.5));
    expect(formatNumber('fr', 1234.5)).toBe('1\u202f234,5');
  });

  it('names a country in the reader’s language', () => {
    expect(countryName('fr', 'SN')).toBe('Sénégal');
    expect(countryName('ar', 'SN')).toBe('السنغال');
  });
});

describe('the translator', () => {
  it('fills plurals by the language’s own rules (Arabic’s two and few)', () => {
    const { t } = translatorFor('ar');

    expect(t('ncbDigest.intro', { count: 2 })).toContain('طلبان');
    expect(t('ncbDigest.intro', { count: 5 })).toContain('5 طلبات');
    expect(t('ncbDigest.intro', { count: 11 })).toContain('11 طلبًا');
  });

  it('fills selects, and throws on a missing argument rather than sending "{name}"', () => {
    const { t } = translatorFor('en');

    expect(t('hrDigest.vacancyEnded', { number: '1', title: 'T', location: 'L', status: 'filled' })).toBe('1 · T (L): filled');
    expect(() => t('email.greeting.named')).toThrow();
  });

  it('compiles each message once and gives the same answer again', () => {
    const { t } = translatorFor('fr');

    expect(t('email.greeting.named', { name: 'Amina' })).toBe('Bonjour Amina,');
    expect(t('email.greeting.named', { name: 'Seán' })).toBe('Bonjour Seán,');
  });
});

describe('names from everywhere', () => {
  it('addresses a person with one name by that name alone', () => {
    expect(personName({ givenName: 'Suharto' })).toBe('Suharto');
    expect(personName({ givenName: 'Amina', familyName: 'Diallo' })).toBe('Amina Diallo');
    expect(personName({ givenName: 'Amina', familyName: '' })).toBe('Amina');
  });
});
