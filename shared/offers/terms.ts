/**
 * The home administration's terms in words: each term's message in the catalogues
 * (shared/i18n/catalogues/offers/), said on the candidate's status page and the NCB's view alike.
 */
import type { HomeConfirmationTerm } from './offer.js';

export const homeConfirmationTermKeys = {
  'release-for-period': 'offerTerm.releaseForPeriod',
  'salary-and-benefits': 'offerTerm.salaryAndBenefits',
  'travel-and-removal': 'offerTerm.travelAndRemoval',
  'duty-station-conditions': 'offerTerm.dutyStationConditions',
} as const satisfies Record<HomeConfirmationTerm, `offerTerm.${string}`>;
