import type { Deployment, DeploymentExtension } from '#shared/deployment/deployment.js';

/** A serving officer of the Met deployed to EULEX Kosovo from 1 March 2027 for a year; vetting done, the rest not. */
export const metDeployment = (overrides: Partial<Deployment> = {}): Deployment => ({
  id: 'app-1',
  applicationId: 'app-1',
  call: 'EULEX-26-07',
  mission: { name: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'executive-policing', dutyStation: 'Pristina', timeZone: 'Europe/Belgrade' },
  officer: { givenName: 'Grace', familyName: 'Okafor', email: 'grace.okafor@met.police.example', language: 'en' },
  category: 'serving-police',
  force: 'met',
  deploymentDay: '2027-03-01',
  rotationDay: '2028-02-29',
  checklist: { vetting: { on: '2027-01-05', recordedAt: '2027-01-05T09:00:00.000Z', by: 'hr@unit.example' } },
  extensions: [],
  createdAt: '2027-01-02T09:00:00.000Z',
  createdBy: 'hr@unit.example',
  updatedAt: '2027-01-05T09:00:00.000Z',
  version: 2,
  ...overrides,
});

/** An extension HR asked for on 10 January 2028, waiting for the force. */
export const requestedExtension = (overrides: Partial<DeploymentExtension> = {}): DeploymentExtension => ({
  id: 'x1',
  until: '2028-08-31',
  reason: 'Mandate renewed for six months',
  requestedAt: '2028-01-10T09:00:00.000Z',
  requestedBy: 'hr@unit.example',
  state: 'requested',
  ...overrides,
});
