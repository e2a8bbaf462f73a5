import { randomUUID } from 'node:crypto';
import type { InterviewDependencies } from '#shared/interviews/dependencies.js';
import type { InterviewStore } from '#shared/interviews/store.js';
import { dynamoInterviews } from '../adapters/dynamodb/interview-store.js';
import { dynamoPanels } from '../adapters/dynamodb/selection-panels.js';
import { readConfig } from '../config.js';
import { applicationReads } from '../stores/application-stores.js';
import { emailStores } from '../stores/email-stores.js';
import { tableClient } from '../stores/table-client.js';
import { vacancyStore } from '../stores/vacancy-store.js';

let store: InterviewStore | undefined;

/** The interviews' store on the container's one table client, for the routes that only read. */
export const interviewStore = (): InterviewStore => {
  if (!store) {
    const { client, tableName } = tableClient();
    store = dynamoInterviews(client, tableName);
  }
  return store;
};

let dependencies: InterviewDependencies | undefined;

/** Everything the writes need, email too (their routes `uses.email`): built once per container. */
export const interviewDependencies = (): InterviewDependencies => {
  if (!dependencies) {
    const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
    const { client, tableName } = tableClient();
    dependencies = {
      interviews: interviewStore(),
      applications: applicationReads(),
      vacancies: vacancyStore(),
      panels: dynamoPanels(client, tableName),
      email: emailStores(),
      publicBaseUrl: PUBLIC_BASE_URL,
      newId: randomUUID,
    };
  }
  return dependencies;
};
