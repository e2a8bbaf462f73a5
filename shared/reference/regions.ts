/**
 * INTERPOL's five regions (its regional conferences and bureaus), for the reports' figures by
 * region (issue 17, point 5). Every member country (countries.ts) belongs to exactly one; a unit
 * test holds the two lists together. Where membership is a matter of practice rather than
 * geography it follows the regional conference the country attends: Israel, Türkiye, the Caucasus
 * and Central Asia with Europe; Iran with Asia and the South Pacific; Comoros, Djibouti,
 * Mauritania, Somalia and Sudan with Africa; the Dutch Caribbean countries with the Americas.
 */
import { memberCountryCodes } from './countries.js';

export const regions = ['africa', 'americas', 'asia-south-pacific', 'europe', 'middle-east-north-africa'] as const;
export type Region = (typeof regions)[number];

/** How the reports and their exports name a region (HR's screens are English). */
export const regionNames: Readonly<Record<Region, string>> = {
  africa: 'Africa',
  americas: 'Americas',
  'asia-south-pacific': 'Asia and South Pacific',
  europe: 'Europe',
  'middle-east-north-africa': 'Middle East and North Africa',
};

const MEMBERS_BY_REGION: Readonly<Record<Region, string>> = {
  africa: `AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MR
    MU MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG UG ZM ZW`,
  americas: `AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC
    SR TT US UY VE AW CW SX`,
  'asia-south-pacific': `AF AU BD BT BN KH CN FJ IN ID IR JP KI KR LA MY MV MH FM MN MM NR NP NZ PK PW PG PH
    WS SG SB LK TH TL TO VU VN`,
  europe: `AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT LU
    MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB UZ VA`,
  'middle-east-north-africa': `DZ BH EG IQ JO KW LB LY MA OM PS QA SA SY TN AE YE`,
};

const regionByCountry: ReadonlyMap<string, Region> = new Map(
  regions.flatMap((region) => MEMBERS_BY_REGION[region].trim().split(/\s+/).map((code) => [code, region] as const)),
);

/** The member countries listed under each region (for the test that every member has one). */
export const countriesOf = (region: Region): string[] => [...regionByCountry].filter(([, of]) => of === region).map(([code]) => code);

/** A member country's region; undefined for a code that is not a member country (none is stored: the form accepts members only). */
export const regionOf = (country: string): Region | undefined => (memberCountryCodes.has(country) ? regionByCountry.get(country) : undefined);
