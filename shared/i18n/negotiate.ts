import { defaultLanguage, isLanguage, type Language } from './languages.js';

interface Range {
  /** The primary language subtag, lower case, or `*`. */
  tag: string;
  q: number;
  /** Its place in the header: equal weights keep the reader's order. */
  order: number;
}

/** At most this many ranges are read: a header is a short list, and a long one costs nothing to cut. */
const MAX_RANGES = 32;

/**
 * The ranges of an `Accept-Language` header (RFC 9110, 12.5.4), best first. A range that does not
 * parse is skipped, never thrown on: the header is the client's, and a page must still answer.
 */
export const acceptedRanges = (header: string | undefined): Range[] => {
  if (!header) return [];
  const ranges: Range[] = [];
  for (const [order, raw] of header.split(',').slice(0, MAX_RANGES).entries()) {
    const [range = '', ...params] = raw.split(';').map((part) => part.trim());
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/i.test(range)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.exec(param);
      if (match?.[1] !== undefined) q = Number(match[1]);
      else if (/^q\s*=/i.test(param)) q = Number.NaN;
    }
    if (Number.isNaN(q) || q === 0) continue;
    ranges.push({ tag: (range.split('-')[0] ?? '').toLowerCase(), q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
};

export interface LanguageChoice {
  /** What the reader chose (`?lang=`, the form's field, a stored preference): wins when it is one of ours. */
  explicit?: string | null | undefined;
  /** The request's `Accept-Language` header. */
  acceptLanguage?: string | undefined;
}

/**
 * The language to serve: the reader's explicit choice when it is one of ours, else the first of
 * ours their browser accepts (`fr-CA` is French; `*` takes the default), else English.
 */
export const negotiateLanguage = ({ explicit, acceptLanguage }: LanguageChoice): Language => {
  const chosen = explicit?.trim().toLowerCase();
  if (isLanguage(chosen)) return chosen;
  for (const { tag } of acceptedRanges(acceptLanguage)) {
    if (tag === '*') return defaultLanguage;
    if (isLanguage(tag)) return tag;
  }
  return defaultLanguage;
};
