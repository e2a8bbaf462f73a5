import type { Deployment } from './deployment.js';

/** One line of a deployment's history: who did what, when, and what it changed. */
export interface DeploymentAuditEntry {
  at: string;
  /** The staff member's email. */
  by: string;
  action: 'created' | 'edited' | 'checklist-recorded' | 'extension-requested' | 'extension-decided' | 'return-recorded' | 'debrief-recorded';
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The deployment (or, on its creation, the application) changed since it was read: read it again and decide again. */
export class StaleDeployment extends Error {}

/** The application already has its deployment (one per application): the one it has. */
export class DeploymentAlreadyMade extends Error {
  constructor(readonly current: Deployment) {
    super('The application already has its deployment.');
  }
}

/**
 * Where deployments live (functions/adapters/dynamodb/deployments.ts, docs/data-model.md, pattern
 * 60): GetItem by id (the application's), a Query of every deployment's listing entry (the roster,
 * the report, the reminders: a sending unit deploys tens a year); each write one transaction with
 * its audit entry.
 */
export interface DeploymentStore {
  get(id: string): Promise<Deployment | undefined>;
  /** Every deployment, by deployment day. */
  listAll(): Promise<Deployment[]>;
  /**
   * The deployment and its first audit entry, while the application is still at the version read
   * (else StaleDeployment); DeploymentAlreadyMade when the application has one.
   */
  create(deployment: Deployment, audit: DeploymentAuditEntry, application: { id: string; version: number }): Promise<void>;
  /** Writes `next` only while the stored version is `expectedVersion`, with its audit entry (else StaleDeployment). */
  update(next: Deployment, expectedVersion: number, audit: DeploymentAuditEntry): Promise<void>;
}
