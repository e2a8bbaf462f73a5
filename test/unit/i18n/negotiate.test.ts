import { describe, expect, it } from 'vitest';
import { acceptedRanges, negotiateLanguage } from '#shared/i18n/negotiate.js';
import { LANGUAGE_PARAMETER, languageLinks, withLanguage } from '#shared/i18n/switcher.js';

describe('choosing the language', () => {
  it.each([
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['es-419', 'es'],
    ['ar-MA,ar;q=0.9', 'ar'],
    ['de-DE,de;q=0.9,fr;q=0.5,en;q=0.4', 'fr'],
    ['en;q=0.2,es;q=0.8', 'es'],
    ['de, *;q=0.5', 'en'],
    ['*', 'en'],
    ['fr;q=0, es', 'es'],
    ['fr;q=0.5, ar;q=0.5', 'fr'],
    ['FR-be', 'fr'],
    ['de-CH', 'en'],
  ])('reads Accept-Language %j as %s', (header, language) => {
    expect(negotiateLanguage({ acceptLanguage: header })).toBe(language);
  });

  it.each(['', ';;;', 'fr;q=2', 'fr;q=abc', 'ü-x', ',,,', 'fr;q=', 'x'.repeat(5000), `${'de,'.repeat(1000)}fr`])(
    'never throws on a malformed header, and falls back to English (%#)',
    (header) => {
      expect(() => negotiateLanguage({ acceptLanguage: header })).not.toThrow();
      expect(negotiateLanguage({ acceptLanguage: header })).toBe('en');
    },
  );

  it('skips only the malformed ranges of a header', () => {
    expect(negotiateLanguage({ acceptLanguage: 'fr;q=2, es;q=0.4' })).toBe('es');
    expect(acceptedRanges('ar;q=0.3, de, fr;q=0.7').map((range) => range.tag)).toEqual(['de', 'fr', 'ar']);
  });

  it('lets an explicit choice (?lang=) win over the header, when it is one of ours', () => {
    expect(negotiateLanguage({ explicit: 'ar', acceptLanguage: 'fr' })).toBe('ar');
    expect(negotiateLanguage({ explicit: 'ES', acceptLanguage: 'fr' })).toBe('es');
    expect(negotiateLanguage({ explicit: 'de', acceptLanguage: 'fr' })).toBe('fr');
    expect(negotiateLanguage({ explicit: null })).toBe('en');
  });

  it('serves English when nothing says otherwise', () => {
    expect(negotiateLanguage({})).toBe('en');
  });
});

describe('the language switcher’s links', () => {
  it('keeps the choice in the URL, with the page’s other parameters and fragment', () => {
    expect(withLanguage('/', 'ar')).toBe('/?lang=ar');
    expect(withLanguage('/status?lang=fr&x=1#id=abc', 'es')).toBe('/status?lang=es&x=1#id=abc');
  });

  it('names each language in itself and marks the one served', () => {
    expect(languageLinks('/', 'fr')).toEqual([
      { language: 'ar', name: 'العربية', dir: 'rtl', href: '/?lang=ar', current: false },
      { language: 'en', name: 'English', dir: 'ltr', href: '/?lang=en', current: false },
      { language: 'fr', name: 'français', dir: 'ltr', href: '/?lang=fr', current: true },
      { language: 'es', name: 'español', dir: 'ltr', href: '/?lang=es', current: false },
    ]);
  });

  it('reads the choice back from the URL it wrote', () => {
    const chosen = new URL(withLanguage('/status', 'ar'), 'http://x').searchParams.get(LANGUAGE_PARAMETER);
    expect(negotiateLanguage({ explicit: chosen, acceptLanguage: 'fr' })).toBe('ar');
  });
});
