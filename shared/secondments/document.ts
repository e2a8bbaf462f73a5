import type { DocumentContentType } from '../documents/kinds.js';

/** A checked document in the documents bucket (as shared/documents/kinds.ts ReceivedDocument keeps one). */
export interface SecondmentDocument {
  key: string;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  receivedAt: string;
}
