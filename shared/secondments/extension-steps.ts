import type { StaffPrincipal } from '../staff/principal.js';
import { actingAs, openSecondment } from './access.js';
import { checkExtension, isUnderWay, type Extension } from './extension.js';
import { extensionBeyondLimit, extensionNotAt, extensionUnderWay, noExtension, notTheAsker, secondmentEnded } from './problems.js';
import type { ExtensionAsk, ExtensionDecision } from './schema.js';
import type { Secondment } from './secondment.js';
import type { SecondmentStore } from './store.js';
import { checkVersion, todayAt, writeChange } from './write.js';

/*
 * An extension's steps (issue 17, point 2): HR, or the NCB of the home administration's country,
 * asks; the NCB records the home administration's confirmation (extension-letter.ts); HR approves
 * (the last day moves) or refuses with a reason; the asker may withdraw while it is under way.
 * Each step is checked against the version read and written with its audit entry.
 */

type Store = Pick<SecondmentStore, 'get' | 'update'>;

/** The extension of a secondment, or the 404 of one it does not have. */
export const extensionOf = (secondment: Secondment, extensionId: string): Extension => {
  const extension = secondment.extensions.find((one) => one.id === extensionId);
  if (!extension) throw noExtension();
  return extension;
};

const replaced = (secondment: Secondment, extension: Extension): Extension[] =>
  secondment.extensions.map((one) => (one.id === extension.id ? extension : one));

/** `POST /admin/secondments/{id}/extensions`: refused with the exact limit and the months left when it does not fit. */
export const askExtension = async (
  deps: { secondments: Store; newExtensionId: () => string },
  principal: StaffPrincipal,
  id: string,
  body: ExtensionAsk,
  now: Date,
): Promise<{ secondment: Secondment; extension: Extension }> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  checkVersion(secondment, body.version);
  const today = todayAt(secondment, now);
  if (secondment.ended || today > secondment.lastDay) throw secondmentEnded(secondment.ended?.lastDay ?? secondment.lastDay);
  if (secondment.extensions.some(isUnderWay)) throw extensionUnderWay();
  const verdict = checkExtension(secondment, body.months, today);
  if (!verdict.allowed) throw extensionBeyondLimit(secondment.type, body.months, verdict.room);
  const extension: Extension = {
    id: deps.newExtensionId(),
    months: body.months,
    fromLastDay: secondment.lastDay,
    toLastDay: verdict.toLastDay,
    requestedBy: { email: principal.email, as: actingAs(principal) },
    requestedAt: now.toISOString(),
    reason: body.reason,
    state: 'awaiting-home-confirmation',
  };
  const next = await writeChange(
    deps.secondments,
    secondment,
    { extensions: [...secondment.extensions, extension] },
    { by: principal.email, action: 'extension-asked', changes: { [`extension ${extension.id}`]: { from: null, to: { months: extension.months, toLastDay: extension.toLastDay, as: extension.requestedBy.as } } } },
    now,
  );
  return { secondment: next, extension };
};

/**
 * `POST .../extensions/{extension}/decision`: HR approves one the home administration confirmed
 * (the last day becomes the extension's), or refuses one under way, saying why. An approval after
 * the planned last day passed still stands: the extension was asked in time, and continuity matters.
 */
export const decideExtension = async (deps: { secondments: Store }, principal: StaffPrincipal, id: string, extensionId: string, body: ExtensionDecision, now: Date): Promise<Secondment> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const extension = extensionOf(secondment, extensionId);
  const open = body.decision === 'approve' ? extension.state === 'awaiting-approval' : isUnderWay(extension);
  if (!open) throw extensionNotAt(extension.state);
  checkVersion(secondment, body.version);
  const decision = { at: now.toISOString(), by: principal.email, ...(body.reason ? { reason: body.reason } : {}) };
  const approved = body.decision === 'approve';
  const decided: Extension = { ...extension, state: approved ? 'approved' : 'refused', decision };
  return writeChange(
    deps.secondments,
    secondment,
    { extensions: replaced(secondment, decided), ...(approved ? { lastDay: extension.toLastDay } : {}) },
    {
      by: principal.email,
      action: approved ? 'extension-approved' : 'extension-refused',
      changes: {
        [`extension ${extension.id}`]: { from: extension.state, to: decided.state },
        ...(approved ? { lastDay: { from: secondment.lastDay, to: extension.toLastDay } } : {}),
      },
    },
    now,
  );
};

/** `POST .../extensions/{extension}/withdraw`: only who asked (HR, or the NCB) takes it back, while it is under way. */
export const withdrawExtension = async (
  deps: { secondments: Store },
  principal: StaffPrincipal,
  id: string,
  extensionId: string,
  body: { reason: string; version: number },
  now: Date,
): Promise<Secondment> => {
  const secondment = await openSecondment(deps.secondments, principal, id);
  const extension = extensionOf(secondment, extensionId);
  if (actingAs(principal) !== extension.requestedBy.as) throw notTheAsker(extension.requestedBy.as);
  if (!isUnderWay(extension)) throw extensionNotAt(extension.state);
  checkVersion(secondment, body.version);
  const withdrawn: Extension = { ...extension, state: 'withdrawn', withdrawal: { at: now.toISOString(), by: principal.email, reason: body.reason } };
  return writeChange(
    deps.secondments,
    secondment,
    { extensions: replaced(secondment, withdrawn) },
    { by: principal.email, action: 'extension-withdrawn', changes: { [`extension ${extension.id}`]: { from: extension.state, to: 'withdrawn' } } },
    now,
  );
};
