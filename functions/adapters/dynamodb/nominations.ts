import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NominationClaims } from '#shared/applications/store.js';

/** A vacancy's nominations by one country (docs/data-model.md): the validations that count against its limit. */
export const nominationsKey = (vacancy: string, country: string) => ({ pk: `VACANCY#${vacancy}`, sk: `NOMINATIONS#${country}` });

export const readNominations = async (client: DynamoDBDocumentClient, tableName: string, vacancy: string, country: string): Promise<NominationClaims> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: nominationsKey(vacancy, country), ConsistentRead: true }));
  return { revision: Number(Item?.revision ?? 0), validated: Array.isArray(Item?.validated) ? Item.validated.map(String) : [] };
};

/**
 * The item's part of a validation's transaction: the claims as judged, at the next revision, only
 * while nobody wrote it since the judgement (two NCB officers validating at once: one of them
 * judges again and finds the limit reached).
 */
export const nominationsWrite = (tableName: string, guard: { vacancy: string; country: string; revision: number; claims: string[] }, at: string) => ({
  Put: {
    TableName: tableName,
    Item: { ...nominationsKey(guard.vacancy, guard.country), entity: 'nominations', vacancy: guard.vacancy, country: guard.country, validated: guard.claims, revision: guard.revision + 1, updatedAt: at },
    ConditionExpression: guard.revision === 0 ? 'attribute_not_exists(pk)' : 'revision = :revision',
    ...(guard.revision === 0 ? {} : { ExpressionAttributeValues: { ':revision': guard.revision } }),
  },
});
