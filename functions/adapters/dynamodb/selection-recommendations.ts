import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Recommendation } from '#shared/selection/recommendation.js';
import { StaleSelectionItem, type RecommendationStore } from '#shared/selection/store.js';
import { putWithAudit } from './put-with-audit.js';
import { queryAll } from './query-all.js';
import { selectionAuditItem, selectionPartition } from './selection-audit.js';

/** The chair's recommendation of one candidate: under the vacancy's selection partition (docs/data-model.md, patterns 35 to 40). */
const recommendationKey = (vacancy: string, applicationId: string) => ({ pk: selectionPartition(vacancy), sk: `RECOMMENDATION#${applicationId}` });

const fromItem = (item: Record<string, unknown>): Recommendation => ({
  vacancy: String(item.vacancy),
  applicationId: String(item.applicationId),
  decision: item.decision as Recommendation['decision'],
  ...(typeof item.reasons === 'string' ? { reasons: item.reasons } : {}),
  by: String(item.by),
  at: String(item.at),
  revision: Number(item.revision),
});

export const dynamoRecommendations = (client: DynamoDBDocumentClient, tableName: string): RecommendationStore => ({
  async listByVacancy(vacancy) {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :recommendation)',
      ExpressionAttributeValues: { ':pk': selectionPartition(vacancy), ':recommendation': 'RECOMMENDATION#' },
      ConsistentRead: true,
    });
    return items.map(fromItem);
  },

  async save(recommendation, expectedRevision, audit) {
    const written = await putWithAudit(
      client,
      tableName,
      {
        Item: { ...recommendationKey(recommendation.vacancy, recommendation.applicationId), entity: 'selection-recommendation', ...recommendation },
        ...(expectedRevision === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'revision = :revision', ExpressionAttributeValues: { ':revision': expectedRevision } }),
      },
      selectionAuditItem(audit),
    );
    if (!written) throw new StaleSelectionItem();
  },
});
