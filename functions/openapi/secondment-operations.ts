/**
 * What the OpenAPI document says of the secondments' routes (functions/secondments/; issue 17,
 * points 1 and 2; docs/secondments.md): part of operations.ts, with the zod schemas their handlers validate with.
 */
import { uploadRequestSchema } from '#shared/documents/schema.js';
import {
  extensionAskSchema,
  extensionConfirmationSchema,
  extensionDecisionSchema,
  extensionPathSchema,
  extensionWithdrawalSchema,
  secondmentCreateSchema,
  secondmentDocumentPathSchema,
  secondmentEndSchema,
  secondmentListQuerySchema,
  secondmentPathSchema,
  signedTermsCompletionSchema,
} from '#shared/secondments/schema.js';
import { rosterExportQuerySchema } from '#shared/secondments/roster-export.js';

const secondment = { schema: 'SecondmentAnswer', description: 'The secondment as stored now, its state today and its room under the rules.' } as const;
const upload = { schema: 'UploadOffer', description: 'Where and how to post the file (15 minutes, PDF or DOCX, 10 MiB).' } as const;
const link = { schema: 'DownloadLink', description: 'A 5-minute signed link.' } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const secondmentOperations = {
  createSecondment: {
    summary: 'HR makes an appointed application a secondment',
    description:
      'With an accepted offer, its first day and months are the offer’s (giving them is a 400); an application appointed before offers existed needs `firstDay` and `months` (within the type’s initial limits, else 422). Idempotent per application: a second call answers 200 with the same secondment.',
    body: secondmentCreateSchema,
    bodyExample: { applicationId: '0b6f5f8e-1d3c-4a55-9f0e-2a1c3d4e5f60' },
    answers: { 201: { ...secondment, description: 'The new secondment.' }, 200: { ...secondment, description: 'The secondment the application already became.' } },
    problems: ['not-found', 'forbidden-transition', 'secondment-rules'],
  },
  listSecondments: {
    summary: 'Secondments: HR’s current ones by last day (`scope=all`: every one not ended); an NCB officer’s own country’s',
    query: secondmentListQuerySchema,
    answers: { 200: { schema: 'SecondmentList', description: 'By last day.' } },
  },
  getSecondment: {
    summary: 'One secondment and its history',
    path: secondmentPathSchema,
    answers: { 200: { schema: 'SecondmentWithHistory', description: 'The secondment and what happened to it, oldest first.' } },
    problems: ['not-found'],
  },
  requestSignedTermsUpload: {
    summary: 'HR asks where to upload the signed terms',
    path: secondmentPathSchema,
    body: uploadRequestSchema,
    bodyExample: { contentType: 'application/pdf' },
    answers: { 201: upload },
    problems: ['not-found'],
  },
  completeSignedTermsUpload: {
    summary: 'HR records the uploaded signed terms (in place of earlier ones)',
    path: secondmentPathSchema,
    body: signedTermsCompletionSchema,
    answers: { 200: secondment },
    problems: ['not-found', 'conflict', 'document-rejected'],
  },
  downloadSecondmentDocument: {
    summary: 'The confirmation letter or the signed terms',
    path: secondmentDocumentPathSchema,
    answers: { 200: link },
    problems: ['not-found'],
  },
  recordSecondmentEnd: {
    summary: 'HR records the end: the last day served (early when before the planned one) and why',
    description: 'Not while an extension is under way (409). `version` is the one read (409 when stale).',
    path: secondmentPathSchema,
    body: secondmentEndSchema,
    bodyExample: { lastDay: '2028-06-30', reason: 'Recalled by the home administration.', version: 3 },
    answers: { 200: secondment },
    problems: ['not-found', 'conflict'],
  },
  askExtension: {
    summary: 'HR, or the NCB of the home administration’s country, asks for an extension',
    description:
      'Refused with a 422 (`secondment-rules`) that names the type’s limit in all (regular 72, short-term 36 months) and the months left; 409 when one is under way, the secondment has ended, or `version` is stale.',
    path: secondmentPathSchema,
    body: extensionAskSchema,
    bodyExample: { months: 12, reason: 'The unit’s project runs another year.', version: 1 },
    answers: { 201: { schema: 'ExtensionAsked', description: 'The secondment and the extension, waiting for the home administration’s confirmation.' } },
    problems: ['not-found', 'conflict', 'secondment-rules'],
  },
  requestExtensionLetterUpload: {
    summary: 'The NCB asks where to upload the home administration’s letter confirming an extension',
    path: extensionPathSchema,
    body: uploadRequestSchema,
    bodyExample: { contentType: 'application/pdf' },
    answers: { 201: upload },
    problems: ['not-found', 'conflict'],
  },
  downloadExtensionLetter: {
    summary: 'The home administration’s letter of an extension',
    path: extensionPathSchema,
    answers: { 200: link },
    problems: ['not-found'],
  },
  confirmExtension: {
    summary: 'The NCB records the home administration’s confirmation of an extension, with its letter',
    path: extensionPathSchema,
    body: extensionConfirmationSchema,
    answers: { 200: secondment },
    problems: ['not-found', 'conflict', 'document-rejected'],
  },
  decideExtension: {
    summary: 'HR approves an extension the home administration confirmed (the last day moves), or refuses one under way with a reason',
    path: extensionPathSchema,
    body: extensionDecisionSchema,
    bodyExample: { decision: 'approve', version: 3 },
    answers: { 200: secondment },
    problems: ['not-found', 'conflict'],
  },
  withdrawExtension: {
    summary: 'The asker (HR, or the NCB) withdraws an extension under way',
    path: extensionPathSchema,
    body: extensionWithdrawalSchema,
    answers: { 200: secondment },
    problems: ['not-found', 'forbidden', 'conflict'],
  },
  secondmentRoster: {
    summary: 'The roster: every serving secondee (arriving, serving, extended, ending), one row each, with the months left and counts by nationality, unit and type; an NCB officer’s own country’s',
    answers: { 200: { schema: 'SecondmentRoster', description: 'By last day; counts most first.' } },
  },
  exportSecondmentRoster: {
    summary: 'Export the roster’s rows as XLSX or CSV (all of them, or the ids the grid shows, in their order)',
    query: rosterExportQuerySchema,
    answers: { 200: { schema: 'ExportAnswer', description: 'A link to the file.' } },
  },
} as const;
