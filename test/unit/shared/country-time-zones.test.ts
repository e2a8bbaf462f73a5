import { describe, expect, it } from 'vitest';
import { countriesWithCapitalZone, countryTimeZones, defaultTimeZoneOf } from '#shared/reference/country-time-zones.js';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { isTimeZone } from '#shared/time/zoned.js';

describe('the zone an NCB reads times in, by default', () => {
  it('is a real zone of the country for every member country', () => {
    for (const country of memberCountryCodes) {
      const zone = defaultTimeZoneOf(country);
      expect.soft(isTimeZone(zone), country).toBe(true);
      expect.soft(countryTimeZones(country), country).toContain(zone);
    }
  });

  it('is the capital’s for every member country that spans several zones (a country ICU splits later fails here)', () => {
    const spanning = [...memberCountryCodes].filter((country) => countryTimeZones(country).length > 1).sort();

    expect(spanning).toEqual([...countriesWithCapitalZone()].sort());
    expect([defaultTimeZoneOf('US'), defaultTimeZoneOf('RU'), defaultTimeZoneOf('AU'), defaultTimeZoneOf('BR')]).toEqual([
      'America/New_York',
      'Europe/Moscow',
      'Australia/Sydney',
      'America/Sao_Paulo',
    ]);
  });

  it('is the only zone of a country that has one', () => {
    expect([defaultTimeZoneOf('SN'), defaultTimeZoneOf('FR'), defaultTimeZoneOf('SG')]).toEqual(['Africa/Dakar', 'Europe/Paris', 'Asia/Singapore']);
  });
});
