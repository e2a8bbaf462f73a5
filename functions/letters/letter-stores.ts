import type { CloseOutDependencies } from '#shared/letters/dependencies.js';
import { dynamoLetterLedger } from '../adapters/dynamodb/letter-ledger.js';
import { dynamoLetterSettings } from '../adapters/dynamodb/letter-settings.js';
import { dynamoWrittenTestsOfVacancy } from '../adapters/dynamodb/letter-written-tests.js';
import { dynamoRecommendations } from '../adapters/dynamodb/selection-recommendations.js';
import { readConfig } from '../config.js';
import { emailStores } from '../stores/email-stores.js';
import { ncbContactStore } from '../stores/ncb-contact-store.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

let dependencies: CloseOutDependencies | undefined;

/** Everything the letters read and write, built once per container on the one table client. */
export const letterDependencies = (): CloseOutDependencies => {
  if (!dependencies) {
    const { PUBLIC_BASE_URL, LETTERS_AUTOMATIC_FROM } = readConfig(['PUBLIC_BASE_URL', 'LETTERS_AUTOMATIC_FROM']);
    const { client, tableName } = tableClient();
    const { applications, vacancies } = tableStores();
    dependencies = {
      applications,
      vacancies,
      recommendations: dynamoRecommendations(client, tableName),
      writtenTests: dynamoWrittenTestsOfVacancy(client, tableName),
      settings: dynamoLetterSettings(client, tableName),
      ledger: dynamoLetterLedger(client, tableName),
      contacts: ncbContactStore(),
      email: emailStores(),
      publicBaseUrl: PUBLIC_BASE_URL,
      automaticFrom: LETTERS_AUTOMATIC_FROM,
    };
  }
  return dependencies;
};
