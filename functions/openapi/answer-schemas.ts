/**
 * The answers' shapes that have no zod schema in shared/ (the handlers build them from TypeScript
 * interfaces), written as JSON Schema 2020-12 beside the document. They name the fields a client
 * relies on and leave room for fields added later; the integration suites check every answer
 * they receive against them (test/support/openapi-answers.ts).
 */

import { educationLevels } from '#shared/applications/schema.js';
import { verdicts } from '#shared/eligibility/eligibility.js';
import { languages } from '#shared/i18n/languages.js';
import { cefrLevels } from '#shared/vacancies/notice-schema.js';
import { proposalAnswerSchemas } from './proposal-answers.js';
import { selectionAnswerSchemas } from './selection-answers.js';
import { interviewAnswerSchemas } from './interview-answers.js';
import { writtenTestAnswerSchemas } from './written-test-answers.js';
import { secondmentAnswerSchemas } from './secondment-answers.js';
import { letterAnswerSchemas } from './letter-answers.js';
import { selectionReportAnswerSchemas } from './selection-report-answers.js';
import { reportAnswerSchemas } from './report-answers.js';
import { releaseAnswerSchemas } from './release-answers.js';
import { nominationAnswerSchemas } from './nomination-answers.js';
import { deploymentAnswerSchemas } from './deployment-answers.js';
import { expertRosterAnswerSchemas } from './expert-roster-answers.js';
import { offerAnswerSchemas } from './offer-answers.js';

export type JsonSchema = Record<string, unknown>;

const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const date: JsonSchema = { type: 'string', format: 'date' };
const object = (required: readonly string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: 'object',
  required: [...required],
  properties,
});
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** A presigned POST: the browser posts `fields` and the file to `url`. */
const uploadOffer = object(['url', 'fields', 'maxBytes', 'contentTypes', 'expiresAt'], {
  url: { type: 'string' },
  fields: { type: 'object', additionalProperties: { type: 'string' } },
  maxBytes: { type: 'integer' },
  contentTypes: { type: 'array', items: { type: 'string' } },
  expiresAt: dateTime,
});

const storedDocument = object(['contentType', 'size', 'receivedAt'], {
  contentType: { type: 'string' },
  size: { type: 'integer' },
  receivedAt: dateTime,
});

