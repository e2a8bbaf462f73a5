import { documentKinds, PDF, type DocumentKind } from '#shared/documents/kinds.js';
import { uploadOffer, type UploadOffer, type UploadOffers } from '#shared/documents/uploads.js';

/**
 * The offers a new application's answer carries, one per kind, for a PDF (the common case);
 * a DOCX, or a later upload, asks `POST /applications/{id}/documents/{kind}` for its own.
 */
export const initialUploadOffers = async (
  offers: UploadOffers,
  applicationId: string,
  now: Date,
): Promise<Record<DocumentKind, UploadOffer>> => {
  const entries = await Promise.all(
    documentKinds.map(async (kind) => [kind, await uploadOffer(offers, { applicationId, kind, contentTypes: [PDF], now })] as const),
  );
  return Object.fromEntries(entries) as Record<DocumentKind, UploadOffer>;
};
