/**
 * What the OpenAPI document says of the deployments' routes (functions/deployment/; issue 18,
 * point 6; docs/sending.md "Deployments"): part of operations.ts, with the zod schemas their handlers validate with.
 */
import {
  checklistBodySchema,
  checklistPathSchema,
  debriefBodySchema,
  deploymentPathSchema,
  editDeploymentBodySchema,
  extensionDecisionBodySchema,
  extensionPathSchema,
  extensionRequestBodySchema,
  reportQuerySchema,
  returnBodySchema,
  rosterQuerySchema,
  startDeploymentBodySchema,
} from '#shared/deployment/schema.js';

const change = { 200: { schema: 'DeploymentAnswer', description: 'The deployment as stored now.' } } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const deploymentOperations = {
  listDeployments: {
    summary: 'The deployments’ roster: who is deployed where',
    description:
      'Each deployment with its state and checklist judged on its duty station’s date, by mission name then deployment day; `today` counts them by state. A force’s approver sees its own serving officers only.',
    query: rosterQuerySchema,
    answers: { 200: { schema: 'DeploymentRoster', description: 'The roster.' } },
  },
  startDeployment: {
    summary: 'Deploy an officer the mission selected',
    description:
      'One per application, while the mission’s answer is `selected` and the officer has not withdrawn (else 409); the rotation day after the deployment day, the deployment day not before the answer, a serving officer’s tour within the period their force released (else 422). The same days again: 200, nothing written; other days: 409 with `current`. Written while the application is at the version read.',
    body: startDeploymentBodySchema,
    bodyExample: { applicationId: '0b6f3c8e-4d55-4a9c-9c1e-2f7d8f1a9b10', deploymentDay: '2027-05-03', rotationDay: '2028-05-02' },
    answers: { 201: { schema: 'DeploymentAnswer', description: 'Deployed.' }, 200: { schema: 'DeploymentAnswer', description: 'Already deployed with these days: nothing written.' } },
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
  deploymentReport: {
    summary: 'The deployments counted by mission, organisation, applicant category, force and role category',
    description: '`total` counts the tours that overlap the period (by default the twelve months to today), `deployedNow` those deployed today in their duty station. Every role category is listed, police then civilian, even at 0.',
    query: reportQuerySchema,
    answers: { 200: { schema: 'DeploymentReport', description: 'The counts.' } },
  },
  getDeployment: {
    summary: 'One deployment',
    description: 'Another force’s officer is the same 404 as an unknown id; a force’s approver does not read the debrief’s notes, the early return’s reason or the checklist’s references.',
    path: deploymentPathSchema,
    answers: change,
    problems: ['not-found'] as const,
  },
  editDeployment: {
    summary: 'Change the days (before the deployment day) or the in-mission contact',
    description: 'Once the officer has left, or once an extension is asked or approved, the days no longer change (409): the rotation day moves through an extension. A serving officer’s days stay within the release’s period (422). A stale version: 409 with `current`.',
    path: deploymentPathSchema,
    body: editDeploymentBodySchema,
    bodyExample: { version: 2, contact: { name: 'Anna Berg', role: 'Head of Personnel', email: 'personnel@eulex.example', phone: '+383 38 000 000' } },
    answers: change,
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
  recordDeploymentChecklist: {
    summary: 'Record a pre-deployment checklist item: vetting, medical, hostile-environment training, insurance',
    description: 'The day it was done (not in the future in the duty station), the day it stops covering (after it), a reference.',
    path: checklistPathSchema,
    body: checklistBodySchema,
    bodyExample: { version: 2, on: '2027-04-02', expiresOn: '2028-04-01', reference: 'MED-2027-114' },
    answers: change,
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
  requestDeploymentExtension: {
    summary: 'Ask to extend a tour',
    description:
      'To a day after the rotation day (422), one at a time, not once returned (409). A serving officer’s request waits for their force, whose approver who released them is told once (`told`); HR decides a retired officer’s or a civilian’s.',
    path: deploymentPathSchema,
    body: extensionRequestBodySchema,
    bodyExample: { version: 5, until: '2028-11-02', reason: 'The mission’s mandate is renewed for six months.' },
    answers: { 201: { schema: 'DeploymentAnswer', description: 'Requested.' } },
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
  decideDeploymentExtension: {
    summary: 'Approve or refuse an extension',
    description:
      'A serving officer’s is decided by their force’s approver (HR: 403; another force: 404), the others’ by HR. Approved moves the rotation day to the extension’s day, only while it still runs past the rotation day (409). Decided the other way already, or the officer returned: 409. The officer is told in their language, once (`told`).',
    path: extensionPathSchema,
    body: extensionDecisionBodySchema,
    bodyExample: { version: 6, decision: 'approved' },
    answers: change,
    problems: ['not-found', 'conflict', 'forbidden'] as const,
  },
  recordDeploymentReturn: {
    summary: 'Record the officer’s return',
    description: 'Not in the future, not before the deployment day (422). Early unless said otherwise when before the rotation day; an early return needs a reason (422). Not while an extension waits for its decision (409).',
    path: deploymentPathSchema,
    body: returnBodySchema,
    bodyExample: { version: 7, on: '2028-05-02' },
    answers: change,
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
  recordDeploymentDebrief: {
    summary: 'Record the debrief',
    description: 'Only after the return (409), on or after its day (422). The notes stay with the unit.',
    path: deploymentPathSchema,
    body: debriefBodySchema,
    bodyExample: { version: 8, on: '2028-05-10', notes: 'Would serve again; recommends the mission’s induction week.' },
    answers: change,
    problems: ['not-found', 'conflict', 'secondment-rules'] as const,
  },
};
