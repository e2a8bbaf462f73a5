/** The documents a candidate sends, and what each may be. */
export const documentKinds = ['cv', 'coverLetter', 'confirmationLetter'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const documentContentTypes = [PDF, DOCX] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];

/** What an upload policy allows and `complete` checks again: 1 B to 10 MiB. */
export const MIN_DOCUMENT_BYTES = 1;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const documentLabels: Record<DocumentKind, string> = {
  cv: 'CV',
  coverLetter: 'cover letter',
  confirmationLetter: 'confirmation letter from your home administration',
};

/** Who handed a document in: the candidate, their NCB, or the organisation's own staff (HR, admins). */
export const documentSuppliers = ['candidate', 'ncb', 'hr'] as const;
export type DocumentSupplier = (typeof documentSuppliers)[number];

/** The NCB's confirmation of a confirmation letter the candidate uploaded: who and when. */
export interface NcbLetterConfirmation {
  at: string;
  by: string;
}

/** A document as recorded once its bytes were checked. */
export interface ReceivedDocument {
  key: string;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  receivedAt: string;
  /** Absent on documents stored before suppliers were recorded (docs/data-model.md says how those read). */
  suppliedBy?: DocumentSupplier;
  /** Only on a candidate's copy of the confirmation letter, once its NCB confirmed it. */
  confirmedByNcb?: NcbLetterConfirmation;
}
