import type { OfferDependencies } from '#shared/offers/make.js';
import type { OfferListDependencies } from '#shared/offers/listing.js';
import { readRanking } from '#shared/selection/reading.js';
import { NotFound } from '#shared/errors.js';
import { dynamoMarks } from '../adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '../adapters/dynamodb/selection-panels.js';
import { dynamoRecommendations } from '../adapters/dynamodb/selection-recommendations.js';
import { readConfig } from '../config.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

/** The panel's ranking as HR reads it (no viewer of its own: the offers' reader stands for HR); none while the vacancy has no panel. */
const HR_READER = { subject: 'offers', email: 'offers@system', groups: ['hr' as const] };

let dependencies: (OfferDependencies & OfferListDependencies) | undefined;

/** What the offers' routes need: the applications, vacancies, the ranking for the reserve list, the stage's answer days. */
export const offerDependencies = (): OfferDependencies & OfferListDependencies => {
  if (!dependencies) {
    const { client, tableName } = tableClient();
    const { applications, vacancies } = tableStores();
    const selection = {
      panels: dynamoPanels(client, tableName),
      marks: dynamoMarks(client, tableName),
      recommendations: dynamoRecommendations(client, tableName),
      // The ranking ranks the assessed candidates; the reserve list needs no more than their status.
      candidates: {
        assessed: async (vacancy: string) => {
          const found = [];
          for (const status of ['interviewed', 'offered', 'appointed'] as const) {
            let cursor: string | undefined;
            do {
              const page = await applications.list({ vacancy, status }, { limit: 200, ...(cursor ? { cursor } : {}) });
              found.push(...page.items);
              cursor = page.nextCursor;
            } while (cursor);
          }
          return found;
        },
        get: (id: string) => applications.get(id),
      },
      vacancies,
    };
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
