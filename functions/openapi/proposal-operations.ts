/**
 * What the OpenAPI document says of the short-term proposals' routes (functions/proposals/):
 * part of operations.ts, with the zod schemas their handlers validate with.
 */
import { uploadCompletionSchema, uploadRequestSchema } from '#shared/documents/schema.js';
import { proposalCreateSchema, proposalDocumentPathSchema, proposalListQuerySchema, proposalMatchSchema, proposalPathSchema, proposalReasonSchema } from '#shared/proposals/schema.js';

const proposal = { schema: 'ProposalAnswer', description: 'The proposal as stored now.' } as const;

/** Typed where operations.ts spreads it (each entry an Operation), which this module does not import. */
export const proposalOperations = {
  createProposal: {
    summary: 'An NCB proposes one of its officers for a short-term secondment',
    description: 'The proposal is the NCB officer’s country’s, incomplete until its CV and confirmation letter are in, and lapses after the stage’s open period.',
    body: proposalCreateSchema,
    idempotencyKey: true,
    answers: { 201: { schema: 'ProposalAnswer', description: 'The proposal.' } },
    problems: ['forbidden', 'idempotency-key-reused'],
  },
  listProposals: {
    summary: 'Short-term proposals (an NCB officer: own country only), newest first',
    query: proposalListQuerySchema,
    answers: { 200: { schema: 'ProposalList', description: 'The proposals.' } },
  },
  getProposal: {
    summary: 'One proposal and its history',
    path: proposalPathSchema,
    answers: { 200: { schema: 'ProposalWithHistory', description: 'The proposal and what happened to it, oldest first.' } },
    problems: ['not-found'],
  },
  requestProposalUpload: {
    summary: 'The NCB uploads the proposal’s CV or confirmation letter: an offer',
    path: proposalDocumentPathSchema,
    body: uploadRequestSchema,
    answers: { 201: { schema: 'UploadOffer', description: 'Where and how to post the file.' } },
    problems: ['not-found', 'conflict'],
  },
  downloadProposalDocument: {
    summary: 'A 5-minute download link for the proposal’s CV or confirmation letter',
    description: 'HR and administrators any proposal’s, an NCB officer its own country’s only (another country’s is the 404 of an unknown id); 404 too while that document is not in.',
    path: proposalDocumentPathSchema,
    answers: { 200: { schema: 'DownloadLink', description: 'The link.' } },
    problems: ['not-found'],
  },
  completeProposalUpload: {
    summary: 'The proposal’s document, checked and recorded (the second one opens the proposal to HR)',
    path: proposalDocumentPathSchema,
    body: uploadCompletionSchema,
    answers: { 200: proposal },
    problems: ['not-found', 'conflict', 'document-rejected'],
  },
  withdrawProposal: {
    summary: 'The NCB withdraws its proposal (incomplete or open)',
    path: proposalPathSchema,
    body: proposalReasonSchema,
    answers: { 200: proposal },
    problems: ['not-found', 'conflict'],
  },
  declineProposal: {
    summary: 'HR declines an open proposal; the NCB is told why, in its contact’s language',
    path: proposalPathSchema,
    body: proposalReasonSchema,
    answers: { 200: proposal },
    problems: ['not-found', 'conflict'],
  },
  matchProposal: {
    summary: 'HR matches an open proposal to a published short-term vacancy, or to one created here, and so makes it an application',
    description:
      'The application has the proposal’s id, the officer’s details, both documents and the NCB’s validation with its screening; the vacancy’s limit per country holds (409). The officer is emailed their status link.',
    path: proposalPathSchema,
    body: proposalMatchSchema,
    idempotencyKey: true,
    answers: { 201: { schema: 'ProposalMatch', description: 'The proposal, matched, and its application.' } },
    problems: ['not-found', 'conflict', 'clearance-too-low', 'secondment-rules', 'forbidden-transition', 'idempotency-key-reused'],
  },
} as const;
