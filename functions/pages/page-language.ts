import type { APIGatewayProxyEvent } from 'aws-lambda';
import { negotiateLanguage } from '#shared/i18n/negotiate.js';
import type { Language } from '#shared/i18n/languages.js';
import * as z from '#shared/zod.js';

/** A page's `?lang=`: anything else (or nothing) falls back to the browser's Accept-Language. */
export const languageParameter = z.catch(z.optional(z.string()), undefined);

const header = (event: Pick<APIGatewayProxyEvent, 'headers'>, name: string): string | undefined =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1] ?? undefined;

/** The language a page is served in: the reader's `?lang=` when it is one of ours, else their browser's, else English. */
export const pageLanguage = (explicit: string | undefined, event: Pick<APIGatewayProxyEvent, 'headers'>): Language =>
  negotiateLanguage({ explicit, acceptLanguage: header(event, 'accept-language') });
