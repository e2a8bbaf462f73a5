import { DOWNLOAD_LINK_SECONDS, type DocumentLinks, type DownloadLink } from '../admin/document-download.js';
import { PDF } from '../documents/kinds.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openSecondment } from './access.js';
import type { SecondmentDocument } from './document.js';
import { extensionOf } from './extension-steps.js';
import { noDocument } from './hr-problems.js';
import type { SecondmentDocumentKind } from './schema.js';
import type { SecondmentStore } from './store.js';

const fileName = (secondmentId: string, what: string, document: SecondmentDocument): string =>
  // "secondment-signedTerms-<id>.pdf": never the officer's name (it travels in the URL).
  `secondment-${what}-${secondmentId}.${document.contentType === PDF ? 'pdf' : 'docx'}`;

const link = (links: DocumentLinks, secondmentId: string, what: string, document: SecondmentDocument, now: Date): Promise<DownloadLink> =>
  links.link({ key: document.key, contentType: document.contentType, fileName: fileName(secondmentId, what, document), expiresInSeconds: DOWNLOAD_LINK_SECONDS, now });

/** `GET /admin/secondments/{id}/documents/{kind}`: a 5-minute signed link, as an application's document. */
export const secondmentDocumentLink = async (
  deps: { secondments: Pick<SecondmentStore, 'get'>; links: DocumentLinks },
  principal: StaffPrincipal,
  id: string,
  kind: SecondmentDocumentKind,
  now: Date,
): Promise<DownloadLink> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const document = secondment.documents[kind];
  if (!document) throw noDocument(kind);
  return link(deps.links, secondment.id, kind, document, now);
};

/** `GET /admin/secondments/{id}/extensions/{extension}/letter`: the home administration's letter of one extension. */
export const extensionLetterLink = async (
  deps: { secondments: Pick<SecondmentStore, 'get'>; links: DocumentLinks },
  principal: StaffPrincipal,
  id: string,
  extensionId: string,
  now: Date,
): Promise<DownloadLink> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const letter = extensionOf(secondment, extensionId).homeConfirmation?.letter;
  if (!letter) throw noDocument('extensionLetter');
  return link(deps.links, secondment.id, 'extensionLetter', letter, now);
};
