import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { CircularLinkExpired } from '#shared/circulars/acknowledge.js';
import { NotFound } from '#shared/errors.js';
import type { Language } from '#shared/i18n/languages.js';
import { negotiateLanguage } from '#shared/i18n/negotiate.js';
import { headerValue } from '../http/headers.js';
import { acknowledgementPageResponse, type AcknowledgementPage } from './acknowledgement-view.js';

/**
 * Does the client want JSON rather than the page? Only when it names JSON and not HTML: a browser
 * names HTML, and a client that names nothing (`*\/*`) gets the page, as a mail scanner would.
 */
export const wantsJson = (event: Pick<APIGatewayProxyEvent, 'headers'>): boolean => {
  const accept = (headerValue(event, 'accept') ?? '').toLowerCase();
  return /application\/(?:problem\+)?json/.test(accept) && !accept.includes('text/html');
};

/** The page's language: the link's `lang` (the circular's), else the send's record, else the browser's. */
export const acknowledgementLanguage = (event: Pick<APIGatewayProxyEvent, 'headers'>, ...choices: Array<Language | undefined>): Language =>
  negotiateLanguage({ explicit: choices.find((choice) => choice !== undefined), acceptLanguage: headerValue(event, 'accept-language') });

/**
 * A refused link as the page says it (a forged one 404, an expired one 403), for a browser; a JSON
 * client gets the problem+json the error middleware writes (thrown on).
 */
export const refusedLinkPage = (
  error: unknown,
  event: Pick<APIGatewayProxyEvent, 'headers'>,
  language: Language | undefined,
  link: AcknowledgementPage['link'],
): APIGatewayProxyResult => {
  if (wantsJson(event)) throw error;
  const lang = acknowledgementLanguage(event, language);
  if (error instanceof NotFound) return acknowledgementPageResponse({ status: 404, language: lang, state: { kind: 'notFound' }, link });
  if (error instanceof CircularLinkExpired) return acknowledgementPageResponse({ status: 403, language: lang, state: { kind: 'expired', expiredAt: error.expiredAt }, link });
  throw error;
};
