/**
 * The answers of the releases' routes (functions/release/; issue 18, point 4), as JSON Schema
 * 2020-12: part of answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const text: JsonSchema = { type: 'string' };
const date: JsonSchema = { type: 'string', format: 'date' };

const release = object(['decision', 'at', 'by'], {
  decision: { enum: ['approved', 'refused'] },
  from: { ...date, description: 'The first day released (an approval).' },
  until: { ...date, description: 'The last day released (an approval).' },
  note: text,
  at: { type: 'string', format: 'date-time' },
  by: text,
});

const releaseRow = object(['id', 'version', 'givenName', 'email', 'currentTitle', 'force', 'call', 'status'], {
  id: { type: 'string', format: 'uuid' },
  version: { type: 'integer', minimum: 1 },
  givenName: text,
  familyName: text,
  email: text,
  currentTitle: text,
  force: object(['id', 'name'], { id: text, name: text }),
  lineManager: text,
  lineManagerEmail: text,
  call: object(['number', 'title', 'location', 'deadline'], {
    number: text,
    title: text,
    location: text,
    deadline: { ...date, description: 'The national deadline.' },
    durationMonths: { type: 'integer' },
    endsOn: date,
    mission: text,
    organisation: { enum: ['EU', 'UN', 'OSCE'] },
    missionDeadline: date,
  }),
  status: text,
  release: { ...release, description: 'The force’s decision so far; absent while it waits.' },
});

export const releaseAnswerSchemas: Record<string, JsonSchema> = {
  ReleaseRow: releaseRow,
  ReleaseList: object(['items'], { items: { type: 'array', items: { $ref: '#/components/schemas/ReleaseRow' } } }),
};
