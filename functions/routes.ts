/**
 * The route and schedule tables, written once. The CDK app (infra/aws) deploys them (a function per
 * job; routes with the same `uses` and limits share one, infra/aws/route-functions.ts) and the local
 * gateway (infra/local) serves the same entries; nothing else lists routes.
 */

import type { StaffGroup } from '#shared/staff/principal.js';

export type { StaffGroup };

/** Who may call a route: anyone, or a signed-in member of one of the groups. */
export type Caller = { kind: 'public' } | { kind: 'staff'; groups: readonly StaffGroup[] };

/**
 * What a handler touches, so that each function gets only the environment and IAM grants it
 * uses (a read route cannot write).
 */
export interface Uses {
  table?: 'read' | 'write';
  /**
   * `offers`: only signs upload POSTs (PutObject under uploads/), never reads or deletes a document;
   * `exports`: writes and links staff exports under exports/, and touches no document;
   * `reports`: reads selection reports under selection-reports/, and touches no document;
   * `report-sign-off`: writes (and, for a sign-off that lost a race, removes) them there, and reads nothing;
   * `nomination-packages`: reads received documents and writes and links the nomination packages under nomination-packages/.
   */
  documents?: 'read' | 'write' | 'offers' | 'exports' | 'reports' | 'report-sign-off' | 'nomination-packages';
  email?: boolean;
  /** A page whose browser code posts documents straight to the bucket (no IAM: the URL is presigned). */
  uploads?: boolean;
  /** A page that signs staff in (Cognito's hosted UI with PKCE): it is told where and as which app client. */
  staffSignIn?: boolean;
  /** Per-stage settings a job reads (functions/config.ts: reminder offsets, HR recipients, retention, the organisation's calendar). */
  settings?: ReadonlyArray<'reminders' | 'hrDigest' | 'retention' | 'calendar' | 'sending' | 'proposals' | 'offers' | 'letters' | 'endings'>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  /** A stable name: the route in logs, tests and the OpenAPI operation id (its function is named by infra/aws/route-functions.ts). */
  name: string;
  method: HttpMethod;
  /** An API Gateway resource path: `{param}` for a path parameter. */
  path: string;
  /** The module under functions/ that exports `handler`, without extension. */
  handler: string;
  caller: Caller;
  uses: Uses;
  /** More than the default 512 MB and 10 s, for the few routes measured to need it (bench/). */
  limits?: RouteLimits;
}

export interface RouteLimits {
  /** 1769 MB is one full vCPU on Lambda. */
  memoryMb: number;
  /** Under 29, API Gateway's integration timeout for a REST API, whose clock starts first. */
  timeoutSeconds: number;
}

/**
 * Export and import of a whole vacancy: 100,000 XLSX rows take about 5 s of one full core to write
 * (bench/export.ts), plus a Query per 1,000 rows; at 512 MB (a third of a core) that would not fit.
 */
const SPREADSHEET_LIMITS: RouteLimits = { memoryMb: 1769, timeoutSeconds: 28 };

/**
 * The default memory and 25 s: room to confirm a sent receipt through a table outage (15 s), and
 * still short of API Gateway's 29 s, whose clock starts first, so that the function's own 503
 * (answered 0.5 s before its deadline) reaches the client rather than API Gateway's 504.
 */
const RECEIPT_CONFIRM_LIMITS: RouteLimits = { memoryMb: 512, timeoutSeconds: 25 };

/**
 * HR's bulk send and close-out: up to a few thousand rows of a vacancy, each a transaction and a
 * send (bench/letters.ts), so the longest a route may take; a run cut short is finished by the next.
 */
const LETTERS_LIMITS: RouteLimits = { memoryMb: 1024, timeoutSeconds: 28 };

/** A nomination's package reads a CV of up to 10 MiB and zips it with two PDFs in memory: room for both, and a CPU share to deflate them. */
const PACKAGE_LIMITS: RouteLimits = { memoryMb: 1024, timeoutSeconds: 28 };

export const jobNames = ['hr-digest', 'ncb-digest', 'deadline-reminders', 'retention-purge', 'pending-receipts', 'count-reconciliation', 'circular', 'proposal-expiry', 'interview-reminders', 'offer-lapse', 'letters', 'secondment-endings', 'deployment-reminders'] as const;
export type JobName = (typeof jobNames)[number];

export interface Schedule {
  name: JobName;
  /** An EventBridge Scheduler cron expression, read in `timeZone`. */
  cron: string;
  /** `stage` means the stage's organisation time zone (infra/aws/stages.ts). */
  timeZone: 'stage' | string;
  handler: string;
  uses: Uses;
  /**
   * At most one run at a time (the function's reserved concurrency is 1): a job paced by a rate
   * (the circular, under the stage's SES send rate) would go twice as fast with a retry of one run
   * overlapping the next; Lambda holds the second event and tries it again once the first ends.
   */
  oneRunAtATime?: true;
}

/** The payload a schedule delivers (EventBridge Scheduler's `<aws.scheduler.scheduled-time>`; locally `?now=`). */
export interface JobEvent {
  job: JobName;
  scheduledTime: string;
}

/** Where a handler's source lives, relative to the project root: the CDK entry and the local import. */
export const handlerSourcePath = (handler: string): string => `functions/${handler}.ts`;

/** The grid page: also the app client's callback and sign-out URL, in Cognito and locally. */
export const STAFF_PAGE_PATH = '/admin';

const PUBLIC: Caller = { kind: 'public' };
/** HR's own work: editing applications, vacancies, imports. Admins may do all that HR does. */
const HR: Caller = { kind: 'staff', groups: ['hr', 'admin'] };
/** Reading applications: an NCB officer too, limited by the handler to their own country. */
const STAFF: Caller = { kind: 'staff', groups: ['hr', 'ncb', 'admin'] };
/** The NCB's decision and its confirmation letter. */
const NCB: Caller = { kind: 'staff', groups: ['ncb', 'admin'] };

