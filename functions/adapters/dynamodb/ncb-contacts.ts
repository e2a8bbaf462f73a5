import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { languageOr } from '#shared/i18n/languages.js';
import type { NcbContact } from '#shared/ncb/contact.js';
import type { NcbContactAuditEntry, NcbContactStore } from '#shared/ncb/store.js';
import { batchWriteAll } from './batch-write.js';
import { putWithAudit } from './put-with-audit.js';
import { queryAll } from './query-all.js';

/** One item collection (docs/data-model.md, pattern 16): the contacts under `COUNTRY#`, their history under `AUDIT#`. */
const PARTITION = 'NCB_CONTACTS';
const contactKey = (country: string) => ({ pk: PARTITION, sk: `COUNTRY#${country}` });

/** BatchGetItem takes 100 keys. */
const GET_BATCH = 100;
/** Unprocessed keys come back under throttling: a few retries, with a growing pause, before giving up. */
const RETRIES = 5;

const contactItem = (contact: NcbContact) => ({ ...contactKey(contact.country), entity: 'ncb-contact', ...contact });

const fromItem = (item: Record<string, unknown>): NcbContact => ({
  country: String(item.country),
  email: String(item.email),
  ...(typeof item.name === 'string' ? { name: item.name } : {}),
  // A contact written before languages existed has none: it reads as English.
  language: languageOr(item.language),
  // Only when an administrator named one; otherwise the country's (contactTimeZone).
  ...(typeof item.timeZone === 'string' ? { timeZone: item.timeZone } : {}),
  updatedAt: String(item.updatedAt),
  updatedBy: String(item.updatedBy),
});

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));

export const dynamoNcbContacts = (client: DynamoDBDocumentClient, tableName: string): NcbContactStore => ({
  async list() {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :country)',
      ExpressionAttributeValues: { ':pk': PARTITION, ':country': 'COUNTRY#' },
    });
    return items.map(fromItem);
  },

  async getMany(countries) {
    const found = new Map<string, NcbContact>();
    for (const batch of chunks([...new Set(countries)], GET_BATCH)) {
      let keys: Record<string, unknown>[] | undefined = batch.map(contactKey);
      for (let attempt = 0; keys && keys.length > 0; attempt += 1) {
        if (attempt > RETRIES) throw new Error('NCB contacts: BatchGetItem left keys unprocessed after retries');
        if (attempt > 0) await pause(attempt);
        const answer: BatchGetCommandOutput = await client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of answer.Responses?.[tableName] ?? []) {
          const contact = fromItem(item);
          found.set(contact.country, contact);
        }
        keys = answer.UnprocessedKeys?.[tableName]?.Keys;
      }
    }
    return found;
  },

  async save(contact, audit: NcbContactAuditEntry, expectedUpdatedAt) {
    const record = {
      Item: contactItem(contact),
      ...(expectedUpdatedAt === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'updatedAt = :seen', ExpressionAttributeValues: { ':seen': expectedUpdatedAt } }),
    };
    return putWithAudit(client, tableName, record, { pk: PARTITION, sk: `AUDIT#${audit.country}#${audit.at}#${randomUUID()}`, entity: 'ncb-contact-audit', ...audit });
  },

  async seed(contacts) {
    await batchWriteAll(client, tableName, contacts.map((contact) => ({ PutRequest: { Item: contactItem(contact) } })));
  },
});
