import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deployment } from '#shared/deployment/deployment.js';
import { DeploymentAlreadyMade, StaleDeployment, type DeploymentAuditEntry, type DeploymentStore } from '#shared/deployment/store.js';
import { applicationKey } from './application-item.js';
import { queryAll } from './query-all.js';
import { tableDesign } from './table-design.js';
import { retryingTransactionConflicts } from './transaction-conflict.js';
import { conditionFailedAt, putAtVersion } from './versioned-put.js';

/*
 * A deployment's items in the table (docs/data-model.md, pattern 60): the record under
 * `DEPLOYMENT#<id>` / `DEPLOYMENT`, its audit entries beside it, and a listing entry on byStatus
 * (every deployment in one partition, by deployment day) so the roster reads one Query, never a Scan.
 */

const { byStatus } = tableDesign.indexes;

export const DEPLOYMENTS_PARTITION = 'DEPLOYMENTS';
export const deploymentKey = (id: string) => ({ pk: `DEPLOYMENT#${id}`, sk: 'DEPLOYMENT' });

export const deploymentItem = (deployment: Deployment) => ({
  ...deploymentKey(deployment.id),
  [byStatus.partitionKey]: DEPLOYMENTS_PARTITION,
  [byStatus.sortKey]: `${deployment.deploymentDay}#${deployment.id}`,
  entity: 'deployment',
  ...deployment,
});

const auditItem = (id: string, version: number, entry: DeploymentAuditEntry) => ({
  pk: `DEPLOYMENT#${id}`,
  sk: `AUDIT#${entry.at}#${String(version).padStart(6, '0')}`,
  entity: 'deployment-audit',
  ...entry,
});

const DEPLOYMENT_FIELDS = [
  'id',
  'applicationId',
  'call',
  'mission',
  'officer',
  'category',
  'force',
  'deploymentDay',
  'rotationDay',
  'contact',
  'checklist',
  'extensions',
  'returned',
  'debrief',
  'createdAt',
  'createdBy',
  'updatedAt',
  'version',
] as const satisfies ReadonlyArray<keyof Deployment>;

/** An item back to a deployment: its own fields only, no keys. */
export const deploymentFromItem = (item: Record<string, unknown>): Deployment => {
  const deployment = Object.fromEntries(DEPLOYMENT_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]])) as unknown as Deployment;
  // An item missing either list reads as empty, whatever wrote it.
  return { ...deployment, checklist: deployment.checklist ?? {}, extensions: deployment.extensions ?? [] };
};

/** Deployments in the one table: GetItem by id, one Query of the listing partition; each write one transaction with its audit entry. */
export const deploymentStore = (client: DynamoDBDocumentClient, tableName: string): DeploymentStore => {
  const get = async (id: string) => {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: deploymentKey(id), ConsistentRead: true }));
    return Item ? deploymentFromItem(Item) : undefined;
  };
  return {
    get,

    async listAll() {
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: byStatus.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': byStatus.partitionKey },
        ExpressionAttributeValues: { ':pk': DEPLOYMENTS_PARTITION },
      });
      return items.map(deploymentFromItem);
    },

    async create(deployment, audit, application) {
      const transaction = new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: deploymentItem(deployment), ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            ConditionCheck: {
              TableName: tableName,
              Key: applicationKey(application.id),
              ConditionExpression: '#version = :read',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':read': application.version },
            },
          },
          { Put: { TableName: tableName, Item: auditItem(deployment.id, deployment.version, audit), ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      });
      try {
        await retryingTransactionConflicts(() => client.send(transaction));
      } catch (error) {
        if (conditionFailedAt(error, 0)) {
          const current = await get(deployment.id);
          if (current) throw new DeploymentAlreadyMade(current);
        }
        if (conditionFailedAt(error, 1)) throw new StaleDeployment();
        throw error;
      }
    },

    async update(next, expectedVersion, audit) {
      await putAtVersion(client, tableName, { item: deploymentItem(next), expectedVersion, audit: auditItem(next.id, next.version, audit), stale: () => new StaleDeployment() });
    },
  };
};
