import { describe, expect, it } from 'vitest';
import { memberCountryCodes } from '#shared/reference/countries.js';
import { countriesOf, regionOf, regions } from '#shared/reference/regions.js';

describe('INTERPOL regions of the member countries', () => {
  it('places every member country in exactly one region and lists nothing else', () => {
    const listed = regions.flatMap((region) => countriesOf(region));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...memberCountryCodes].sort());
  });

  it.each([
    ['FR', 'europe'],
    ['TR', 'europe'],
    ['KZ', 'europe'],
    ['EG', 'middle-east-north-africa'],
    ['PS', 'middle-east-north-africa'],
    ['SD', 'africa'],
    ['ZA', 'africa'],
    ['IR', 'asia-south-pacific'],
    ['NZ', 'asia-south-pacific'],
    ['CW', 'americas'],
    ['BR', 'americas'],
  ] as const)('places %s in %s', (country, region) => {
    expect(regionOf(country)).toBe(region);
  });

  it('gives no region to a code that is not a member country', () => {
    expect(regionOf('KP')).toBeUndefined();
    expect(regionOf('XX')).toBeUndefined();
  });
});
