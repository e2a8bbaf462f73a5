/**
 * The answers of the secondments' routes (functions/secondments/; issue 17), as JSON Schema
 * 2020-12: part of answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */
import { extensionStates } from '#shared/secondments/extension.js';
import { secondmentStates } from '#shared/secondments/secondment.js';
import { secondmentTypes } from '#shared/vacancies/schema.js';

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const date: JsonSchema = { type: 'string', format: 'date' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

// Where it is stored stays the API's own: GET .../documents/{kind} links to it.
const document = object(['contentType', 'size', 'sha256', 'receivedAt'], {
  contentType: { type: 'string' },
  size: { type: 'integer' },
  sha256: { type: 'string' },
  receivedAt: dateTime,
});
const step = (required: readonly string[]) => object(required, { at: dateTime, by: { type: 'string' }, reason: { type: 'string' } });

export const secondmentAnswerSchemas: Record<string, JsonSchema> = {
  SecondmentExtension: object(['id', 'months', 'fromLastDay', 'toLastDay', 'requestedBy', 'requestedAt', 'state'], {
    id: { type: 'string', format: 'uuid' },
    months: { type: 'integer', minimum: 1 },
    fromLastDay: date,
    toLastDay: { ...date, description: 'The last day it gives once approved.' },
    requestedBy: object(['email', 'as'], { email: { type: 'string' }, as: { enum: ['hr', 'ncb'] } }),
    requestedAt: dateTime,
    reason: { type: 'string' },
    state: { enum: [...extensionStates] },
    homeConfirmation: object(['at', 'by', 'letter'], { at: dateTime, by: { type: 'string' }, letter: document }),
    decision: step(['at', 'by']),
    withdrawal: step(['at', 'by', 'reason']),
  }),
  Secondment: object(
    ['id', 'applicationId', 'vacancy', 'officer', 'nationality', 'homeAdministration', 'homeAdministrationCountry', 'unit', 'dutyStation', 'timeZone', 'grade', 'type', 'firstDay', 'lastDay', 'expatriationAllowance', 'documents', 'extensions', 'version', 'state', 'today', 'room'],
    {
      id: { type: 'string', format: 'uuid' },
      applicationId: { type: 'string', format: 'uuid' },
      vacancy: { type: 'string' },
      officer: object(['givenName', 'email', 'language'], { givenName: { type: 'string' }, familyName: { type: 'string' }, email: { type: 'string' }, language: { type: 'string' } }),
      nationality: { type: 'string' },
      homeAdministration: { type: 'string' },
      homeAdministrationCountry: { type: 'string', description: 'Whose NCB speaks for the home administration (and alone sees the secondment).' },
      unit: { type: 'string' },
      dutyStation: { type: 'string' },
      timeZone: { type: 'string' },
      grade: { type: 'string' },
      type: { enum: [...secondmentTypes] },
      firstDay: date,
      lastDay: { ...date, description: 'The last day served as planned now, moved by each approved extension.' },
      expatriationAllowance: { type: 'boolean' },
      documents: object([], { confirmationLetter: document, signedTerms: document }),
      extensions: list(ref('SecondmentExtension')),
      ended: object(['lastDay', 'early', 'reason', 'at', 'by'], { lastDay: date, early: { type: 'boolean' }, reason: { type: 'string' }, at: dateTime, by: { type: 'string' } }),
      version: { type: 'integer', minimum: 1, description: 'Sent back with every write: a stale one is a 409.' },
      state: { enum: [...secondmentStates], description: 'Where it stands on `today`, its duty station’s date.' },
      today: date,
      room: object(['limit', 'taken', 'left'], {
        limit: { type: 'integer', description: 'The type’s limit in all, in months (regular 72, short-term 36).' },
        taken: { type: 'integer', description: 'Months the run takes now; a month begun counts whole.' },
        left: { type: 'integer', description: 'How many more months an extension may give.' },
      }),
    },
  ),
  SecondmentAnswer: object(['secondment'], { secondment: ref('Secondment') }),
  SecondmentList: object(['secondments'], { secondments: list(ref('Secondment')) }),
  SecondmentWithHistory: object(['secondment', 'history'], {
    secondment: ref('Secondment'),
    history: list(object(['at', 'by', 'action', 'changes'], { at: dateTime, by: { type: 'string' }, action: { type: 'string' }, changes: { type: 'object' } })),
  }),
  ExtensionAsked: object(['secondment', 'extension'], { secondment: ref('Secondment'), extension: ref('SecondmentExtension') }),
  SecondmentRoster: object(['rows', 'counts'], {
    rows: list(
      object(['id', 'vacancy', 'givenName', 'nationality', 'homeAdministration', 'homeAdministrationCountry', 'unit', 'dutyStation', 'grade', 'type', 'firstDay', 'lastDay', 'state', 'monthsLeft'], {
        id: { type: 'string', format: 'uuid' },
        vacancy: { type: 'string' },
        givenName: { type: 'string' },
        familyName: { type: 'string' },
        nationality: { type: 'string' },
        homeAdministration: { type: 'string' },
        homeAdministrationCountry: { type: 'string' },
        unit: { type: 'string' },
        dutyStation: { type: 'string' },
        grade: { type: 'string' },
        type: { enum: [...secondmentTypes] },
        firstDay: date,
        lastDay: { ...date, description: 'The last day to be served: a recorded end’s, else the planned one.' },
        state: { enum: secondmentStates.filter((state) => state !== 'ended') },
        monthsLeft: { type: 'integer', minimum: 0, description: 'Whole months from today (the duty station’s date) to the last day.' },
        extension: object(['months', 'toLastDay', 'state'], { months: { type: 'integer', minimum: 1 }, toLastDay: date, state: { enum: [...extensionStates] } }),
      }),
    ),
    counts: object(['total', 'byNationality', 'byUnit', 'byType'], {
      total: { type: 'integer', minimum: 0 },
      ...Object.fromEntries(['byNationality', 'byUnit', 'byType'].map((name) => [name, list(object(['value', 'count'], { value: { type: 'string' }, count: { type: 'integer', minimum: 1 } }))])),
    }),
  }),
};
