import { randomUUID } from 'node:crypto';
import type { InvitationDependencies } from '#shared/expert-roster/invite.js';
import type { RosterDependencies } from '#shared/expert-roster/roster.js';
import { dynamoExpertRoster } from '../adapters/dynamodb/expert-roster.js';
import { readConfig } from '../config.js';
import { emailStores } from '../stores/email-stores.js';
import { tableClient } from '../stores/table-client.js';
import { tableStores } from '../stores/table-stores.js';

let roster: RosterDependencies | undefined;
let invitations: InvitationDependencies | undefined;

/** The roster and a new id: what the roster's own routes need; built once per container. */
export const rosterDependencies = (): RosterDependencies => {
  if (!roster) {
    const { client, tableName } = tableClient();
    roster = { roster: dynamoExpertRoster(client, tableName), newId: randomUUID };
  }
  return roster;
};

/** The invitation's: the roster, the calls, send-once, and the public site the form is on (a route with `uses.email` is given PUBLIC_BASE_URL). */
export const invitationDependencies = (): InvitationDependencies => {
  if (!invitations) {
    const { PUBLIC_BASE_URL } = readConfig(['PUBLIC_BASE_URL']);
    invitations = { roster: rosterDependencies().roster, vacancies: tableStores().vacancies, email: emailStores(), publicBaseUrl: PUBLIC_BASE_URL };
  }
  return invitations;
};
