/** The API's answers as the pages read them: the types are the API's own, from shared/. */
import type { ApplicationStatusView } from '#shared/applications/status-view.js';
import type { DocumentKind } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';

export type { UploadOffer };

/** 200 of `GET /applications/{id}`. */
export type ApplicationView = ApplicationStatusView;

/** 201 of `POST /applications`. */
export interface SubmitAnswer {
  applicationId: string;
  statusToken: string;
  uploads: Record<DocumentKind, UploadOffer>;
}

/** What the page needs to act for the candidate: the id and the secret from the status link. */
export interface Credentials {
  applicationId: string;
  statusToken: string;
}
