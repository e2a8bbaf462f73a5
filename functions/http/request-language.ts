import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Language } from '#shared/i18n/languages.js';
import { negotiateLanguage } from '#shared/i18n/negotiate.js';
import { headerValue } from './headers.js';

type Event = Pick<APIGatewayProxyEvent, 'headers'> & { parsedBody?: unknown };

/**
 * The language a request's problem answer is written in: the body's own `language` when it is one
 * of ours (the form sends the page's), else the `Accept-Language` header (the pages' scripts send
 * the page's language in it), else English.
 */
export const requestLanguage = (event: Event): Language => {
  const body = event.parsedBody;
  const explicit = typeof body === 'object' && body !== null && 'language' in body && typeof body.language === 'string' ? body.language : undefined;
  return negotiateLanguage({ explicit, acceptLanguage: headerValue(event, 'accept-language') });
};
