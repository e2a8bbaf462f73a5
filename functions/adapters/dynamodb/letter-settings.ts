import { randomUUID } from 'node:crypto';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readSetting, type LettersSettingAuditEntry } from '#shared/letters/settings.js';
import { StaleLettersSetting, type LetterSettingsStore } from '#shared/letters/store.js';
import { putWithAudit } from './put-with-audit.js';
import { queryAll } from './query-all.js';

/** A vacancy's letters: its setting and the setting's history, in one partition (docs/data-model.md, pattern 46). */
const lettersPartition = (vacancy: string) => `LETTERS#${vacancy}`;
const settingKey = (vacancy: string) => ({ pk: lettersPartition(vacancy), sk: 'SETTING' });

export const dynamoLetterSettings = (client: DynamoDBDocumentClient, tableName: string): LetterSettingsStore => ({
  async get(vacancy) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: settingKey(vacancy), ConsistentRead: true }));
    // No item: the vacancy was never set, every letter automatic (readSetting's default).
    return readSetting(vacancy, Item as Parameters<typeof readSetting>[1]);
  },

  async save(setting, expectedRevision, audit) {
    const written = await putWithAudit(
      client,
      tableName,
      {
        Item: { ...settingKey(setting.vacancy), entity: 'letters-setting', ...setting },
        ...(expectedRevision === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': expectedRevision } }),
      },
      { pk: lettersPartition(audit.vacancy), sk: `AUDIT#${audit.at}#${randomUUID()}`, entity: 'letters-setting-audit', ...audit },
    );
    if (!written) throw new StaleLettersSetting();
  },

  async history(vacancy) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': lettersPartition(vacancy), ':audit': 'AUDIT#' },
    });
    return items.map(
      (item): LettersSettingAuditEntry => ({
        vacancy: String(item.vacancy),
        at: String(item.at),
        by: String(item.by),
        revision: Number(item.revision),
        changes: (item.changes ?? {}) as LettersSettingAuditEntry['changes'],
      }),
    );
  },
});
