/**
 * The answers of the letters' routes (functions/letters/), as JSON Schema 2020-12: part of
 * answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const count: JsonSchema = { type: 'integer', minimum: 0 };
const kind: JsonSchema = { enum: ['shortlisted', 'test-result', 'reserve', 'offer', 'appointed', 'not-retained'] };
const stage: JsonSchema = { enum: ['screening', 'shortlisting', 'test', 'interview'], description: 'The stage a not-retained letter says the application reached: nothing more.' };
const stageCounts: JsonSchema = { type: 'object', additionalProperties: count };

export const letterAnswerSchemas: Record<string, JsonSchema> = {
  LettersOverview: object(['vacancy', 'title', 'status', 'revision', 'kinds'], {
    vacancy: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string' },
    revision: { type: 'integer', minimum: 0, description: 'The setting’s revision: 0 while none is stored (every letter automatic).' },
    kinds: list(
      object(['kind', 'sentBy'], {
        kind: { enum: ['shortlisted', 'test-result', 'interview-invitation', 'reserve', 'offer', 'appointed', 'not-retained'] },
        automatic: { type: 'boolean' },
        due: count,
        sentBy: { enum: ['letters', 'interviews'] },
        note: { type: 'string' },
      }),
    ),
  }),
  LettersSetting: object(['vacancy', 'automatic', 'revision'], {
    vacancy: { type: 'string' },
    automatic: { type: 'object', additionalProperties: { type: 'boolean' } },
    revision: { type: 'integer', minimum: 0 },
    updatedAt: { type: 'string', format: 'date-time' },
    updatedBy: { type: 'string' },
  }),
  LetterPreview: object(['vacancy', 'kind', 'due', 'recipients'], {
    vacancy: { type: 'string' },
    kind,
    due: count,
    recipients: list(
      object(['applicationId', 'name', 'language', 'toCandidate', 'toNcb'], {
        applicationId: { type: 'string', format: 'uuid' },
        name: { type: 'string' },
        language: { enum: ['ar', 'en', 'fr', 'es'] },
        toCandidate: { type: 'boolean' },
        toNcb: { type: 'boolean', description: 'A copy goes to the candidate’s NCB (offers and appointments).' },
        stage,
      }),
    ),
    letter: object(['applicationId', 'language', 'subject', 'text', 'html'], {
      applicationId: { type: 'string', format: 'uuid' },
      language: { enum: ['ar', 'en', 'fr', 'es'] },
      subject: { type: 'string' },
      text: { type: 'string' },
      html: { type: 'string' },
    }),
  }),
  LettersSent: object(['due', 'sent', 'alreadySent', 'suppressed', 'failed', 'ncbSent', 'ncbFailed', 'ncbNoContact', 'sesCalls', 'left'], {
    vacancy: { type: 'string' },
    kind,
    due: count,
    sent: count,
    alreadySent: count,
    suppressed: count,
    failed: { ...count, description: 'Not sent (SES refused or was down): their claims were given back, so a second run or the job sends them, once.' },
    ncbSent: count,
    ncbFailed: count,
    ncbNoContact: { ...count, description: 'Copies owed to an NCB with no contact: sent once an administrator adds one.' },
    sesCalls: count,
    left: { ...count, description: 'Letters not begun before the run’s time ran out (none is cut off half-way): run it again, or the hourly job sends them, once.' },
  }),
  CloseOutPreview: object(['vacancy', 'status', 'toEnd', 'byStatus', 'letters', 'unconfirmed'], {
    vacancy: { type: 'string' },
    status: { type: 'string' },
    toEnd: count,
    byStatus: stageCounts,
    letters: stageCounts,
    unconfirmed: count,
  }),
  CloseOutDone: object(['vacancy', 'ended', 'letters'], {
    vacancy: { type: 'string' },
    ended: count,
    letters: { $ref: '#/components/schemas/LettersSent' },
  }),
};
