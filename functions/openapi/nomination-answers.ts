/**
 * The answers of the nominations' routes (functions/nomination/; issue 18, point 5), as JSON
 * Schema 2020-12: part of answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const text: JsonSchema = { type: 'string' };
const date: JsonSchema = { type: 'string', format: 'date' };
const instant: JsonSchema = { type: 'string', format: 'date-time' };
const sendOutcome: JsonSchema = { enum: ['sent', 'already-sent', 'suppressed', 'failed'] };

const nomination = object(['nominatedAt', 'nominatedBy'], {
  nominatedAt: instant,
  nominatedBy: text,
  sent: object(['on', 'recordedAt', 'by'], { on: { ...date, description: 'The day the package went to the mission.' }, recordedAt: instant, by: text }),
  answer: object(['outcome', 'on', 'recordedAt', 'by'], {
    outcome: { enum: ['selected', 'reserve', 'not-selected'] },
    on: { ...date, description: 'The day the mission answered.' },
    note: { ...text, description: 'HR’s internal note; never told to the candidate or the force.' },
    recordedAt: instant,
    by: text,
  }),
});

const nominationRow = object(['id', 'version', 'name', 'category', 'status', 'missing', 'canNominate'], {
  id: { type: 'string', format: 'uuid' },
  version: { type: 'integer', minimum: 1 },
  name: text,
  category: text,
  force: object(['id', 'name'], { id: text, name: text }),
  status: text,
  missing: { type: 'array', items: { enum: ['cv', 'confirmationLetter', 'ncbValidation', 'release'] } },
  release: object(['decision'], { decision: { enum: ['approved', 'refused'] }, from: date, until: date }),
  nomination,
  canNominate: { type: 'boolean' },
  blockedBy: { enum: ['not-interviewed', 'incomplete', 'national-deadline-open', 'full'], description: 'Why it cannot be nominated now (absent when it can, or is nominated).' },
  why: { ...text, description: 'The same, in HR’s words.' },
});

const rowAnswer = object(['outcome', 'row'], { outcome: { enum: ['nominated', 'applied', 'unchanged'] }, row: { $ref: '#/components/schemas/NominationRow' } });

export const nominationAnswerSchemas: Record<string, JsonSchema> = {
  NominationRow: nominationRow,
  NominationBoard: object(['call', 'allowed', 'nominated', 'candidates'], {
    call: object(['number', 'title', 'location', 'timeZone', 'deadline', 'mission'], {
      number: text,
      title: text,
      location: text,
      timeZone: text,
      deadline: { ...date, description: 'The national deadline.' },
      mission: object(['mission', 'organisation', 'roleCategory', 'rankSought', 'missionDeadline', 'nominationsAllowed'], {
        mission: text,
        organisation: { enum: ['EU', 'UN', 'OSCE'] },
        roleCategory: text,
        rankSought: text,
        missionDeadline: date,
        nominationsAllowed: { type: 'integer', minimum: 1 },
      }),
    }),
    allowed: { type: 'integer', minimum: 1, description: 'How many the call lets the unit nominate.' },
    nominated: { type: 'integer', minimum: 0, description: 'How many nominations hold a place now.' },
    candidates: { type: 'array', items: { $ref: '#/components/schemas/NominationRow' } },
  }),
  NominationChange: rowAnswer,
  MissionAnswerRecorded: object(['outcome', 'row', 'told'], {
    outcome: { enum: ['applied', 'unchanged'] },
    row: { $ref: '#/components/schemas/NominationRow' },
    told: object(['candidate'], { candidate: sendOutcome, force: sendOutcome }),
  }),
  NominationPackage: object(['url', 'expiresAt', 'fileName', 'files'], {
    url: { type: 'string', format: 'uri' },
    expiresAt: instant,
    fileName: text,
    files: { type: 'array', items: text, description: 'The files in the ZIP.' },
  }),
};
