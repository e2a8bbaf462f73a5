import { randomUUID } from 'node:crypto';
import type { DeploymentDependencies } from '#shared/deployment/start.js';
import { deploymentStore } from '../adapters/dynamodb/deployments.js';
import { stageProfile } from '../profile.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

let dependencies: DeploymentDependencies | undefined;

/** What the deployments' routes need: the deployments, the applications and calls, the stage's forces; built once per container. */
export const deploymentDependencies = (): DeploymentDependencies => {
  if (!dependencies) {
    const { client, tableName } = tableClient();
    const { applications, vacancies } = tableStores();
    dependencies = { deployments: deploymentStore(client, tableName), applications, vacancies, forces: stageProfile().forces, newId: randomUUID };
  }
  return dependencies;
};
