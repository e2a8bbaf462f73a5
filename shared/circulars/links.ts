import { LANGUAGE_PARAMETER } from '../i18n/switcher.js';
import type { Language } from '../i18n/languages.js';

/** The public page where a reader finds the vacancy (the form lists it) in the NCB's language. */
export const vacancyPageUrl = (publicBaseUrl: string, number: string, language: Language): string => {
  const url = new URL(`${publicBaseUrl}/`);
  url.searchParams.set(LANGUAGE_PARAMETER, language);
  url.hash = new URLSearchParams({ vacancy: number }).toString();
  return url.href;
};

/** The one-click acknowledgement: the public route `GET /vacancies/{number}/circular-acknowledgement`. */
export const acknowledgementUrl = (publicBaseUrl: string, number: string, edition: number, country: string, token: string): string => {
  const url = new URL(`${publicBaseUrl}/vacancies/${encodeURIComponent(number)}/circular-acknowledgement`);
  url.search = new URLSearchParams({ edition: String(edition), country, token }).toString();
  return url.href;
};