export const answerSchemas: Record<string, JsonSchema> = {
  /** RFC 9457: every error of this API. */
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', description: 'A relative URI, one of the problem types listed in this document.' },
      title: { type: 'string' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        description: 'With a 400: one entry per refused field.',
        items: object(['path', 'message'], { path: { type: 'string' }, message: { type: 'string' } }),
      },
      reason: { type: 'string', description: 'Why a document was refused (document-rejected).' },
      current: { description: 'With a stale edit’s 409: the row as stored now.' },
      posts: { type: 'integer', description: 'With an offer’s 409 on a full vacancy: its posts.' },
      held: { type: 'integer', description: '…and the offers outstanding plus appointments holding them.' },
    },
  },
  UploadOffer: uploadOffer,
  VacancyList: object(['items'], { items: { type: 'array', items: ref('Vacancy') } }),
  SubmissionAnswer: object(['applicationId', 'statusToken', 'uploads'], {
    applicationId: { type: 'string', format: 'uuid' },
    statusToken: { type: 'string', description: 'The bearer token of the candidate’s routes; shown once.' },
    uploads: { type: 'object', additionalProperties: ref('UploadOffer') },
  }),
  ApplicationStatusView: object(
    ['applicationId', 'vacancy', 'status', 'submittedAt', 'documents', 'missing', 'deadline', 'closesAt', 'canWithdraw', 'canUpload', 'confirmation'],
    {
      applicationId: { type: 'string', format: 'uuid' },
      vacancy: object(['number', 'title', 'location', 'timeZone']),
      status: { type: 'string' },
      submittedAt: dateTime,
      documents: { type: 'object', additionalProperties: storedDocument },
      missing: { type: 'array' },
      letterAwaitsNcb: { type: 'boolean' },
      deadline: date,
      closesAt: dateTime,
      canWithdraw: { type: 'boolean' },
      canUpload: { type: 'boolean' },
      endedBecause: { enum: ['vacancy-cancelled'] },
      confirmation: { type: 'string' },
      confirmBy: dateTime,
      language: { enum: [...languages] },
    },
  ),
  CompletedUpload: object(['kind', 'document', 'missing'], {
    kind: { type: 'string' },
    document: storedDocument,
    missing: { type: 'array' },
  }),
  ApplicationRow: object(['id', 'vacancy', 'status', 'documents', 'submittedAt', 'updatedAt', 'version', 'complete', 'missing', 'nextStatuses'], {
    id: { type: 'string', format: 'uuid' },
    vacancy: { type: 'string' },
    status: { type: 'string' },
    documents: { type: 'object' },
    submittedAt: dateTime,
    updatedAt: dateTime,
    version: { type: 'integer' },
    complete: { type: 'boolean' },
    missing: { type: 'array' },
    emailConfirmed: { type: 'boolean' },
    ncbCountry: { type: 'string', pattern: '^[A-Z]{2}$' },
    requiredClearance: { enum: ['Basic', 'Enhanced'] },
    letterAwaitsNcb: { type: 'boolean' },
    takesDocuments: { type: 'boolean' },
    nextStatuses: { type: 'array', items: { type: 'string' } },
    languageLevels: {
      type: 'object',
      additionalProperties: { enum: [...cefrLevels] },
      description: 'Each language’s CEFR level as the candidate gave it, by its code; absent on an application made before the form asked (its levels are judged unknown).',
    },
    education: { enum: [...educationLevels], description: 'The highest education completed (ISCED-based: README); absent on an application made before the form asked.' },
    eligibility: ref('Eligibility'),
  }),
  Eligibility: object(['verdict', 'judgements'], {
    verdict: { enum: [...verdicts], description: 'unmet when a required thing is unmet; else unknown when one cannot be judged yet (a language without a level, no NCB validation); else met. Advice for HR, never a rejection.' },
    judgements: {
      type: 'array',
      items: object(['requirement', 'verdict'], {
        requirement: { enum: ['experience', 'language', 'category', 'clearance'] },
        verdict: { enum: [...verdicts] },
      }),
    },
  }),
  NcbVacancies: object(['country', 'items'], {
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    items: {
      type: 'array',
      items: object(['number', 'title', 'deadline', 'clearance', 'status', 'counts', 'total', 'waiting', 'validated'], {
        number: { type: 'string' },
        title: { type: 'string' },
        location: { type: 'string' },
        timeZone: { type: 'string' },
        deadline: date,
        clearance: { enum: ['Basic', 'Enhanced'] },
        status: { type: 'string' },
        maxValidatedPerCountry: { type: 'integer', minimum: 1 },
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
        total: { type: 'integer' },
        waiting: object(['validation', 'confirmationLetter', 'letterConfirmation'], {
          validation: { type: 'integer' },
          confirmationLetter: { type: 'integer' },
          letterConfirmation: { type: 'integer' },
        }),
        validated: { type: 'integer' },
        circular: object(['edition', 'sentAt'], { edition: { type: 'integer', minimum: 1 }, sentAt: dateTime, acknowledgedAt: dateTime }),
      }),
    },
  }),
  ApplicationRowPage: object(['items'], { items: { type: 'array', items: ref('ApplicationRow') }, nextCursor: { type: 'string' } }),
  BulkEditAnswer: object(['results'], { results: { type: 'array', items: { type: 'object' } } }),
  AuditTrail: object(['items'], { items: { type: 'array', items: { type: 'object' } } }),
  VacancyHistory: object(['items'], { items: { type: 'array', items: { type: 'object' } } }),
  DownloadLink: object(['url', 'expiresAt'], { url: { type: 'string' }, expiresAt: dateTime }),
  ExportAnswer: object(['url', 'expiresAt', 'rows', 'format'], {
    url: { type: 'string' },
    expiresAt: dateTime,
    rows: { type: 'integer' },
    format: { enum: ['xlsx', 'csv'] },
  }),
  ImportAnswer: object(['dryRun', 'results', 'counts'], { dryRun: { type: 'boolean' }, results: { type: 'array' }, counts: { type: 'object' } }),
  Summary: { type: 'object', description: 'Per vacancy: counts by status, total, incomplete and unconfirmed.' },
  StaffVacancy: { type: 'object', description: 'A vacancy with what HR sees of it (its version and counts).' },
  StaffVacancyList: object(['items'], { items: { type: 'array', items: ref('StaffVacancy') } }),
  VacancyDraft: object(['draft', 'unread', 'unreadNotice'], {
    draft: { type: 'object', description: 'The fields the parser could read from the notice, its body (`notice`, as in Vacancy) among them.' },
    unread: {
      type: 'array',
      description: 'Each header field it could not read, with why.',
      items: object(['field', 'reason'], { field: { type: 'string' }, reason: { type: 'string' } }),
    },
    unreadNotice: {
      type: 'array',
      description: 'Each part of the body it could not read (summary, duties, education, experience, languages, abilities, standing.costs...), with why.',
      items: object(['part', 'reason'], { part: { type: 'string' }, reason: { type: 'string' } }),
    },
  }),
  NcbContact: object(['country', 'email', 'language', 'timeZone', 'updatedAt', 'updatedBy'], {
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    email: { type: 'string' },
    name: { type: 'string' },
    language: { enum: [...languages], description: 'The language of its digest; a contact stored before languages reads as English.' },
    timeZone: { type: 'string', description: 'The IANA zone the NCB reads times in (a circular’s deadline, its digest’s): the one an administrator named, else its country’s (the capital’s where it spans several).' },
    updatedAt: dateTime,
    updatedBy: { type: 'string' },
  }),
  NcbContactList: object(['items', 'withoutContact'], { items: { type: 'array', items: ref('NcbContact') }, withoutContact: { type: 'array', items: { type: 'string' } } }),
  OpenApiDocument: object(['openapi', 'info', 'paths'], { openapi: { type: 'string' } }),
  ...proposalAnswerSchemas,
  ...selectionAnswerSchemas,
  ...interviewAnswerSchemas,
  ...writtenTestAnswerSchemas,
  ...secondmentAnswerSchemas,
  ...letterAnswerSchemas,
  ...selectionReportAnswerSchemas,
  ...reportAnswerSchemas,
  ...releaseAnswerSchemas,
  ...nominationAnswerSchemas,
  ...deploymentAnswerSchemas,
  ...expertRosterAnswerSchemas,
  ...offerAnswerSchemas,
};
