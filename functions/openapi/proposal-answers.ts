/**
 * The answers of the short-term proposals' routes (functions/proposals/), as JSON Schema 2020-12:
 * part of answer-schemas.ts, kept beside it so that the capability's shapes change in one file.
 */
import { proposalAreas } from '#shared/proposals/areas.js';
import { proposalStates } from '#shared/proposals/proposal.js';

/** As answer-schemas.ts says it (not imported from there: that module spreads this one). */
type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const date: JsonSchema = { type: 'string', format: 'date' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required: [...required], properties });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const document = object(['contentType', 'size', 'receivedAt'], { contentType: { type: 'string' }, size: { type: 'integer' }, receivedAt: dateTime });

export const proposalAnswerSchemas: Record<string, JsonSchema> = {
  Proposal: object(['id', 'country', 'state', 'officer', 'offer', 'screening', 'documents', 'proposedBy', 'proposedAt', 'lapsesAt', 'updatedAt', 'version'], {
    id: { type: 'string', format: 'uuid', description: 'Also the id of the application a match makes of it.' },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'The proposing NCB’s country.' },
    state: { enum: [...proposalStates] },
    officer: object(['givenName', 'email', 'nationality', 'rank', 'homeAdministration', 'yearsOfExperience', 'education', 'languages', 'preferredLanguage']),
    offer: object(['areas', 'availableFrom', 'durationMonths'], {
      areas: { type: 'array', items: { enum: [...proposalAreas] } },
      availableFrom: date,
      durationMonths: { type: 'integer', minimum: 6, maximum: 36 },
      note: { type: 'string' },
    }),
    screening: object(['clearance', 'screenedOn'], { clearance: { enum: ['Basic', 'Enhanced'] }, screenedOn: date }),
    documents: object([], { cv: document, confirmationLetter: document }),
    proposedBy: { type: 'string' },
    proposedAt: dateTime,
    lapsesAt: { ...dateTime, description: 'When the proposal closes if nobody takes it: proposedAt plus the stage’s open period.' },
    updatedAt: dateTime,
    version: { type: 'integer', minimum: 1 },
    match: object(['vacancyNumber', 'applicationId', 'matchedAt', 'matchedBy'], { vacancyNumber: { type: 'string' }, applicationId: { type: 'string' }, matchedAt: dateTime, matchedBy: { type: 'string' } }),
    closed: object(['at', 'by', 'reason'], { at: dateTime, by: { type: 'string' }, reason: { type: 'string' } }),
  }),
  ProposalAnswer: object(['proposal'], { proposal: ref('Proposal') }),
  ProposalList: object(['proposals'], { proposals: { type: 'array', items: ref('Proposal') } }),
  ProposalWithHistory: object(['proposal', 'history'], {
    proposal: ref('Proposal'),
    history: { type: 'array', items: object(['at', 'by', 'action', 'changes'], { at: dateTime, by: { type: 'string' }, action: { type: 'string' }, changes: { type: 'object' } }) },
  }),
  ProposalMatch: object(['proposal', 'application'], {
    proposal: ref('Proposal'),
    application: object(['id', 'vacancyNumber'], { id: { type: 'string' }, vacancyNumber: { type: 'string' } }),
  }),
};
