import { runDeploymentReminders } from '#shared/deployment/reminder-run.js';
import { deploymentStore } from '../../adapters/dynamodb/deployments.js';
import { readConfig } from '../../config.js';
import { stageProfile } from '../../profile.js';
import { applicationReads } from '../../stores/application-stores.js';
import { emailStores } from '../../stores/email-stores.js';
import { tableClient } from '../../stores/table-client.js';
import { jobHandler } from '../job-handler.js';

// Read once per container.
const { HR_DIGEST_RECIPIENTS } = readConfig(['HR_DIGEST_RECIPIENTS']);
const { forces } = stageProfile();

/**
 * The daily `deployment-reminders` job: what each deployment is owed on its duty station's date (the
 * checklist 30 and 7 days before leaving, an extension a force has left a week, a return or a
 * debrief due), each sent once; a receiving stage has no deployments and sends nothing.
 */
export const handler = jobHandler('deployment-reminders', async ({ now }) => {
  const { client, tableName } = tableClient();
  return {
    ...(await runDeploymentReminders(
      { deployments: deploymentStore(client, tableName), applications: applicationReads(), email: emailStores() },
      { hrRecipients: HR_DIGEST_RECIPIENTS, forces },
      now,
    )),
  };
});
