import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Secondment } from '#shared/secondments/secondment.js';
import type { LocalStack } from '#infra/local/stack.js';
import { secondmentFixture } from './secondment-fixture.js';

/**
 * A secondment as the store holds it, for the roster's tests (issue 17, point 4): a French officer
 * in Lyon, regular, from 1 April 2027 to 31 March 2030 unless told otherwise.
 */
export const rosterSecondment = (n: number, overrides: Partial<Secondment> = {}): Secondment =>
  secondmentFixture(`7e500000-0000-4000-8000-${String(n).padStart(12, '0')}`, {
    applicationId: `7e5a0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    vacancy: '1971',
    officer: { givenName: `Officer${n}`, familyName: 'Durand', email: `officer${n}@police.fr.example`, language: 'fr' },
    nationality: 'FR',
    homeAdministration: 'Police nationale',
    homeAdministrationCountry: 'FR',
    lastDay: '2030-03-31',
    ...overrides,
  });

/** Writes the secondments into a running local stack's table as HR's action does (each with its guard and first audit entry). */
export const seedSecondments = async (stack: Pick<LocalStack, 'tableName' | 'endpoints'>, secondments: readonly Secondment[]): Promise<void> => {
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    const store = dynamoSecondmentStore(createDocumentClient(client), stack.tableName);
    for (const secondment of secondments) await store.create(secondment, { at: secondment.createdAt, by: secondment.createdBy, action: 'created', changes: {} });
  } finally {
    client.destroy();
  }
};
