/**
 * The answers of the deployments' routes (functions/deployment/; issue 18, point 6), as JSON
 * Schema 2020-12: part of answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const text: JsonSchema = { type: 'string' };
const date: JsonSchema = { type: 'string', format: 'date' };
const instant: JsonSchema = { type: 'string', format: 'date-time' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const items = ['vetting', 'medical', 'hostileEnvironmentTraining', 'insurance'] as const;
const states: JsonSchema = { enum: ['preparing', 'deployed', 'extended', 'return-due', 'returned', 'debriefed'] };
const verdicts = object([...items], Object.fromEntries(items.map((item) => [item, { enum: ['done', 'missing', 'expires-during-tour'] }])));

const mission = object(['name', 'organisation', 'roleCategory', 'dutyStation', 'timeZone'], {
  name: text,
  organisation: { enum: ['EU', 'UN', 'OSCE'] },
  roleCategory: text,
  dutyStation: text,
  timeZone: text,
});
const contact = object(['name', 'role', 'email'], { name: text, role: text, email: text, phone: text });
const extension = object(['id', 'until', 'reason', 'requestedAt', 'requestedBy', 'state'], {
  id: { type: 'string', format: 'uuid' },
  until: { ...date, description: 'The tour’s new last day asked.' },
  reason: text,
  requestedAt: instant,
  requestedBy: text,
  state: { enum: ['requested', 'approved', 'refused'] },
  decidedAt: instant,
  decidedBy: text,
  note: text,
});
const done = object(['on', 'recordedAt', 'by'], { on: date, expiresOn: { ...date, description: 'The day it stops covering the officer.' }, reference: text, recordedAt: instant, by: text });
const category: JsonSchema = { enum: ['serving-police', 'retired-police', 'civilian-expert'] };
const sendOutcome: JsonSchema = { enum: ['sent', 'already-sent', 'suppressed', 'failed'] };

const deployment = object(
  ['id', 'applicationId', 'call', 'mission', 'officer', 'category', 'deploymentDay', 'rotationDay', 'checklist', 'extensions', 'createdAt', 'createdBy', 'updatedAt', 'version', 'state', 'checklistVerdicts', 'ready'],
  {
    id: { type: 'string', format: 'uuid', description: 'The application’s id: one deployment per application.' },
    applicationId: { type: 'string', format: 'uuid' },
    call: text,
    mission,
    officer: object(['givenName', 'email', 'language'], { givenName: text, familyName: text, email: text, language: { enum: ['ar', 'en', 'fr', 'es'] } }),
    category,
    force: { ...text, description: 'The force’s id, for a serving officer.' },
    forceName: text,
    deploymentDay: { ...date, description: 'The first day in mission, in the duty station.' },
    rotationDay: { ...date, description: 'The tour’s last day as planned now.' },
    contact,
    checklist: object([], Object.fromEntries(items.map((item) => [item, done]))),
    extensions: { type: 'array', items: extension },
    returned: object(['on', 'early', 'recordedAt', 'by'], { on: date, early: { type: 'boolean' }, reason: text, recordedAt: instant, by: text }),
    debrief: object(['on', 'recordedAt', 'by'], { on: date, notes: { ...text, description: 'The unit’s own: absent for a force’s approver.' }, recordedAt: instant, by: text }),
    createdAt: instant,
    createdBy: text,
    updatedAt: instant,
    version: { type: 'integer', minimum: 1 },
    state: states,
    checklistVerdicts: verdicts,
    ready: { type: 'boolean', description: 'Every checklist item done and covering the whole tour.' },
  },
);

const row = object(['id', 'version', 'call', 'mission', 'officer', 'category', 'deploymentDay', 'rotationDay', 'state', 'checklist', 'ready'], {
  id: { type: 'string', format: 'uuid' },
  version: { type: 'integer', minimum: 1 },
  call: text,
  mission,
  officer: object(['name', 'email'], { name: text, email: text }),
  category,
  force: object(['id', 'name'], { id: text, name: text }),
  deploymentDay: date,
  rotationDay: date,
  state: states,
  checklist: verdicts,
  ready: { type: 'boolean' },
  pendingExtension: extension,
  contact,
});

const counts = { type: 'array', items: object(['key', 'label', 'total', 'deployedNow'], { key: text, label: text, total: count, deployedNow: count }) };

export const deploymentAnswerSchemas: Record<string, JsonSchema> = {
  Deployment: deployment,
  DeploymentAnswer: object(['deployment'], { deployment: { $ref: '#/components/schemas/Deployment' }, told: { ...sendOutcome, description: 'Whether the force’s approver (a request) or the officer (a decision) was told.' } }),
  DeploymentRoster: object(['today', 'items'], {
    today: object(['preparing', 'deployed', 'extended', 'return-due', 'returned', 'debriefed'], Object.fromEntries(['preparing', 'deployed', 'extended', 'return-due', 'returned', 'debriefed'].map((state) => [state, count]))),
    items: { type: 'array', items: row },
  }),
  DeploymentReport: object(['period', 'total', 'deployedNow', 'byMission', 'byOrganisation', 'byCategory', 'byForce', 'byRoleCategory'], {
    period: object(['from', 'until'], { from: date, until: date }),
    total: count,
    deployedNow: count,
    byMission: counts,
    byOrganisation: counts,
    byCategory: counts,
    byForce: counts,
    byRoleCategory: counts,
  }),
};
