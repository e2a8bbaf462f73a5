import { randomUUID } from 'node:crypto';
import type { WrittenTestDependencies } from '#shared/written-tests/dependencies.js';
import type { WrittenTestStore } from '#shared/written-tests/store.js';
import { dynamoWrittenTests } from '../adapters/dynamodb/written-test-store.js';
import { readConfig } from '../config.js';
import { applicationQueries, applicationReads, applicationTerms, applicationWrites } from '../stores/application-stores.js';
import { emailStores } from '../stores/email-stores.js';
import { tableClient } from '../stores/table-client.js';
import { vacancyStore } from '../stores/vacancy-store.js';

let store: WrittenTestStore | undefined;

/** The written tests' store on the container's one table client, for the routes that only read. */
export const writtenTestStore = (): WrittenTestStore => {
  if (!store) {
    const { client, tableName } = tableClient();
    store = dynamoWrittenTests(client, tableName);
  }
  return store;
};

let dependencies: WrittenTestDependencies | undefined;

/** Everything the writes need, email too: built once per container. */
export const writtenTestDependencies = (): WrittenTestDependencies => {
  if (!dependencies) {
    const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
    const reads = applicationReads();
    const queries = applicationQueries();
    const terms = applicationTerms();
    const writes = applicationWrites();
    dependencies = {
      writtenTests: writtenTestStore(),
      applications: { get: (id) => reads.get(id), list: (filter, page) => queries.list(filter, page), vacancyTerms: (vacancy) => terms.vacancyTerms(vacancy), update: (...args) => writes.update(...args) },
      vacancies: vacancyStore(),
      email: emailStores(),
      publicBaseUrl: PUBLIC_BASE_URL,
      newId: randomUUID,
    };
  }
  return dependencies;
};
