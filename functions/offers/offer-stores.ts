import type { OfferDependencies } from '#shared/offers/make.js';
import type { OfferListDependencies } from '#shared/offers/listing.js';
import { readRanking } from '#shared/selection/reading.js';
import { NotFound } from '#shared/errors.js';
import { readConfig } from '../config.js';
import { selectionStores } from '../selection/selection-stores.js';
import { tableStores } from '../stores/table-stores.js';

/** The panel's ranking as HR reads it (no viewer of its own: the offers' reader stands for HR); none while the vacancy has no panel. */
const HR_READER = { subject: 'offers', email: 'offers@system', groups: ['hr' as const] };

let dependencies: (OfferDependencies & OfferListDependencies) | undefined;

/** What the offers' routes need: the applications, vacancies, the ranking for the reserve list, the stage's answer days. */
export const offerDependencies = (): OfferDependencies & OfferListDependencies => {
  if (!dependencies) {
    const { applications, vacancies } = tableStores();
    // The panel's own reading (functions/selection/selection-stores.ts), so the offers' ranks and reserve order are the ranking's.
    const selection = selectionStores();
    dependencies = {
      applications,
      vacancies,
      answerDays: readConfig(['OFFER_ANSWER_DAYS']).OFFER_ANSWER_DAYS,
      ranking: async (vacancy) => {
        try {
          return await readRanking(selection, HR_READER, vacancy);
        } catch (error) {
          if (error instanceof NotFound) return undefined;
          throw error;
        }
      },
    };
  }
  return dependencies;
};
