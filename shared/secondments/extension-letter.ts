import type { DocumentContentType } from '../documents/kinds.js';
import type { UploadOffer, UploadOffers } from '../documents/uploads.js';
import { DocumentRejected } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openSecondment } from './access.js';
import { extensionOf } from './extension-steps.js';
import type { Extension } from './extension.js';
import { extensionNotAt } from './problems.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';
import { keepUpload, offerSecondmentUpload, removeKept, uploadedObjectId, type KeepDependencies } from './uploads.js';
import { checkVersion, writeChange } from './write.js';

/*
 * The home administration's confirmation of an extension comes through the NCB, as the first
 * letter did: the NCB of the secondment's home administration country uploads the letter through a
 * presigned POST and records it; the extension then waits for HR's approval.
 */

const awaitingConfirmation = (secondment: Secondment, extensionId: string): Extension => {
  const extension = extensionOf(secondment, extensionId);
  if (extension.state !== 'awaiting-home-confirmation') throw extensionNotAt(extension.state);
  return extension;
};

/** `POST .../extensions/{extension}/letter`: a fresh presigned POST (15 minutes, PDF or DOCX, 10 MiB). */
export const offerExtensionLetter = async (
  deps: { secondments: Pick<SecondmentStore, 'get'>; offers: UploadOffers; newObjectId?: () => string },
  principal: StaffPrincipal,
  id: string,
  extensionId: string,
  contentType: DocumentContentType,
  now: Date,
): Promise<UploadOffer> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  awaitingConfirmation(secondment, extensionId);
  return offerSecondmentUpload(deps.offers, secondment.id, `extension-${extensionId}`, contentType, now, deps.newObjectId);
};

/** `POST .../extensions/{extension}/confirm` `{key, version}`: checks and keeps the letter, and records the confirmation. */
export const confirmExtension = async (
  deps: KeepDependencies & { secondments: Pick<SecondmentStore, 'get' | 'update'> },
  principal: StaffPrincipal,
  id: string,
  extensionId: string,
  body: { key: string; version: number },
  now: Date,
): Promise<Secondment> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const extension = awaitingConfirmation(secondment, extensionId);
  const part = `extension-${extensionId}` as const;
  const objectId = uploadedObjectId(body.key, secondment.id, part);
  if (!objectId) {
    throw new DocumentRejected('missing', 'This key is not an upload offered for this extension’s letter.', { key: 'problem.documentRejected.nothingUploaded' });
  }
  checkVersion(secondment, body.version);
  const letter = await keepUpload(deps, body.key, secondment.id, part, objectId, now);
  const confirmed: Extension = { ...extension, state: 'awaiting-approval', homeConfirmation: { at: now.toISOString(), by: principal.email, letter } };
  try {
    return await writeChange(
      deps.secondments,
      secondment,
      { extensions: secondment.extensions.map((one) => (one.id === extension.id ? confirmed : one)) },
      { by: principal.email, action: 'extension-home-confirmed', changes: { [`extension ${extension.id}`]: { from: extension.state, to: confirmed.state } } },
      now,
    );
  } catch (error) {
    // The kept copy goes with a write that did not land: a second attempt keeps its own.
    await removeKept(deps, letter);
    throw error;
  }
};
