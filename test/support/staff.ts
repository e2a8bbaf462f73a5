import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { LocalStack } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStore, AuditEntry } from '#shared/applications/store.js';
import type { StaffGroup } from '#shared/staff/principal.js';

export interface StaffIdentity {
  email: string;
  groups: StaffGroup[];
  country?: string;
  force?: string;
}

export const hrOfficer: StaffIdentity = { email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
export const administrator: StaffIdentity = { email: 'admin@secondment-hub.local', groups: ['admin'] };
export const ncbFrance: StaffIdentity = { email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR' };
export const ncbSenegal: StaffIdentity = { email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
/** Selection panel members (issue 16): they see only the panels that name them. */
export const panelMember: StaffIdentity = { email: 'panel.member@secondment-hub.local', groups: ['panel'] };
/** A sending unit's force approvers (issue 18): they release their own force's officers only. */
export const metApprover: StaffIdentity = { email: 'releases@met.police.example', groups: ['force'], force: 'met' };
export const scotlandApprover: StaffIdentity = { email: 'releases@scotland.police.example', groups: ['force'], force: 'police-scotland' };

/** A staff ID token from the local issuer (`POST /_local/token`), as the grid page gets one. */
export const staffToken = async (stack: Pick<LocalStack, 'url'>, identity: StaffIdentity): Promise<string> => {
  const response = await fetch(`${stack.url}/_local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(identity),
  });
  if (response.status !== 200) throw new Error(`/_local/token answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
};

/** Fetch as a signed-in staff member: JSON in and out, the answer's status, type and parsed body. */
export const staffClient = async (stack: Pick<LocalStack, 'url'>, identity: StaffIdentity) => {
  const token = await staffToken(stack, identity);
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: parsed as Record<string, unknown>, headers: response.headers };
  };
};

/**
 * The application store of a running local stack through the real SDK client: tests write the
 * applications they need directly (hundreds in milliseconds) rather than through the form.
 */
export const storeOf = (stack: Pick<LocalStack, 'tableName' | 'endpoints'>): { applications: ApplicationStore; close(): void } => {
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  return { applications: dynamoApplicationStore(createDocumentClient(client), stack.tableName), close: () => client.destroy() };
};

/** Writes applications as if submitted, each with its first audit entry. */
export const seedApplications = async (store: ApplicationStore, applications: Application[]): Promise<void> => {
  for (const application of applications) {
    const audit: AuditEntry = { at: application.submittedAt, by: 'candidate', action: 'submitted', changes: {} };
    await store.create(application, audit);
  }
};
