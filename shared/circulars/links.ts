import { LANGUAGE_PARAMETER } from '../i18n/switcher.js';
import type { Language } from '../i18n/languages.js';

/** The public page with the vacancy chosen and its notice open (the form page's `?vacancy=`), in the NCB's language. */
export const vacancyPageUrl = (publicBaseUrl: string, number: string, language: Language): string => {
  const url = new URL(`${publicBaseUrl}/`);
  url.searchParams.set(LANGUAGE_PARAMETER, language);
  url.searchParams.set('vacancy', number);
  return url.href;
};

/**
 * The acknowledgement link: `GET /vacancies/{number}/circular-acknowledgement` answers a page in the
 * circular's language (`lang`) whose button POSTs the acknowledgement; the GET itself writes nothing,
 * since mail scanners and link previewers fetch every link of an email.
 */
export const acknowledgementUrl = (publicBaseUrl: string, number: string, edition: number, country: string, token: string, language: Language): string => {
  const url = new URL(`${publicBaseUrl}/vacancies/${encodeURIComponent(number)}/circular-acknowledgement`);
  url.search = new URLSearchParams({ edition: String(edition), country, token, [LANGUAGE_PARAMETER]: language }).toString();
  return url.href;
};
