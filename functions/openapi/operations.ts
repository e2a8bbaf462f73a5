/**
 * What the OpenAPI document says of each route beyond the route table: the zod schemas its handler
 * validates with (the same imports), its answers and the problem types it may give. Keyed by the
 * route's name; a route without an entry fails the document’s test (test/unit/openapi/openapi-document.test.ts).
 */
import type * as z from '#shared/zod.js';
import { applicationEditSchema, bulkEditSchema, ncbDecisionSchema } from '#shared/admin/application-edit.js';
import { applicationListQuerySchema } from '#shared/admin/application-row.js';
import { ncbLetterConfirmationSchema } from '#shared/admin/ncb-letter-confirmation.js';
import { exportContentTypes, exportQuerySchema } from '#shared/admin/spreadsheet/export-query.js';
import { confirmationBodySchema } from '#shared/applications/confirmation.js';
import { acknowledgementBodySchema, acknowledgementPostQuerySchema, acknowledgementQuerySchema, circularPathSchema } from '#shared/circulars/acknowledge.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import type { OrganisationProfile } from '#shared/profiles/profile.js';
import { uploadCompletionSchema, uploadRequestSchema } from '#shared/documents/schema.js';
import type { DomainErrorKind } from '#shared/errors.js';
import { ncbContactBodySchema, ncbContactPathSchema } from '#shared/ncb/contact.js';
import { noticeParseSchema, vacancyCreateSchema, vacancyUpdateSchema } from '#shared/vacancies/edit-schema.js';
import { vacancyListQuerySchema, vacancyPathSchema } from '#shared/vacancies/schema.js';
import { ncbLetterPath, staffApplicationPath, staffDocumentPath } from '../admin/applications/staff-application-path.js';
import { importQuerySchema } from '../admin/spreadsheets/import-query.js';
import { applicationPathSchema } from '../applications/application-path.js';
import { documentPathSchema } from '../documents/document-path.js';
import { ncbContactExample, vacancyExample, submissionExamples } from './examples.js';
import { proposalOperations } from './proposal-operations.js';
import { selectionOperations } from './selection-operations.js';
import { interviewOperations } from './interview-operations.js';
import { writtenTestOperations } from './written-test-operations.js';
import { secondmentOperations } from './secondment-operations.js';
import { letterOperations } from './letter-operations.js';
import { selectionReportOperations } from './selection-report-operations.js';
import { offerOperations } from './offer-operations.js';
import { reportOperations } from './report-operations.js';
import { releaseOperations } from './release-operations.js';
import { nominationOperations } from './nomination-operations.js';
import { deploymentOperations } from './deployment-operations.js';
import { expertRosterOperations } from './expert-roster-operations.js';