export const routes: readonly Route[] = [
  {
    name: 'listVacancies',
    method: 'GET',
    path: '/vacancies',
    handler: 'vacancies/list-vacancies',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    name: 'getVacancy',
    method: 'GET',
    path: '/vacancies/{number}',
    handler: 'vacancies/get-vacancy',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    name: 'submitApplication',
    method: 'POST',
    path: '/applications',
    handler: 'applications/submit-application',
    caller: PUBLIC,
    uses: { table: 'write', documents: 'offers', email: true },
    // A receipt that went while the table was away is confirmed for up to 15 s
    // (functions/adapters/dynamodb/after-send.ts) rather than sent again later.
    limits: RECEIPT_CONFIRM_LIMITS,
  },
  {
    name: 'getApplicationStatus',
    method: 'GET',
    path: '/applications/{id}',
    handler: 'applications/get-application-status',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    // The address's confirmation, with the token only the receipt email carries (no status token needed).
    name: 'confirmApplication',
    method: 'POST',
    path: '/applications/{id}/confirm',
    handler: 'applications/confirm-application',
    caller: PUBLIC,
    uses: { table: 'write' },
  },
  {
    name: 'withdrawApplication',
    method: 'POST',
    path: '/applications/{id}/withdraw',
    handler: 'applications/withdraw-application',
    caller: PUBLIC,
    uses: { table: 'write' },
  },
  {
    name: 'requestDocumentUpload',
    method: 'POST',
    path: '/applications/{id}/documents/{kind}',
    handler: 'documents/request-document-upload',
    caller: PUBLIC,
    uses: { table: 'read', documents: 'offers' },
  },
  {
    name: 'completeDocumentUpload',
    method: 'POST',
    path: '/applications/{id}/documents/{kind}/complete',
    handler: 'documents/complete-document-upload',
    caller: PUBLIC,
    uses: { table: 'write', documents: 'write' },
  },
  // --- Candidate pages (functions/pages/): HTML with the bundled client script inlined. ---
  {
    name: 'formPage',
    method: 'GET',
    path: '/',
    handler: 'pages/form-page',
    caller: PUBLIC,
    uses: { table: 'read', uploads: true },
  },
  {
    name: 'statusPage',
    method: 'GET',
    path: '/status',
    handler: 'pages/status-page',
    caller: PUBLIC,
    uses: { uploads: true },
  },
  // --- end of candidate pages ---

  // --- Staff pages (functions/admin/pages/): the grid page itself carries no data, so a browser
  // can open it without a token; everything it shows comes from the staff routes below. ---
  {
    name: 'adminPage',
    method: 'GET',
    path: STAFF_PAGE_PATH,
    handler: 'admin/pages/admin-page',
    caller: PUBLIC,
    uses: { staffSignIn: true, uploads: true },
  },
  // --- end of staff pages ---

  // --- The API, written down (functions/openapi/): built from this table and the shared schemas. ---
  {
    name: 'openApiDocument',
    method: 'GET',
    path: '/openapi.json',
    handler: 'openapi/openapi-json',
    caller: PUBLIC,
    uses: {},
  },
  {
    name: 'apiDocsPage',
    method: 'GET',
    path: '/docs',
    handler: 'openapi/docs-page',
    caller: PUBLIC,
    uses: {},
  },
  // --- end of the API, written down ---

  // --- Staff: applications (functions/admin/applications/) ---
  {
    name: 'listStaffApplications',
    method: 'GET',
    path: '/admin/applications',
    handler: 'admin/applications/list-applications',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'summariseStaffApplications',
    method: 'GET',
    path: '/admin/applications/summary',
    handler: 'admin/applications/application-summary',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'editStaffApplication',
    method: 'PATCH',
    path: '/admin/applications/{id}',
    handler: 'admin/applications/edit-application',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'bulkEditStaffApplications',
    method: 'POST',
    path: '/admin/applications/bulk',
    handler: 'admin/applications/bulk-edit',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'staffApplicationHistory',
    method: 'GET',
    path: '/admin/applications/{id}/history',
    handler: 'admin/applications/application-history',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'downloadStaffDocument',
    method: 'GET',
    path: '/admin/applications/{id}/documents/{kind}',
    handler: 'admin/applications/document-download',
    caller: STAFF,
    // Signing a GET needs no call to S3, but the link works only with the signer's s3:GetObject.
    uses: { table: 'read', documents: 'read' },
  },
  {
    name: 'recordNcbDecision',
    method: 'POST',
    path: '/admin/applications/{id}/ncb',
    handler: 'admin/applications/ncb-decision',
    caller: NCB,
    uses: { table: 'write' },
  },
  {
    name: 'requestNcbLetterUpload',
    method: 'POST',
    path: '/admin/applications/{id}/documents/{kind}',
    handler: 'admin/applications/ncb-letter-upload',
    caller: NCB,
    uses: { table: 'read', documents: 'offers' },
  },
  {
    name: 'completeNcbLetterUpload',
    method: 'POST',
    path: '/admin/applications/{id}/documents/{kind}/complete',
    handler: 'admin/applications/ncb-letter-complete',
    caller: NCB,
    uses: { table: 'write', documents: 'write' },
  },
  {
    name: 'confirmNcbLetter',
    method: 'POST',
    path: '/admin/applications/{id}/documents/{kind}/confirm',
    handler: 'admin/applications/ncb-letter-confirm',
    caller: NCB,
    uses: { table: 'write' },
  },
  {
    // An NCB officer's Vacancies tab (issue 15, point 6): their country's applications per vacancy and what waits for them; NCB officers only, each sees their own country.
    name: 'listNcbVacancies',
    method: 'GET',
    path: '/admin/ncb-vacancies',
    handler: 'admin/ncb/list-ncb-vacancies',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'read' },
  },
  // --- end of staff: applications ---

  // --- Staff: export and import (functions/admin/spreadsheets/) ---
  {
    name: 'exportApplications',
    method: 'GET',
    path: '/admin/applications/export',
    handler: 'admin/spreadsheets/export-applications',
    caller: STAFF,
    // Writes the file under exports/ and the export record.
    uses: { table: 'write', documents: 'exports' },
    limits: SPREADSHEET_LIMITS,
  },
  {
    name: 'importApplications',
    method: 'POST',
    path: '/admin/applications/import',
    handler: 'admin/spreadsheets/import-applications',
    caller: HR,
    uses: { table: 'write' },
    limits: SPREADSHEET_LIMITS,
  },
  // --- end of staff: export and import ---

  // --- Staff: vacancies (functions/admin/vacancies/) ---
  {
    name: 'listStaffVacancies',
    method: 'GET',
    path: '/admin/vacancies',
    handler: 'admin/vacancies/list-vacancies',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'getStaffVacancy',
    method: 'GET',
    path: '/admin/vacancies/{number}',
    handler: 'admin/vacancies/get-vacancy',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'vacancyHistory',
    method: 'GET',
    path: '/admin/vacancies/{number}/history',
    handler: 'admin/vacancies/vacancy-history',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'createVacancy',
    method: 'POST',
    path: '/admin/vacancies',
    handler: 'admin/vacancies/create-vacancy',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'updateVacancy',
    method: 'PUT',
    path: '/admin/vacancies/{number}',
    handler: 'admin/vacancies/update-vacancy',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'parseVacancyNotice',
    method: 'POST',
    path: '/admin/vacancies/parse',
    handler: 'admin/vacancies/parse-notice',
    caller: HR,
    uses: {},
  },
  // --- end of staff: vacancies ---

  // --- The circular to member countries (functions/circulars/): HR's counts, the NCB's acknowledgement (the email's page, its grid). ---
  {
    name: 'vacancyCircular',
    method: 'GET',
    path: '/admin/vacancies/{number}/circular',
    handler: 'circulars/circular-counts',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // The link in the circular email (its token, recorded hashed with the send, is the caller's proof):
    // a page in the NCB's language whose button posts the acknowledgement. It writes nothing, since
    // mail scanners and link previewers fetch every link of an email.
    name: 'circularAcknowledgementPage',
    method: 'GET',
    path: '/vacancies/{number}/circular-acknowledgement',
    handler: 'circulars/acknowledgement-page',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    // The page's button (the token in the body): records the acknowledgement once.
    name: 'acknowledgeCircular',
    method: 'POST',
    path: '/vacancies/{number}/circular-acknowledgement',
    handler: 'circulars/acknowledge-circular',
    caller: PUBLIC,
    uses: { table: 'write' },
  },
  {
    // The NCB's Vacancies tab: its own country's send, from the signed-in principal.
    name: 'acknowledgeCircularForNcb',
    method: 'POST',
    path: '/admin/vacancies/{number}/circular/acknowledgement',
    handler: 'circulars/acknowledge-for-ncb',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'write' },
  },
  // --- end of the circular ---

  // --- Staff: short-term proposals through the NCB (functions/proposals/; issue 15, point 7) ---
  {
    name: 'createProposal',
    method: 'POST',
    path: '/admin/proposals',
    handler: 'proposals/propose',
    // NCB officers only: the proposal is their own country's. It lapses after the stage's open period.
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'write', settings: ['proposals'] },
  },
  {
    name: 'listProposals',
    method: 'GET',
    path: '/admin/proposals',
    handler: 'proposals/list-proposals',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'getProposal',
    method: 'GET',
    path: '/admin/proposals/{id}',
    handler: 'proposals/get-proposal',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'requestProposalUpload',
    method: 'POST',
    path: '/admin/proposals/{id}/documents/{kind}',
    handler: 'proposals/request-proposal-upload',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'read', documents: 'offers' },
  },
  {
    // HR reads the CV and the letter before matching; an NCB officer its own country's. A 5-minute signed GET, as downloadStaffDocument.
    name: 'downloadProposalDocument',
    method: 'GET',
    path: '/admin/proposals/{id}/documents/{kind}',
    handler: 'proposals/download-proposal-document',
    caller: STAFF,
    // The link works only with the signer's s3:GetObject: a proposal's documents are kept under applications/<id>/, as an application's.
    uses: { table: 'read', documents: 'read' },
  },
  {
    name: 'completeProposalUpload',
    method: 'POST',
    path: '/admin/proposals/{id}/documents/{kind}/complete',
    handler: 'proposals/complete-proposal-upload',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'write', documents: 'write' },
  },
  {
    name: 'withdrawProposal',
    method: 'POST',
    path: '/admin/proposals/{id}/withdraw',
    handler: 'proposals/withdraw-proposal',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'write' },
  },
  {
    // The NCB is told why, by email in its contact's language.
    name: 'declineProposal',
    method: 'POST',
    path: '/admin/proposals/{id}/decline',
    handler: 'proposals/decline-proposal',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    // Makes the proposal an application (a new vacancy too, when asked); the officer gets their status link by email.
    name: 'matchProposal',
    method: 'POST',
    path: '/admin/proposals/{id}/match',
    handler: 'proposals/match-proposal',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  // --- end of staff: short-term proposals ---

  // --- Staff: NCB contacts (functions/admin/ncb-contacts/): where each country's NCB digest goes; admins only. ---
  {
    name: 'listNcbContacts',
    method: 'GET',
    path: '/admin/ncb-contacts',
    handler: 'admin/ncb-contacts/list-ncb-contacts',
    caller: { kind: 'staff', groups: ['admin'] },
    uses: { table: 'read' },
  },
  {
    name: 'saveNcbContact',
    method: 'PUT',
    path: '/admin/ncb-contacts/{country}',
    handler: 'admin/ncb-contacts/save-ncb-contact',
    caller: { kind: 'staff', groups: ['admin'] },
    uses: { table: 'write' },
  },
  // --- end of staff: NCB contacts ---

  // --- Staff: selection, the panel's part (functions/selection/; issue 16, points 1 and 4; docs/selection.md) ---
  // HR and admins read every panel; a panel member only the panels naming them (404 for any other), by the rules of shared/selection/visibility.ts.
  {
    name: 'listSelectionPanels',
    method: 'GET',
    path: '/admin/selection/panels',
    handler: 'selection/list-panels',
    caller: { kind: 'staff', groups: ['hr', 'admin', 'panel'] },
    uses: { table: 'read' },
  },
  {
    name: 'getSelectionPanel',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}',
    handler: 'selection/get-panel',
    caller: { kind: 'staff', groups: ['hr', 'admin', 'panel'] },
    uses: { table: 'read' },
  },
  {
    name: 'setSelectionPanel',
    method: 'PUT',
    path: '/admin/selection/panels/{vacancy}',
    handler: 'selection/set-panel',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'selectionCriteriaOptions',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}/criteria-options',
    handler: 'selection/criteria-options',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'listSelectionCandidates',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}/candidates',
    handler: 'selection/list-candidates',
    caller: { kind: 'staff', groups: ['hr', 'admin', 'panel'] },
    uses: { table: 'read' },
  },
  {
    // The CV only, for whoever reads the panel's candidates; the grid's signed download, with its grants.
    name: 'downloadSelectionCv',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}/candidates/{id}/cv',
    handler: 'selection/cv-download',
    caller: { kind: 'staff', groups: ['hr', 'admin', 'panel'] },
    uses: { table: 'read', documents: 'read' },
  },
  {
    // Members mark; HR does not (it reads the submitted marks).
    name: 'saveSelectionMarks',
    method: 'PUT',
    path: '/admin/selection/panels/{vacancy}/candidates/{id}/marks',
    handler: 'selection/save-marks',
    caller: { kind: 'staff', groups: ['panel'] },
    uses: { table: 'write' },
  },
  {
    name: 'submitSelectionMarks',
    method: 'POST',
    path: '/admin/selection/panels/{vacancy}/candidates/{id}/marks/submit',
    handler: 'selection/submit-marks',
    caller: { kind: 'staff', groups: ['panel'] },
    uses: { table: 'write' },
  },
  {
    name: 'getSelectionRanking',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}/ranking',
    handler: 'selection/get-ranking',
    caller: { kind: 'staff', groups: ['hr', 'admin', 'panel'] },
    uses: { table: 'read' },
  },
  {
    // The panel's chair only (checked by the rules: the chair is a member, not a group).
    name: 'recommendSelectionCandidate',
    method: 'PUT',
    path: '/admin/selection/panels/{vacancy}/candidates/{id}/recommendation',
    handler: 'selection/recommend',
    caller: { kind: 'staff', groups: ['panel'] },
    uses: { table: 'write' },
  },
  {
    name: 'selectionHistory',
    method: 'GET',
    path: '/admin/selection/panels/{vacancy}/history',
    handler: 'selection/selection-history',
    caller: HR,
    uses: { table: 'read' },
  },
  // --- end of staff: selection ---

  // --- Selection report (functions/selection-report/; issue 16, point 5; docs/selection-report.md): HR's report, its PDF, its sign-off ---
  // Their own grants on the documents bucket (`reports` reads, `report-sign-off` writes; selection-reports/ only), hence their own functions: the PDF's fonts are bundled there alone.
  {
    name: 'getSelectionReport',
    method: 'GET',
    path: '/admin/selection-report/{vacancy}',
    handler: 'selection-report/get-report',
    caller: HR,
    uses: { table: 'read', documents: 'reports' },
  },
  {
    name: 'getSelectionReportPdf',
    method: 'GET',
    path: '/admin/selection-report/{vacancy}/pdf',
    handler: 'selection-report/get-report-pdf',
    caller: HR,
    uses: { table: 'read', documents: 'reports' },
  },
  {
    // One conditional write with its audit entry: the first sign-off wins, any other is a 409.
    name: 'signOffSelectionReport',
    method: 'POST',
    path: '/admin/selection-report/{vacancy}/sign-off',
    handler: 'selection-report/sign-off',
    caller: HR,
    uses: { table: 'write', documents: 'report-sign-off' },
  },
  // --- end of selection report ---

  // --- Interviews (functions/interviews/; issue 16, point 3; docs/selection.md): HR's slots and invitations, the candidate's booking ---
  {
    name: 'listInterviews',
    method: 'GET',
    path: '/admin/interviews/{vacancy}',
    handler: 'interviews/list-interviews',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'createInterviewSlot',
    method: 'POST',
    path: '/admin/interviews/{vacancy}/slots',
    handler: 'interviews/create-slot',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // A booked slot's candidate and the panel (old and new members) are emailed once.
    name: 'moveInterviewSlot',
    method: 'PUT',
    path: '/admin/interviews/{vacancy}/slots/{slot}',
    handler: 'interviews/move-slot',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    name: 'cancelInterviewSlot',
    method: 'DELETE',
    path: '/admin/interviews/{vacancy}/slots/{slot}',
    handler: 'interviews/cancel-slot',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    name: 'inviteToInterview',
    method: 'POST',
    path: '/admin/interviews/{vacancy}/invitations',
    handler: 'interviews/invite-candidates',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    name: 'assignInterviewSlot',
    method: 'PUT',
    path: '/admin/interviews/{vacancy}/invitations/{id}',
    handler: 'interviews/assign-slot',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    // The candidate's, with the status token (as GET /applications/{id}): the invitation, the booking, the open slots.
    name: 'getCandidateInterview',
    method: 'GET',
    path: '/applications/{id}/interview',
    handler: 'interviews/candidate-interview',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    // First come: a transaction on the slot lets exactly one candidate have it; the confirmation (.ics attached) goes once.
    name: 'bookInterview',
    method: 'PUT',
    path: '/applications/{id}/interview',
    handler: 'interviews/book-interview',
    caller: PUBLIC,
    uses: { table: 'write', email: true },
  },
  // --- end of interviews ---

  // --- Written tests (functions/written-tests/; issue 16, point 2; docs/written-test.md): HR's tests, invitations and results, the candidate's answer ---
  {
    name: 'listWrittenTests',
    method: 'GET',
    path: '/admin/written-tests/{vacancy}',
    handler: 'written-tests/list-written-tests',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'scheduleWrittenTest',
    method: 'POST',
    path: '/admin/written-tests/{vacancy}/tests',
    handler: 'written-tests/schedule-test',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // Invited candidates are emailed once per change of time, place or link (.ics attached).
    name: 'correctWrittenTest',
    method: 'PUT',
    path: '/admin/written-tests/{vacancy}/tests/{test}',
    handler: 'written-tests/correct-test',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    name: 'cancelWrittenTest',
    method: 'DELETE',
    path: '/admin/written-tests/{vacancy}/tests/{test}',
    handler: 'written-tests/cancel-test',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    name: 'inviteToWrittenTest',
    method: 'POST',
    path: '/admin/written-tests/{vacancy}/tests/{test}/invitations',
    handler: 'written-tests/invite-to-test',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    // The result and the move shortlisted -> tested in one conditional write, with its audit entry.
    name: 'recordWrittenTestResult',
    method: 'PUT',
    path: '/admin/written-tests/{vacancy}/results/{id}',
    handler: 'written-tests/record-result',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // All or nothing: every row checked before any is written.
    name: 'importWrittenTestResults',
    method: 'POST',
    path: '/admin/written-tests/{vacancy}/results/import',
    handler: 'written-tests/import-results',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // The candidate's, with the status token (as GET /applications/{id}).
    name: 'getCandidateWrittenTest',
    method: 'GET',
    path: '/applications/{id}/written-test',
    handler: 'written-tests/candidate-written-test',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    name: 'answerWrittenTest',
    method: 'PUT',
    path: '/applications/{id}/written-test',
    handler: 'written-tests/answer-written-test',
    caller: PUBLIC,
    uses: { table: 'write' },
  },
  // --- end of written tests ---

  // --- Secondments (functions/secondments/; issue 17, points 1 and 2; docs/secondments.md): the record, its documents and end, extensions ---
  {
    // Idempotent per application: 201 the new secondment, 200 the one the application already became.
    name: 'createSecondment',
    method: 'POST',
    path: '/admin/secondments',
    handler: 'secondments/create-secondment',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // HR's current ones by last day; an NCB officer its own country's officers only.
    name: 'listSecondments',
    method: 'GET',
    path: '/admin/secondments',
    handler: 'secondments/list-secondments',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'getSecondment',
    method: 'GET',
    path: '/admin/secondments/{id}',
    handler: 'secondments/get-secondment',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'requestSignedTermsUpload',
    method: 'POST',
    path: '/admin/secondments/{id}/signed-terms',
    handler: 'secondments/request-signed-terms-upload',
    caller: HR,
    uses: { table: 'read', documents: 'offers' },
  },
  {
    name: 'completeSignedTermsUpload',
    method: 'POST',
    path: '/admin/secondments/{id}/signed-terms/complete',
    handler: 'secondments/complete-signed-terms-upload',
    caller: HR,
    uses: { table: 'write', documents: 'write' },
  },
  {
    // The confirmation letter (the application's) or the signed terms: a 5-minute signed GET.
    name: 'downloadSecondmentDocument',
    method: 'GET',
    path: '/admin/secondments/{id}/documents/{kind}',
    handler: 'secondments/download-secondment-document',
    caller: HR,
    uses: { table: 'read', documents: 'read' },
  },
  {
    name: 'recordSecondmentEnd',
    method: 'POST',
    path: '/admin/secondments/{id}/end',
    handler: 'secondments/record-end',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // HR, or the NCB of the home administration's country; refused with the type's limit and the months left.
    name: 'askExtension',
    method: 'POST',
    path: '/admin/secondments/{id}/extensions',
    handler: 'secondments/ask-extension',
    caller: STAFF,
    uses: { table: 'write' },
  },
  {
    name: 'requestExtensionLetterUpload',
    method: 'POST',
    path: '/admin/secondments/{id}/extensions/{extension}/letter',
    handler: 'secondments/request-extension-letter-upload',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'read', documents: 'offers' },
  },
  {
    name: 'downloadExtensionLetter',
    method: 'GET',
    path: '/admin/secondments/{id}/extensions/{extension}/letter',
    handler: 'secondments/download-extension-letter',
    caller: HR,
    uses: { table: 'read', documents: 'read' },
  },
  {
    // The NCB records the home administration's confirmation with its letter, as for the first letter.
    name: 'confirmExtension',
    method: 'POST',
    path: '/admin/secondments/{id}/extensions/{extension}/confirm',
    handler: 'secondments/confirm-extension',
    caller: { kind: 'staff', groups: ['ncb'] },
    uses: { table: 'write', documents: 'write' },
  },
  {
    name: 'decideExtension',
    method: 'POST',
    path: '/admin/secondments/{id}/extensions/{extension}/decision',
    handler: 'secondments/decide-extension',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // Only the asker: HR, or the NCB.
    name: 'withdrawExtension',
    method: 'POST',
    path: '/admin/secondments/{id}/extensions/{extension}/withdraw',
    handler: 'secondments/withdraw-extension',
    caller: STAFF,
    uses: { table: 'write' },
  },
  {
    // The roster (issue 17, point 4): the serving secondees and their counts; an NCB officer its own country's. The list's function.
    name: 'secondmentRoster',
    method: 'GET',
    path: '/admin/secondments/roster',
    handler: 'secondments/roster',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    // The roster's rows as XLSX or CSV: the applications' export function (the file under exports/, the export record).
    name: 'exportSecondmentRoster',
    method: 'GET',
    path: '/admin/secondments/roster/export',
    handler: 'secondments/export-roster',
    caller: STAFF,
    uses: { table: 'write', documents: 'exports' },
    limits: SPREADSHEET_LIMITS,
  },
  // --- end of secondments ---

  // --- Letters (functions/letters/; issue 16, point 6; docs/letters.md): HR's letters per vacancy, the bulk send, the close-out ---
  {
    name: 'lettersOverview',
    method: 'GET',
    path: '/admin/letters/{vacancy}',
    handler: 'letters/letters-overview',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // The letter kinds the job sends by itself for this vacancy (audited).
    name: 'saveLettersSetting',
    method: 'PUT',
    path: '/admin/letters/{vacancy}/settings',
    handler: 'letters/save-letters-setting',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'previewLetters',
    method: 'GET',
    path: '/admin/letters/{vacancy}/kinds/{kind}',
    handler: 'letters/preview-letters',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // Each letter once (its claim); a vacancy's 2,000 letters take about a minute of SES calls at 14 a second, so the run may stop short: a second finishes it.
    name: 'sendLetters',
    method: 'POST',
    path: '/admin/letters/{vacancy}/kinds/{kind}/send',
    handler: 'letters/send-letters',
    caller: HR,
    // sending: the stage's SES send rate, which the letters' start keeps under.
    uses: { table: 'write', email: true, settings: ['sending'] },
    limits: LETTERS_LIMITS,
  },
  {
    name: 'previewCloseOut',
    method: 'GET',
    path: '/admin/letters/{vacancy}/close-out',
    handler: 'letters/close-out-preview',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // Everyone still open rejected through the status machine and told once; resumable (a second run finishes a first).
    name: 'closeOutVacancy',
    method: 'POST',
    path: '/admin/letters/{vacancy}/close-out',
    handler: 'letters/close-out',
    caller: HR,
    uses: { table: 'write', email: true, settings: ['sending'] },
    limits: LETTERS_LIMITS,
  },
  // --- end of letters ---
  // --- Offers (functions/offers/; issue 16, point 7; docs/offers.md): HR's offers and reserve list, the candidate's answer, the NCB's home confirmation ---
  {
    name: 'listOffers',
    method: 'GET',
    path: '/admin/offers/{vacancy}',
    handler: 'offers/list-offers',
    caller: HR,
    uses: { table: 'read', settings: ['offers'] },
  },
  {
    // interviewed -> offered with its answer-by, in the transaction that holds a post on the vacancy's counter.
    name: 'makeOffer',
    method: 'POST',
    path: '/admin/offers/{vacancy}/applications/{id}',
    handler: 'offers/make-offer',
    caller: HR,
    uses: { table: 'write', settings: ['offers'] },
  },
  {
    // A freed post, offered to the first on the reserve list still interviewed, under the same rules.
    name: 'offerNextOnReserve',
    method: 'POST',
    path: '/admin/offers/{vacancy}/next-on-reserve',
    handler: 'offers/offer-next-on-reserve',
    caller: HR,
    uses: { table: 'write', settings: ['offers'] },
  },
  {
    // The NCB's list (its own country); HR and admins name one with ?country=.
    name: 'listHomeConfirmations',
    method: 'GET',
    path: '/admin/home-confirmations',
    handler: 'offers/list-home-confirmations',
    caller: STAFF,
    uses: { table: 'read' },
  },
  {
    name: 'requestHomeLetterUpload',
    method: 'POST',
    path: '/admin/home-confirmations/{id}/upload',
    handler: 'offers/request-home-letter-upload',
    caller: NCB,
    uses: { table: 'read', documents: 'offers' },
  },
  {
    name: 'recordHomeConfirmation',
    method: 'POST',
    path: '/admin/home-confirmations/{id}',
    handler: 'offers/record-home-confirmation',
    caller: NCB,
    uses: { table: 'write', documents: 'write' },
  },
  {
    // The candidate's, with the status token: the offer and its answer-by in the duty station's zone.
    name: 'getCandidateOffer',
    method: 'GET',
    path: '/applications/{id}/offer',
    handler: 'offers/candidate-offer',
    caller: PUBLIC,
    uses: { table: 'read' },
  },
  {
    // Accept or decline until the end of the answer-by day; the write at the version read lets one of two answers win.
    name: 'answerOffer',
    method: 'PUT',
    path: '/applications/{id}/offer',
    handler: 'offers/answer-offer',
    caller: PUBLIC,
    uses: { table: 'write' },
  },
  // --- end of offers ---
  // --- Reports (functions/reports/; issue 17, point 5; docs/reports.md): HR's figures, their files, the under-represented countries ---
  {
    // Reads every published vacancy's applications and the histories the stages need, within the default 10 s at 10,000 applications (bench/reports.ts); HR's read function.
    name: 'getReports',
    method: 'GET',
    path: '/admin/reports',
    handler: 'reports/get-report',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // The same figures as XLSX (a sheet per table) or one table as CSV, answered directly: counts only, a few KB.
    name: 'exportReports',
    method: 'GET',
    path: '/admin/reports/export',
    handler: 'reports/export-report',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'getUnderRepresented',
    method: 'GET',
    path: '/admin/reports/under-represented',
    handler: 'reports/get-under-represented',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // The whole list at the revision read, audited (who, when, the countries added and removed).
    name: 'saveUnderRepresented',
    method: 'PUT',
    path: '/admin/reports/under-represented',
    handler: 'reports/save-under-represented',
    caller: HR,
    uses: { table: 'write' },
  },
  // --- end of reports ---

  // --- Releases (functions/release/; issue 18, point 4; docs/sending.md): a sending unit's force approvers let their serving officers go ---
  {
    // The serving officers whose release is asked: an approver's own force's; HR and admins read every force's.
    name: 'listReleases',
    method: 'GET',
    path: '/admin/releases',
    handler: 'release/list-releases',
    caller: { kind: 'staff', groups: ['force', 'hr', 'admin'] },
    uses: { table: 'read' },
  },
  {
    // The force's decision for the period, audited; only the officer's own force decides.
    name: 'recordRelease',
    method: 'POST',
    path: '/admin/releases/{id}',
    handler: 'release/record-release',
    caller: { kind: 'staff', groups: ['force'] },
    uses: { table: 'write' },
  },
  // --- end of releases ---

  // --- Nominations (functions/nomination/; issue 18, point 5; docs/sending.md): a sending unit nominates to the mission, sends each package, records the answer ---
  {
    // The call's interviewed and nominated candidates, each with whether it can be nominated now and why not.
    name: 'listNominations',
    method: 'GET',
    path: '/admin/nominations/{vacancy}',
    handler: 'nomination/list-nominations',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // One transaction with the call's nominations item: never more than the call's number, however many HR nominate at once.
    name: 'nominate',
    method: 'POST',
    path: '/admin/nominations/{vacancy}/applications/{id}',
    handler: 'nomination/nominate',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'withdrawNomination',
    method: 'POST',
    path: '/admin/nominations/{vacancy}/applications/{id}/withdraw',
    handler: 'nomination/withdraw-nomination',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'recordNominationSent',
    method: 'POST',
    path: '/admin/nominations/{vacancy}/applications/{id}/sent',
    handler: 'nomination/record-sent',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // Tells the candidate and the force's approver once each (claims); a send that failed goes with the same request again.
    name: 'recordMissionAnswer',
    method: 'POST',
    path: '/admin/nominations/{vacancy}/applications/{id}/answer',
    handler: 'nomination/record-answer',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    // Its own grants: reads the CV, writes the ZIP under nomination-packages/ (expired after a day) and signs a 5-minute link; the PDFs' fonts are bundled here alone.
    name: 'downloadNominationPackage',
    method: 'GET',
    path: '/admin/nominations/{vacancy}/applications/{id}/package',
    handler: 'nomination/package',
    caller: HR,
    uses: { table: 'read', documents: 'nomination-packages' },
    limits: PACKAGE_LIMITS,
  },
  // --- end of nominations ---

  // --- Expert roster (functions/expert-roster/; issue 18, point 7; docs/sending.md): a sending unit's HR keeps its deployable civilian experts, matches them to a call, invites them ---
  {
    name: 'listExperts',
    method: 'GET',
    path: '/admin/experts',
    handler: 'expert-roster/list-experts',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // One record per email: a guard item in the same transaction, as applications have.
    name: 'addExpert',
    method: 'POST',
    path: '/admin/experts',
    handler: 'expert-roster/add-expert',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'editExpert',
    method: 'PUT',
    path: '/admin/experts/{id}',
    handler: 'expert-roster/edit-expert',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // The expert asked to leave: the record and its guard go; the audit trail (field names, no values) stays.
    name: 'removeExpert',
    method: 'DELETE',
    path: '/admin/experts/{id}',
    handler: 'expert-roster/remove-expert',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // The roster judged against the call (experience and languages as an application is), and who of them applied.
    name: 'listExpertMatches',
    method: 'GET',
    path: '/admin/experts/matches/{vacancy}',
    handler: 'expert-roster/expert-matches',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    // Each expert written to once per call (a claim), with the form's link under PUBLIC_BASE_URL (which `email` brings); up to 100
    // at once, begun at the stage's send rate (`sending`) within the route's time, as HR's bulk letters are (their function).
    name: 'inviteExperts',
    method: 'POST',
    path: '/admin/experts/invitations/{vacancy}',
    handler: 'expert-roster/invite-experts',
    caller: HR,
    uses: { table: 'write', email: true, settings: ['sending'] },
    limits: LETTERS_LIMITS,
  },
  // --- end of expert roster ---

  // --- Deployments (functions/deployment/; issue 18, point 6; docs/sending.md): a selected officer's deployment, its checklist, extensions, return and debrief ---
  {
    // The roster: who is deployed where; a force's approver reads its own serving officers' only.
    name: 'listDeployments',
    method: 'GET',
    path: '/admin/deployments',
    handler: 'deployment/list-deployments',
    caller: { kind: 'staff', groups: ['force', 'hr', 'admin'] },
    uses: { table: 'read' },
  },
  {
    // One per application, written with its audit entry while the application is at the version read.
    name: 'startDeployment',
    method: 'POST',
    path: '/admin/deployments',
    handler: 'deployment/start-deployment',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'deploymentReport',
    method: 'GET',
    path: '/admin/deployments/report',
    handler: 'deployment/deployment-report',
    caller: HR,
    uses: { table: 'read' },
  },
  {
    name: 'getDeployment',
    method: 'GET',
    path: '/admin/deployments/{id}',
    handler: 'deployment/get-deployment',
    caller: { kind: 'staff', groups: ['force', 'hr', 'admin'] },
    uses: { table: 'read' },
  },
  {
    name: 'editDeployment',
    method: 'PATCH',
    path: '/admin/deployments/{id}',
    handler: 'deployment/edit-deployment',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'recordDeploymentChecklist',
    method: 'PUT',
    path: '/admin/deployments/{id}/checklist/{item}',
    handler: 'deployment/record-checklist',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    // A serving officer's request waits for their force, whose approver is told once (a claim).
    name: 'requestDeploymentExtension',
    method: 'POST',
    path: '/admin/deployments/{id}/extensions',
    handler: 'deployment/request-extension',
    caller: HR,
    uses: { table: 'write', email: true },
  },
  {
    // The serving officer's force decides, HR the others' (the rules say which: 403 for the other); the officer is told once.
    name: 'decideDeploymentExtension',
    method: 'POST',
    path: '/admin/deployments/{id}/extensions/{extensionId}/decision',
    handler: 'deployment/decide-extension',
    caller: { kind: 'staff', groups: ['force', 'hr', 'admin'] },
    uses: { table: 'write', email: true },
  },
  {
    name: 'recordDeploymentReturn',
    method: 'POST',
    path: '/admin/deployments/{id}/return',
    handler: 'deployment/record-return',
    caller: HR,
    uses: { table: 'write' },
  },
  {
    name: 'recordDeploymentDebrief',
    method: 'POST',
    path: '/admin/deployments/{id}/debrief',
    handler: 'deployment/record-debrief',
    caller: HR,
    uses: { table: 'write' },
  },
  // --- end of deployments ---
];

