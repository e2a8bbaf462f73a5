import * as z from '../zod.js';
import type { Language } from '../i18n/languages.js';
import { languageSchema } from '../i18n/language-schema.js';
import { isMemberCountry } from '../reference/countries.js';
import { defaultTimeZoneOf } from '../reference/country-time-zones.js';
import { singleLine } from '../text.js';
import { isTimeZone } from '../time/zoned.js';

/**
 * The address a country's National Central Bureau receives its digest at: data an administrator
 * edits, stamped with who changed it last and when (docs/data-model.md, pattern 16).
 */
export interface NcbContact {
  /** ISO 3166-1 alpha-2 of a member country. */
  country: string;
  email: string;
  /** Who the address belongs to, e.g. "NCB Dakar, recruitment desk": shown to admins only. */
  name?: string;
  /** The language the NCB reads its digest in; a contact stored before languages reads as English (the store says so). */
  language: Language;
  /**
   * The IANA zone the NCB reads times in (a circular's deadline, its digest's), when an administrator
   * named one; otherwise its country's (`contactTimeZone`). Contacts stored before it have none.
   */
  timeZone?: string;
  updatedAt: string;
  /** The administrator's email, or `seed` for the local demo data. */
  updatedBy: string;
}

export const memberCountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals, such as SN.'), z.refine(isMemberCountry, 'Not a member country.'));

/** `PUT /admin/ncb-contacts/{country}`'s path. */
export const ncbContactPathSchema = z.strictObject({ country: memberCountryCode });

/** `PUT /admin/ncb-contacts/{country}`'s body: unknown fields are refused. */
export const ncbContactBodySchema = z.strictObject({
  email: z.email('An email address.').check(z.maxLength(254)),
  name: z.optional(singleLine(200)),
  /** The digest's language; when absent, the contact keeps the one it has (English for a new one). */
  language: z.optional(languageSchema),
  /** The zone the NCB reads times in; when absent, the contact keeps the one it has (its country's for a new one); null goes back to its country's. */
  timeZone: z.optional(z.nullable(z.string().check(z.refine(isTimeZone, 'Not an IANA time zone such as Africa/Dakar.')))),
});

export type NcbContactChange = z.infer<typeof ncbContactBodySchema>;

/** The zone an NCB reads times in: the one its contact names, else its country's (the capital's where it spans several). */
export const contactTimeZone = (contact: Pick<NcbContact, 'country' | 'timeZone'>): string => contact.timeZone ?? defaultTimeZoneOf(contact.country);

/** A contact as the API answers it: with the zone it reads times in, named or its country's. */
export const contactAsAnswered = (contact: NcbContact): NcbContact & { timeZone: string } => ({ ...contact, timeZone: contactTimeZone(contact) });
