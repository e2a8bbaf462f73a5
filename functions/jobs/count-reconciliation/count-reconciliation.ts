import { reconcileCounts } from '#shared/applications/count-reconciliation.js';
import { dynamoCountsStore } from '../../adapters/dynamodb/application-counter.js';
import { tableClient } from '../../stores/table-client.js';
import { vacancyStore } from '../../stores/vacancy-store.js';
import { jobHandler } from '../job-handler.js';

/** A vacancy of 100,000 applications is recounted in a few seconds: this leaves room for the one in flight. */
const STOP_MARGIN_MS = 60_000;

// Built once per container.
const table = tableClient();
const counts = dynamoCountsStore(table.client, table.tableName);

/**
 * `count-reconciliation`, nightly: each vacancy's counts recounted from its applications and the
 * counter repaired where it differs (shared/applications/count-reconciliation.ts); it stops
 * between vacancies with time to spare, and the next run goes on where it stopped.
 */
export const handler = jobHandler('count-reconciliation', async ({ now, context }) =>
  reconcileCounts({ vacancies: vacancyStore(), counts }, now, { shouldStop: () => context.getRemainingTimeInMillis() < STOP_MARGIN_MS }),
);
