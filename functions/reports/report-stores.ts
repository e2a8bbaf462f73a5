import type { ReportSources } from '#shared/reports/report.js';
import type { UnderRepresentedStore } from '#shared/reports/under-represented.js';
import { dynamoRetentionStore } from '../adapters/dynamodb/retention-store.js';
import { dynamoUnderRepresentedStore } from '../adapters/dynamodb/under-represented-store.js';
import { secondmentStore } from '../secondments/secondment-stores.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

let sources: (ReportSources & { underRepresented: UnderRepresentedStore }) | undefined;

/** What the reports read, on the container's one DynamoDB client, built on first use. */
export const reportSources = (): ReportSources & { underRepresented: UnderRepresentedStore } => {
  if (!sources) {
    const { client, tableName } = tableClient();
    const { vacancies, applications } = tableStores();
    sources = {
      vacancies,
      applications,
      retention: dynamoRetentionStore(client, tableName),
      secondments: secondmentStore(),
      underRepresented: dynamoUnderRepresentedStore(client, tableName),
    };
  }
  return sources;
};