/**
 * The scheduled jobs (EventBridge Scheduler in AWS, `POST /_local/jobs/{name}?now=` locally).
 * Each runs daily in the organisation's time zone (pending-receipts every 15 minutes); a job judges
 * dates in each vacancy's own zone.
 */
export const schedules: readonly Schedule[] = [
  // --- Job: deadline-reminders (functions/jobs/deadline-reminders/) ---
  {
    name: 'deadline-reminders',
    // Early in the organisation's day; each vacancy's reminder day is judged in its own zone.
    cron: 'cron(0 6 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/deadline-reminders/deadline-reminders',
    uses: { table: 'write', email: true, settings: ['reminders'] },
  },
  // --- end of job: deadline-reminders ---
  // --- Job: hr-digest (functions/jobs/hr-digest/) ---
  {
    name: 'hr-digest',
    // 07:00 in the organisation's zone: the digest is read at the start of HR's day.
    cron: 'cron(0 7 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/hr-digest/hr-digest',
    // Writes its claim and watermark; reads vacancies, applications and secondments; `endings`: the window of secondments it lists.
    uses: { table: 'write', email: true, settings: ['hrDigest', 'calendar', 'endings'] },
  },
  // --- end of job: hr-digest ---
  // --- Job: ncb-digest (functions/jobs/ncb-digest/) ---
  {
    name: 'ncb-digest',
    // Daily, at the start of the organisation's working day; a weekly cadence per stage would be
    // a setting choosing this cron and the claim's period (a week instead of a day).
    cron: 'cron(0 7 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/ncb-digest/ncb-digest',
    // `write`: the send-once claims; `calendar`: a digest per day of the organisation's zone.
    uses: { table: 'write', email: true, settings: ['calendar'] },
  },
  // --- end of job: ncb-digest ---
  // --- Job: retention-purge (functions/jobs/retention-purge/) ---
  {
    name: 'retention-purge',
    // At night, before the day's work; a purge of many applications may take minutes.
    cron: 'cron(0 3 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/retention-purge/retention-purge',
    // Deletes documents (every version) and table items; reads the retention periods.
    uses: { table: 'write', documents: 'write', settings: ['retention'] },
  },
  // --- end of job: retention-purge ---
  // --- Job: pending-receipts (functions/jobs/pending-receipts/) ---
  {
    name: 'pending-receipts',
    // Often: a receipt the submit could not send (SES down) follows within 17 minutes (2 of grace).
    cron: 'cron(0/15 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/pending-receipts/pending-receipts',
    // Reads applications and vacancies, deletes outbox entries, writes claims; sends.
    uses: { table: 'write', email: true },
  },
  // --- end of job: pending-receipts ---
  // --- Job: count-reconciliation (functions/jobs/count-reconciliation/) ---
  {
    name: 'count-reconciliation',
    // At night, after the purge: each vacancy's counts recounted from its rows, the counter repaired where it drifted.
    cron: 'cron(30 3 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/count-reconciliation/count-reconciliation',
    // Reads vacancies and applications; writes only the counters.
    uses: { table: 'write' },
  },
  // --- end of job: count-reconciliation ---
  // --- Job: circular (functions/jobs/circular/) ---
  {
    name: 'circular',
    // Often: a vacancy's circular starts within 5 minutes of its publication, and a run stopped by
    // its time limit (300 s) or an SES outage resumes at the next.
    cron: 'cron(0/5 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/circular/circular',
    // Reads vacancies and contacts, writes the circular's editions and sends; `sending`: the stage's SES rate.
    uses: { table: 'write', email: true, settings: ['sending'] },
    oneRunAtATime: true,
  },
  // --- end of job: circular ---
  // --- Job: proposal-expiry (functions/jobs/proposal-expiry/) ---
  {
    name: 'proposal-expiry',
    // Early in the organisation's day: proposals whose open period ended close, and their NCBs hear of it that morning.
    cron: 'cron(30 6 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/proposal-expiry/proposal-expiry',
    // Writes the lapses and the send-once claims; sends to NCBs and matched officers.
    uses: { table: 'write', email: true },
  },
  // --- end of job: proposal-expiry ---
  // --- Job: interview-reminders (functions/jobs/interview-reminders/) ---
  {
    name: 'interview-reminders',
    // Hourly: the reminder goes from 08:00 on the day before in each slot's own zone, whatever the organisation's.
    cron: 'cron(5 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/interview-reminders/interview-reminders',
    // Reads slots, applications and vacancies; writes the send-once claims; sends.
    uses: { table: 'write', email: true },
  },
  // --- end of job: interview-reminders ---
  // --- Job: letters (functions/jobs/letters/) ---
  {
    name: 'letters',
    // Hourly: a letter due (from the application's state) goes within the hour, unless HR turned its kind off for the vacancy.
    cron: 'cron(20 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/letters/letters',
    // Reads vacancies, applications, recommendations, contacts and claims; writes the send-once claims; sends, under the stage's rate.
    uses: { table: 'write', email: true, settings: ['sending', 'letters'] },
    oneRunAtATime: true,
  },
  // --- end of job: letters ---
  // --- Job: offer-lapse (functions/jobs/offer-lapse/) ---
  {
    name: 'offer-lapse',
    // Hourly: an offer lapses within the hour after its answer-by day ends in its duty station, wherever that is; a stage may set its own period (jobs.cron).
    cron: 'cron(15 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/offer-lapse/offer-lapse',
    // Reads vacancies and offered applications; writes the lapses (and the post counter with them).
    uses: { table: 'write' },
  },
  // --- end of job: offer-lapse ---
  // --- Job: secondment-endings (functions/jobs/secondment-endings/) ---
  {
    name: 'secondment-endings',
    // Hourly: a notice is due from its day in the duty station's calendar, wherever that is; a run that fails or is missed is made good by the next.
    cron: 'cron(40 * * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/secondment-endings/secondment-endings',
    // Reads the secondments not ended (pattern 51) and NCB contacts; writes the send-once claims; sends to HR, NCBs and officers under the stage's rate.
    uses: { table: 'write', email: true, settings: ['hrDigest', 'sending', 'endings'] },
    oneRunAtATime: true,
  },
  // --- end of job: secondment-endings ---
  // --- Job: deployment-reminders (functions/jobs/deployment-reminders/) ---
  {
    name: 'deployment-reminders',
    // Daily, early in the organisation's day: each deployment is judged on its duty station's date, and a reminder missed one day stays due the next.
    cron: 'cron(10 6 * * ? *)',
    timeZone: 'stage',
    handler: 'jobs/deployment-reminders/deployment-reminders',
    // Reads the deployments (one Query) and a waiting extension's application; writes the send-once claims; sends to officers, approvers and HR.
    uses: { table: 'write', email: true, settings: ['hrDigest'] },
  },
  // --- end of job: deployment-reminders ---
];
