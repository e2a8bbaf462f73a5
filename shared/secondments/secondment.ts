import type { Language } from '../i18n/languages.js';
import { addDays } from '../time/zoned.js';
import type { SecondmentType } from '../vacancies/schema.js';
import { isUnderWay, type Extension } from './extension.js';
import { addMonths } from './months.js';
import type { SecondmentDocument } from './document.js';

/**
 * A secondment (issue 17): what an accepted offer becomes. It is its own record, apart from the
 * application, because it lives longer (its own retention) and changes for other reasons
 * (extensions, an early end). Dates are calendar days in the duty station; `lastDay` is served.
 */
export interface Secondment {
  id: string;
  /** The application and vacancy it came from. */
  applicationId: string;
  vacancy: string;
  /** `familyName` is absent for an officer with one name only (as on the application). */
  officer: { givenName: string; familyName?: string; email: string; language: Language };
  nationality: string;
  homeAdministration: string;
  /** The country whose NCB speaks for the home administration (extensions go through it). */
  homeAdministrationCountry: string;
  unit: string;
  dutyStation: string;
  timeZone: string;
  grade: string;
  type: SecondmentType;
  firstDay: string;
  /** The last day served as planned now: the offer's, moved by each approved extension. */
  lastDay: string;
  /** Regular secondments usually carry it; HR records it. */
  expatriationAllowance: boolean;
  /** The documents it rests on, in the documents bucket: the application's confirmation letter, the signed terms HR uploads. */
  documents: { confirmationLetter?: SecondmentDocument; signedTerms?: SecondmentDocument };
  extensions: Extension[];
  ended?: SecondmentEnd;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** Bumped by every change: writes carry the version they read. */
  version: number;
}

export interface SecondmentEnd {
  /** The last day actually served. */
  lastDay: string;
  early: boolean;
  reason: string;
  at: string;
  by: string;
}

export const secondmentStates = ['arriving', 'serving', 'extended', 'ending', 'ended'] as const;
export type SecondmentState = (typeof secondmentStates)[number];

/**
 * Where a secondment stands on `today` (the duty station's date): `arriving` before its first day;
 * `ended` once an end is recorded and passed, or its last day is; `ending` in its last
 * `endingMonths` with no extension under way, or when an early end is recorded and still ahead;
 * `extended` when it has been extended at least once; otherwise `serving`.
 */
export const secondmentState = (
  secondment: Pick<Secondment, 'firstDay' | 'lastDay' | 'extensions' | 'ended'>,
  today: string,
  endingMonths: number,
): SecondmentState => {
  if (secondment.ended) return today > secondment.ended.lastDay ? 'ended' : 'ending';
  if (today > secondment.lastDay) return 'ended';
  if (today < secondment.firstDay) return 'arriving';
  const underWay = secondment.extensions.some(isUnderWay);
  if (!underWay && today >= endingFrom(secondment.lastDay, endingMonths)) return 'ending';
  return secondment.extensions.some((extension) => extension.state === 'approved') ? 'extended' : 'serving';
};

/** The first day of the last `months` months of a run ending on `lastDay`. */
export const endingFrom = (lastDay: string, months: number): string => addMonths(addDays(lastDay, 1), -months);
