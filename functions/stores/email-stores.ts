import type { SendOnceDependencies } from '#shared/email/send-once.js';
import { dynamoEmailClaims } from '../adapters/dynamodb/email-claims.js';
import { dynamoSuppressions } from '../adapters/dynamodb/suppressions.js';
import { createSesClient } from '../adapters/ses/client.js';
import { sesEmailSender } from '../adapters/ses/email-sender.js';
import { readConfig } from '../config.js';
import { tableClient } from './table-client.js';

let stores: SendOnceDependencies | undefined;

/** What sends each email once (the jobs, the submit's receipt): claims and suppressions in the table, SES; built once per container. */
export const emailStores = (): SendOnceDependencies => {
  if (!stores) {
    const { EMAIL_FROM, EMAIL_CONFIGURATION_SET } = readConfig(['EMAIL_FROM', 'EMAIL_CONFIGURATION_SET']);
    const { client, tableName } = tableClient();
    stores = {
      claims: dynamoEmailClaims(client, tableName),
      suppressions: dynamoSuppressions(client, tableName),
      sender: sesEmailSender(createSesClient(), EMAIL_FROM, EMAIL_CONFIGURATION_SET),
    };
  }
  return stores;
};
