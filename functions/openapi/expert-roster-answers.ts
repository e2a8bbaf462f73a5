/**
 * The answers of the expert roster's routes (functions/expert-roster/; issue 18, point 7), as JSON
 * Schema 2020-12: part of answer-schemas.ts.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const text: JsonSchema = { type: 'string' };
const date: JsonSchema = { type: 'string', format: 'date' };
const instant: JsonSchema = { type: 'string', format: 'date-time' };
const verdict: JsonSchema = { enum: ['met', 'unknown', 'unmet'] };
const cefr: JsonSchema = { enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] };
const workingLanguages: JsonSchema = { type: 'array', items: object(['language', 'level'], { language: text, level: cefr }) };
const fields: JsonSchema = { type: 'array', items: text, description: 'Civilian role categories.' };

const rosterExpert = object(['id', 'givenName', 'email', 'language', 'fields', 'languages', 'yearsOfExperience', 'availableFrom', 'invitations', 'version', 'createdAt', 'updatedAt'], {
  id: { type: 'string', format: 'uuid' },
  givenName: text,
  familyName: text,
  email: { type: 'string', format: 'email' },
  language: { enum: ['ar', 'en', 'fr', 'es'], description: 'The language the unit writes to them in.' },
  fields,
  languages: workingLanguages,
  yearsOfExperience: { type: 'integer', minimum: 0 },
  availableFrom: date,
  availableUntil: { ...date, description: 'Absent: open-ended.' },
  vettingExpiresOn: { ...date, description: 'Absent: not vetted yet.' },
  note: { ...text, description: 'HR’s working note; never in an email.' },
  invitations: { type: 'array', items: object(['vacancy', 'at', 'by'], { vacancy: text, at: instant, by: text }) },
  version: { type: 'integer', minimum: 1 },
  createdAt: instant,
  updatedAt: instant,
});

const reason: JsonSchema = {
  oneOf: [
    object(['kind', 'verdict', 'field'], { kind: { const: 'field' }, verdict: { const: 'met' }, field: text }),
    object(['kind', 'verdict', 'minimumYears', 'years'], { kind: { const: 'experience' }, verdict, minimumYears: { type: 'integer' }, years: { type: 'integer' } }),
    object(['kind', 'verdict', 'language', 'need'], {
      kind: { const: 'language' },
      verdict,
      language: text,
      need: { enum: ['required', 'asset'] },
      level: cefr,
      statedLevel: cefr,
      oneOf: { type: 'array', items: text, description: 'Alternatives: one of these is enough.' },
    }),
    object(['kind', 'verdict', 'from', 'needFrom', 'needUntil'], {
      kind: { const: 'availability' },
      verdict,
      from: date,
      until: date,
      needFrom: { ...date, description: 'The last day they may become available: 90 days into the post.' },
      needUntil: { ...date, description: 'The post’s last day.' },
    }),
    object(['kind', 'verdict', 'needUntil'], { kind: { const: 'vetting' }, verdict, expiresOn: date, needUntil: date }),
  ],
};

export const expertRosterAnswerSchemas: Record<string, JsonSchema> = {
  RosterExpert: rosterExpert,
  ExpertList: object(['items'], { items: { type: 'array', items: { $ref: '#/components/schemas/RosterExpert' } } }),
  ExpertMatches: object(['call', 'period', 'matches'], {
    call: object(['number', 'title', 'location', 'timeZone', 'deadline', 'status', 'mission'], {
      number: text,
      title: text,
      location: text,
      timeZone: text,
      deadline: { ...date, description: 'The national deadline.' },
      status: text,
      mission: object(['mission', 'organisation', 'roleCategory', 'missionDeadline'], { mission: text, organisation: { enum: ['EU', 'UN', 'OSCE'] }, roleCategory: text, missionDeadline: date }),
    }),
    period: object(['from', 'until'], { from: { ...date, description: 'The mission’s deadline.' }, until: { ...date, description: 'The post’s last day.' } }),
    matches: {
      type: 'array',
      items: object(['expert', 'verdict', 'reasons', 'applied'], {
        expert: object(['id', 'name', 'email', 'fields', 'languages', 'availableFrom'], {
          id: { type: 'string', format: 'uuid' },
          name: text,
          email: text,
          fields,
          languages: workingLanguages,
          availableFrom: date,
          availableUntil: date,
          vettingExpiresOn: date,
        }),
        verdict,
        reasons: { type: 'array', items: reason },
        invitedAt: instant,
        applied: { type: 'boolean', description: 'An application to this call with their email exists.' },
      }),
    },
  }),
  ExpertInvitations: object(['results'], {
    results: {
      type: 'array',
      items: object(['id', 'outcome'], {
        id: text,
        outcome: { enum: ['sent', 'already-sent', 'suppressed', 'failed', 'not-found', 'not-matching', 'left'], description: '`not-matching`: none of their fields is the call’s role; `left`: not begun in the request’s time, invite again.' },
        recorded: { const: false, description: 'Sent, but not yet recorded on the expert.' },
      }),
    },
  }),
};
