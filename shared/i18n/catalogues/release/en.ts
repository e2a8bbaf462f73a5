/**
 * A serving officer's release by their force (issue 18, point 4), as a sending unit's emails name
 * it among what is missing (shared/profiles/requirements.ts). Part of the English catalogue
 * (../en.ts spreads it); English types the other languages (ReleaseCatalogue).
 */
export const en = {
  'receipt.missing.release': 'Your release for the mission by your police force',
  'receipt.missing.release.how': 'Your force’s approver decides on it: please ask your line manager to put your release forward before the deadline.',
  'hrDigest.missing.release': 'release by the force',
} as const;

export type ReleaseCatalogue = Record<keyof typeof en, string>;
