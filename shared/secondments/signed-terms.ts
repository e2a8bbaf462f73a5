import type { DocumentContentType } from '../documents/kinds.js';
import type { UploadOffer, UploadOffers } from '../documents/uploads.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openSecondment } from './access.js';
import { notASignedTermsUpload } from './hr-problems.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';
import { keepUpload, offerSecondmentUpload, removeKept, uploadedObjectId, type KeepDependencies } from './uploads.js';
import { checkVersion, writeChange } from './write.js';

/** `POST /admin/secondments/{id}/documents/signedTerms`: HR's presigned POST for the signed terms. */
export const offerSignedTerms = async (
  deps: { secondments: Pick<SecondmentStore, 'get'>; offers: UploadOffers; newObjectId?: () => string },
  principal: StaffPrincipal,
  id: string,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  return offerSecondmentUpload(deps.offers, secondment.id, 'signedTerms', contentType, now, deps.newObjectId);
};

/**
 * `POST /admin/secondments/{id}/documents/signedTerms/complete` `{key, version}`: checks the upload
 * and records it in place of earlier signed terms (a corrected copy), whose object is then removed.
 */
export const recordSignedTerms = async (
  deps: KeepDependencies & { secondments: Pick<SecondmentStore, 'get' | 'update'> },
  principal: StaffPrincipal,
  id: string,
  body: { key: string; version: number },
  now: Date,
): Promise<Secondment> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const objectId = uploadedObjectId(body.key, secondment.id, 'signedTerms');
  if (!objectId) throw notASignedTermsUpload();
  checkVersion(secondment, body.version);
  const terms = await keepUpload(deps, body.key, secondment.id, 'signedTerms', objectId, now);
  const earlier = secondment.documents.signedTerms;
  let next: Secondment;
  try {
    next = await writeChange(
      deps.secondments,
      secondment,
      { documents: { ...secondment.documents, signedTerms: terms } },
      { by: principal.email, action: 'signed-terms-received', changes: { signedTerms: { from: earlier ? earlier.sha256 : null, to: terms.sha256 } } },
      now,
    );
  } catch (error) {
    await removeKept(deps, terms);
    throw error;
  }
  if (earlier) await removeKept(deps, earlier);
  return next;
};
