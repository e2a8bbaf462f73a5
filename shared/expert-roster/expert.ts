import type { Language } from '../i18n/languages.js';
import type { CivilianRoleCategory } from '../profiles/role-categories.js';
import type { CefrLevel } from '../vacancies/notice-schema.js';

/**
 * One deployable civilian expert on a sending unit's roster (issue 18, point 7; docs/sending.md):
 * kept by the unit's HR, matched against each call, and invited to apply. Staff only; the expert
 * reads nothing of it but the invitation.
 */
export interface RosterExpert {
  id: string;
  givenName: string;
  familyName?: string;
  email: string;
  /** The language the unit writes to them in. */
  language: Language;
  /** Their fields of expertise: the ten civilian role categories. */
  fields: CivilianRoleCategory[];
  /** The languages they work in, each with its CEFR level. */
  languages: Array<{ language: string; level: CefrLevel }>;
  /** Whole years of relevant experience, as the notice's minimum compares. */
  yearsOfExperience: number;
  /** From when they can deploy, and until when (absent: open-ended), YYYY-MM-DD. */
  availableFrom: string;
  availableUntil?: string;
  /** The day their security vetting expires (absent: not vetted yet), YYYY-MM-DD. */
  vettingExpiresOn?: string;
  /** HR's working note; never in an email. */
  note?: string;
  /** The calls they were invited to apply to, by whom and when. */
  invitations: Array<{ vacancy: string; at: string; by: string }>;
  version: number;
  createdAt: string;
  updatedAt: string;
}