/** An answer: a schema of components/schemas (its name), a page of HTML, or a file of a media type. */
export type Answer = { schema: string; description: string; example?: unknown } | { html: string } | { empty: string } | { file: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'; description: string; alsoAs?: readonly string[] };

export interface Operation {
  summary: string;
  description?: string;
  path?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** A JSON body, or a file (its media types). */
  body?: z.ZodMiniType | { mediaTypes: readonly string[] };
  bodyExample?: unknown;
  answers: Readonly<Record<number, Answer>>;
  /** The domain's problems this route may answer with, besides those every route may give. */
  problems?: readonly DomainErrorKind[];
  /** A candidate route behind the status token. */
  statusToken?: boolean;
  /** `POST /applications`: a retry with the same key gets the first answer. */
  idempotencyKey?: boolean;
}

const page = (what: string): Answer => ({ html: what });
const statusView = (description: string): Answer => ({ schema: 'ApplicationStatusView', description });
const row = { schema: 'ApplicationRow', description: 'The row as stored now.' } as const;
const XLSX_AND_CSV = [exportContentTypes.xlsx, exportContentTypes.csv] as const;

export const operations: Readonly<Record<string, Operation>> = {
  listVacancies: {
    summary: 'The open vacancies (with ?status=all, the closed ones too)',
    query: vacancyListQuerySchema,
    answers: { 200: { schema: 'VacancyList', description: 'The vacancies.', example: { items: [vacancyExample] } } },
  },
  getVacancy: {
    summary: 'One vacancy',
    path: vacancyPathSchema,
    answers: { 200: { schema: 'Vacancy', description: 'The vacancy.', example: vacancyExample } },
    problems: ['not-found'],
  },
  submitApplication: {
    summary: 'Apply to a vacancy',
    description:
      'Written unconfirmed: the receipt email carries the confirmation link. The answer is the same whether or not the address applied before.',
    body: applicationSubmissionSchema,
    bodyExample: submissionExamples.receiving,
    idempotencyKey: true,
    answers: {
      201: { schema: 'SubmissionAnswer', description: 'The application, its status token (shown once) and an upload offer per document.' },
    },
    problems: ['not-found', 'vacancy-closed', 'idempotency-key-reused', 'secondment-rules'],
  },
  getApplicationStatus: {
    summary: 'The candidate’s view of an application',
    path: applicationPathSchema,
    statusToken: true,
    answers: { 200: statusView('Status, documents, what is missing, the deadline and the confirmation.') },
    problems: ['not-found'],
  },
  confirmApplication: {
    summary: 'Confirm the address with the receipt email’s token',
    description: 'The token is the proof: no status token. The same link again answers 200 too.',
    path: applicationPathSchema,
    body: confirmationBodySchema,
    answers: { 200: statusView('The candidate’s view, now confirmed.') },
    problems: ['not-found', 'conflict', 'confirmation-expired'],
  },
  withdrawApplication: {
    summary: 'Withdraw an application',
    path: applicationPathSchema,
    statusToken: true,
    answers: { 200: statusView('The candidate’s view, withdrawn.') },
    problems: ['not-found', 'forbidden-transition'],
  },
  requestDocumentUpload: {
    summary: 'A fresh presigned POST for one document',
    path: documentPathSchema,
    body: uploadRequestSchema,
    statusToken: true,
    answers: { 201: { schema: 'UploadOffer', description: 'Where and how to post the file.' } },
    problems: ['not-found', 'document-too-late', 'forbidden-transition'],
  },
  completeDocumentUpload: {
    summary: 'Check and record a posted document',
    path: documentPathSchema,
    body: uploadCompletionSchema,
    statusToken: true,
    answers: { 200: { schema: 'CompletedUpload', description: 'The document as stored and what is still missing.' } },
    problems: ['not-found', 'document-rejected', 'document-too-late', 'forbidden-transition'],
  },
  formPage: { summary: 'The application form (HTML)', answers: { 200: page('The candidate’s form page.') } },
  statusPage: { summary: 'The candidate’s status page (HTML; its secrets are in the fragment)', answers: { 200: page('The status page.') } },
  adminPage: { summary: 'The staff grid page (HTML; it signs in, then calls the staff routes)', answers: { 200: page('The grid page.') } },
  listStaffApplications: {
    summary: 'Grid rows (an NCB officer: own country only)',
    query: applicationListQuerySchema,
    answers: { 200: { schema: 'ApplicationRowPage', description: 'A page of rows and the cursor of the next.' } },
  },
  summariseStaffApplications: {
    summary: 'Per vacancy: counts by status, total, incomplete, unconfirmed',
    answers: { 200: { schema: 'Summary', description: 'The counts.' } },
  },
  editStaffApplication: {
    summary: 'Edit one application (status, score, note, an override of its eligibility flag with a reason) at a version',
    path: staffApplicationPath,
    body: applicationEditSchema,
    answers: { 200: row },
    problems: ['not-found', 'conflict', 'forbidden-transition', 'secondment-rules', 'nothing-to-override'],
  },
  bulkEditStaffApplications: {
    summary: 'The same change to up to 500 rows',
    body: bulkEditSchema,
    answers: { 200: { schema: 'BulkEditAnswer', description: 'One result per row: applied, unchanged, conflict, invalid or not-found.' } },
  },
  staffApplicationHistory: {
    summary: 'An application’s audit trail',
    path: staffApplicationPath,
    answers: { 200: { schema: 'AuditTrail', description: 'The audit trail.' } },
    problems: ['not-found'],
  },
  downloadStaffDocument: {
    summary: 'A 5-minute download link for one document',
    path: staffDocumentPath,
    answers: { 200: { schema: 'DownloadLink', description: 'The link.' } },
    problems: ['not-found'],
  },
  recordNcbDecision: {
    summary: 'The NCB’s validation or decline',
    path: staffApplicationPath,
    body: ncbDecisionSchema,
    answers: { 200: row },
    problems: ['not-found', 'conflict', 'clearance-too-low', 'forbidden-transition'],
  },
  requestNcbLetterUpload: {
    summary: 'The NCB uploads the confirmation letter: an offer',
    path: ncbLetterPath,
    body: uploadRequestSchema,
    answers: { 201: { schema: 'UploadOffer', description: 'Where and how to post the file.' } },
    problems: ['not-found', 'document-too-late', 'conflict'],
  },
  completeNcbLetterUpload: {
    summary: 'The NCB’s letter, checked and recorded',
    path: ncbLetterPath,
    body: uploadCompletionSchema,
    answers: { 200: row },
    problems: ['not-found', 'document-rejected', 'document-too-late', 'conflict'],
  },
  confirmNcbLetter: {
    summary: 'The NCB confirms the candidate’s copy of the letter',
    path: ncbLetterPath,
    body: ncbLetterConfirmationSchema,
    answers: { 200: row },
    problems: ['not-found', 'conflict'],
  },
  listNcbVacancies: {
    summary: 'An NCB officer’s vacancies: their country’s applications per published vacancy, and what waits for the NCB',
    answers: { 200: { schema: 'NcbVacancies', description: 'Open vacancies, and closed ones still waiting for the NCB; soonest deadline first.' } },
  },
  exportApplications: {
    summary: 'Export the grid’s rows as XLSX or CSV',
    query: exportQuerySchema,
    answers: { 200: { schema: 'ExportAnswer', description: 'A link to the file.' } },
    problems: ['not-found'],
  },
  importApplications: {
    summary: 'An edited export back, judged row by row (a dry run unless dryRun=false)',
    query: importQuerySchema,
    body: { mediaTypes: XLSX_AND_CSV },
    answers: { 200: { schema: 'ImportAnswer', description: 'A result per row and the counts.' } },
    problems: ['not-found'],
  },
  listStaffVacancies: {
    summary: 'Every vacancy, drafts too, without its notice’s body (GET /admin/vacancies/{number} has it)',
    answers: { 200: { schema: 'StaffVacancyList', description: 'The vacancies, by their header.' } },
  },
  getStaffVacancy: {
    summary: 'One vacancy as HR sees it',
    path: vacancyPathSchema,
    answers: { 200: { schema: 'StaffVacancy', description: 'The vacancy.' } },
    problems: ['not-found'],
  },
  vacancyHistory: {
    summary: 'A vacancy’s audit trail',
    path: vacancyPathSchema,
    answers: { 200: { schema: 'VacancyHistory', description: 'The changes, oldest first.' } },
    problems: ['not-found'],
  },
  createVacancy: {
    summary: 'Create a vacancy',
    body: vacancyCreateSchema,
    bodyExample: vacancyExample,
    answers: { 201: { schema: 'StaffVacancy', description: 'The vacancy as stored.' } },
    problems: ['conflict'],
  },
  updateVacancy: {
    summary: 'Replace a vacancy at a version',
    path: vacancyPathSchema,
    body: vacancyUpdateSchema,
    answers: { 200: { schema: 'StaffVacancy', description: 'The vacancy as stored.' } },
    problems: ['not-found', 'conflict', 'forbidden-transition'],
  },
  parseVacancyNotice: {
    summary: 'A pasted notice’s text turned into a draft',
    body: noticeParseSchema,
    answers: { 200: { schema: 'VacancyDraft', description: 'The draft and what could not be read.' } },
  },
  vacancyCircular: {
    summary: 'Where a vacancy’s circular to the member countries stands',
    description: 'Per country (a country sent an amendment counts once): sent, bounced (which countries), acknowledged; the amendments; and the contacts the latest edition still lacks.',
    path: vacancyPathSchema,
    answers: { 200: { schema: 'CircularCounts', description: 'The counts.', example: { number: '1701', editions: 1, amendments: 0, contacts: 196, sent: 196, bounced: 2, bouncedCountries: ['BO', 'TD'], acknowledged: 41, pendingLatest: 0, latestCompletedAt: '2026-11-22T09:04:10.000Z' } } },
    problems: ['not-found'],
  },
  circularAcknowledgementPage: {
    summary: 'The page the circular email’s acknowledgement link opens (HTML, in the NCB’s language)',
    description:
      'It writes nothing (mail scanners fetch every link of an email): it names the vacancy and the country and offers a button that POSTs the token to the same path. A forged link is a 404, an expired one a 403 (a page; problem+json to a client that asks for JSON).',
    path: circularPathSchema,
    query: acknowledgementQuerySchema,
    answers: { 200: page('The acknowledgement page: its button, or when the NCB acknowledged.') },
    problems: ['not-found', 'forbidden'],
  },
  acknowledgeCircular: {
    summary: 'An NCB acknowledges a vacancy’s circular (the acknowledgement page’s button)',
    description:
      'The token in the body (the page’s form posts it URL-encoded; JSON is taken too). The first records it; a later one answers `already` and writes nothing. A client that asks for JSON (`Accept: application/json`) gets this answer; a browser the page again. A forged token is 404, an expired link 403.',
    path: circularPathSchema,
    query: acknowledgementPostQuerySchema,
    body: acknowledgementBodySchema,
    answers: { 200: { schema: 'CircularAcknowledgement', description: 'The acknowledgement, now or earlier.' } },
    problems: ['not-found', 'forbidden'],
  },
  acknowledgeCircularForNcb: {
    summary: 'An NCB officer acknowledges the circular sent to their country (the Vacancies tab)',
    description: 'The latest edition sent to the signed-in officer’s country; the country is never taken from the request. Again: `already`, nothing written. 404 when the circular was not sent to the country.',
    path: circularPathSchema,
    answers: { 200: { schema: 'CircularAcknowledgement', description: 'The acknowledgement, now or earlier.' } },
    problems: ['not-found'],
  },
  listNcbContacts: {
    summary: 'Where each country’s NCB digest goes',
    answers: { 200: { schema: 'NcbContactList', description: 'The contacts and the countries without one.' } },
  },
  saveNcbContact: {
    summary: 'Set a country’s NCB contact',
    path: ncbContactPathSchema,
    body: ncbContactBodySchema,
    answers: { 200: { schema: 'NcbContact', description: 'The contact as stored, with the language of its digest and the zone it reads times in.', example: ncbContactExample } },
  },
  openApiDocument: {
    summary: 'This document',
    answers: { 200: { schema: 'OpenApiDocument', description: 'The OpenAPI 3.1 document of this API.' } },
  },
  apiDocsPage: { summary: 'This document as a page (HTML)', answers: { 200: page('The API’s reference.') } },
  ...proposalOperations,
  ...selectionOperations,
  ...interviewOperations,
  ...writtenTestOperations,
  ...secondmentOperations,
  ...letterOperations,
  ...selectionReportOperations,
  ...reportOperations,
  ...releaseOperations,
  ...nominationOperations,
  ...deploymentOperations,
  ...expertRosterOperations,
  ...offerOperations,
};

/**
 * What differs with the stage's organisation profile (shared/profiles/profile.ts): the body a
 * sending unit's applicant posts and the calls HR publishes. A receiving stage's document is the table above, unchanged.
 */
export const operationsFor = (profile: Pick<OrganisationProfile, 'name' | 'applicationSubmission' | 'postCreate' | 'postUpdate'>): Readonly<Record<string, Operation>> => {
  const { submitApplication, createVacancy, updateVacancy } = operations;
  if (!submitApplication || !createVacancy || !updateVacancy) return operations;
  return {
    ...operations,
    submitApplication: { ...submitApplication, body: profile.applicationSubmission, bodyExample: submissionExamples[profile.name] },
    createVacancy: { ...createVacancy, body: profile.postCreate },
    updateVacancy: { ...updateVacancy, body: profile.postUpdate },
  };
};
