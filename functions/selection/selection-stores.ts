import { listAll } from '#shared/applications/list-all.js';
import type { ApplicationStore } from '#shared/applications/store.js';
import type { SelectionStores, CandidateSource } from '#shared/selection/store.js';
import { assessedStatuses } from '#shared/selection/visibility.js';
import type { VacancyStore } from '#shared/vacancies/store.js';
import { dynamoMarks } from '../adapters/dynamodb/selection-marks.js';
import { dynamoPanels } from '../adapters/dynamodb/selection-panels.js';
import { dynamoRecommendations } from '../adapters/dynamodb/selection-recommendations.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

/** A page of the byStatus index per Query: a vacancy's shortlisted candidates are tens, rarely more. */
const PAGE = 200;

/** The candidates before a panel: the vacancy's applications in each assessed status, through the byStatus index (no Scan). */
const candidateSource = (applications: Pick<ApplicationStore, 'list' | 'get'>): CandidateSource => ({
  async assessed(vacancy) {
    const found = [];
    for (const status of assessedStatuses) found.push(...(await listAll(applications, { vacancy, status }, { pageSize: PAGE })));
    return found;
  },
  get: (id) => applications.get(id),
});

let stores: (SelectionStores & { vacancies: VacancyStore }) | undefined;

/** The selection's stores over the one table client: built on first use and kept for the container's life. */
export const selectionStores = (): SelectionStores & { vacancies: VacancyStore } => {
  if (!stores) {
    const { client, tableName } = tableClient();
    const { applications, vacancies } = tableStores();
    stores = {
      panels: dynamoPanels(client, tableName),
      marks: dynamoMarks(client, tableName),
      recommendations: dynamoRecommendations(client, tableName),
      candidates: candidateSource(applications),
      vacancies,
    };
  }
  return stores;
};
