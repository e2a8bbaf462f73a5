import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoCirculars } from '#functions/adapters/dynamodb/circular-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { LocalStack } from '#infra/local/stack.js';
import { newStatusToken, sha256Hex } from '#shared/applications/secrets.js';
import { noticeSnapshot } from '#shared/circulars/notice-snapshot.js';
import type { Language } from '#shared/i18n/languages.js';

/**
 * A vacancy's circular sent to one country's NCB, recorded as the circular job records it (its
 * edition, the claim, the mark with SES's message id), without sending 196 emails: the browser
 * tests open its acknowledgement link, which this answers (path and query, as the email gives it).
 */
export const seedCircularSend = async (
  stack: Pick<LocalStack, 'tableName' | 'endpoints'>,
  { number, country, language, sentAt = new Date() }: { number: string; country: string; language: Language; sentAt?: Date },
): Promise<string> => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    const documents = createDocumentClient(dynamo);
    const circulars = dynamoCirculars(documents, stack.tableName, { patienceMs: 0 });
    const vacancy = await dynamoVacancyStore(documents, stack.tableName).get(number);
    if (!vacancy) throw new Error(`There is no vacancy ${number} to send the circular of.`);
    if (!(await circulars.get(number))) await circulars.addEdition(number, { edition: 1, snapshot: noticeSnapshot(vacancy), changes: [], createdAt: sentAt.toISOString() }, 0);
    const token = newStatusToken();
    const key = { number, edition: 1, country };
    await circulars.claim({
      ...key,
      state: 'pending',
      address: `ncb.${country.toLowerCase()}@ncb.secondment-hub.local`,
      language,
      claimedAt: sentAt.toISOString(),
      leaseUntil: new Date(sentAt.getTime() + 15 * 60_000).toISOString(),
      ackTokenHash: await sha256Hex(token),
      ackExpiresAt: new Date(sentAt.getTime() + 365 * 24 * 3_600_000).toISOString(),
    });
    await circulars.markSent(key, sentAt, `seeded-${randomUUID()}`);
    return `/vacancies/${encodeURIComponent(number)}/circular-acknowledgement?${new URLSearchParams({ edition: '1', country, token, lang: language }).toString()}`;
  } finally {
    dynamo.destroy();
  }
};

/** When the country's NCB acknowledged the vacancy's first circular, if it did. */
export const acknowledgedAt = async (stack: Pick<LocalStack, 'tableName' | 'endpoints'>, number: string, country: string): Promise<string | undefined> => {
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    return (await dynamoCirculars(createDocumentClient(dynamo), stack.tableName).getSend({ number, edition: 1, country }))?.acknowledgedAt;
  } finally {
    dynamo.destroy();
  }
};
