import { noticeParseSchema } from '#shared/vacancies/edit-schema.js';
import { parseVacancyNotice } from '#shared/vacancies/notice-parser.js';
import { staffHandler } from '../../http/staff-handler.js';
import { json } from '../../http/response.js';

/** 100,000 characters, JSON-escaped (a line break is two bytes) and some of them accented. */
const BODY_LIMIT = 256 * 1024;

/**
 * POST /admin/vacancies/parse: a pasted notice's text -> the draft the parser read with
 * confidence (the header's fields and the notice's body, `notice`), each header field it could
 * not read (`unread`) and each part of the body (`unreadNotice`), with why (it never guesses).
 * Nothing is stored.
 */
export const handler = staffHandler({ name: 'parseVacancyNotice', body: noticeParseSchema, bodyLimit: BODY_LIMIT }, async ({ body }) => {
  const { draft, unreadable, noticeUnread } = parseVacancyNotice(body.text);
  return json(200, { draft, unread: unreadable, unreadNotice: noticeUnread });
});
