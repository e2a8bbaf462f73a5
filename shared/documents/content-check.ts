import type { DocumentRejectionReason, ProblemMessage } from '../errors.js';
import { DOCX, MAX_DOCUMENT_BYTES, MIN_DOCUMENT_BYTES, PDF, documentContentTypes, type DocumentContentType } from './kinds.js';
import { zipEntryNames } from './zip.js';

/** Why a document is refused: the problem's `reason`, its English detail and the detail in any language. */
export interface Refusal {
  reason: DocumentRejectionReason;
  detail: string;
  translation: ProblemMessage;
}

export type Verdict = { ok: true } | ({ ok: false } & Refusal);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The parts every Word document has: its content-type map and its main document part. */
const DOCX_PARTS = ['[Content_Types].xml', 'word/document.xml'];

export const looksLikePdf = (bytes: Uint8Array): boolean => PDF_MAGIC.every((byte, i) => bytes[i] === byte);

/** A ZIP whose central directory lists the parts of a Word document (OPC part names ignore case). */
export const docxProblem = (bytes: Uint8Array): string | undefined => {
  const listing = zipEntryNames(bytes);
  if (!listing.ok) return `it is not a Word document: ${listing.reason}`;
  const names = new Set(listing.names.map((name) => name.toLowerCase()));
  const absent = DOCX_PARTS.filter((part) => !names.has(part.toLowerCase()));
  return absent.length > 0 ? `it is a ZIP file without ${absent.join(' and ')}, so not a Word document` : undefined;
};

export const checkDocumentSize = (size: number): Verdict => {
  if (size < MIN_DOCUMENT_BYTES) return { ok: false, reason: 'empty', detail: 'The file is empty.', translation: { key: 'problem.documentRejected.empty' } };
  if (size > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      detail: `The file has ${size} bytes; at most ${MAX_DOCUMENT_BYTES} (10 MiB) are allowed.`,
      translation: { key: 'problem.documentRejected.tooLarge', values: { size, max: MAX_DOCUMENT_BYTES } },
    };
  }
  return { ok: true };
};

/** `application/pdf; charset=x` -> `application/pdf`, when it is one of ours. */
export const documentContentType = (declared: string | undefined): DocumentContentType | undefined => {
  const bare = (declared ?? '').split(';')[0]?.trim().toLowerCase();
  return documentContentTypes.find((type) => type === bare);
};

/** Are these bytes what their declared type claims? Size first, then the magic of the type. */
export const checkDocumentBytes = (bytes: Uint8Array, claimed: DocumentContentType): Verdict => {
  const size = checkDocumentSize(bytes.length);
  if (!size.ok) return size;
  if (claimed === PDF) {
    return looksLikePdf(bytes)
      ? { ok: true }
      : {
          ok: false,
          reason: 'content-mismatch',
          detail: 'The file was sent as a PDF but does not start with %PDF-, so it is not a PDF.',
          translation: { key: 'problem.documentRejected.notPdf' },
        };
  }
  if (claimed === DOCX) {
    const problem = docxProblem(bytes);
    // The ZIP's particulars stay in English's detail: the other languages say what matters, that it is no Word document.
    return problem
      ? {
          ok: false,
          reason: 'content-mismatch',
          detail: `The file was sent as a Word document (DOCX) but ${problem}.`,
          translation: { key: 'problem.documentRejected.notDocx' },
        }
      : { ok: true };
  }
  return { ok: false, reason: 'wrong-type', detail: 'Only PDF and Word (DOCX) documents are accepted.', translation: { key: 'problem.documentRejected.wrongType' } };
};
