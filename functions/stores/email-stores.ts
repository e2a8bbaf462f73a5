import type { SendOnceDependencies } from '#shared/email/send-once.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { dynamoEmailClaims } from '../adapters/dynamodb/email-claims.js';
import { dynamoSuppressions } from '../adapters/dynamodb/suppressions.js';
import { createSesClient } from '../adapters/ses/client.js';
import { sesEmailSender } from '../adapters/ses/email-sender.js';
import { readConfig } from '../config.js';

let stores: SendOnceDependencies | undefined;

/** What a job needs to send each email once: claims and suppressions in the table, SES; built once per container. */
export const emailStores = (): SendOnceDependencies => {
  if (!stores) {
    const { TABLE_NAME, EMAIL_FROM, EMAIL_CONFIGURATION_SET } = readConfig(['TABLE_NAME', 'EMAIL_FROM', 'EMAIL_CONFIGURATION_SET']);
    const client = createDocumentClient();
    stores = {
      claims: dynamoEmailClaims(client, TABLE_NAME),
      suppressions: dynamoSuppressions(client, TABLE_NAME),
      sender: sesEmailSender(createSesClient(), EMAIL_FROM, EMAIL_CONFIGURATION_SET),
    };
  }
  return stores;
};
