import { describe, expect, it } from 'vitest';
import { problemText } from '#functions/http/problem-message.js';
import { isConfirmed } from '#shared/applications/application.js';
import { confirmApplication, confirmationExpiry, confirmationState, receivedAt } from '#shared/applications/confirmation.js';
import { sha256Hex } from '#shared/applications/secrets.js';
import { DuplicateApplication } from '#shared/applications/store.js';
import { Conflict, ConfirmationExpired, NotFound } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { memoryApplicationStore } from '../admin/memory-application-store.js';
import { aminaApplication } from '../../support/candidates.js';

const token = 't'.repeat(43);
const submittedAt = '2026-11-22T09:00:00.000Z';
const pending = async (overrides: Parameters<typeof aminaApplication>[0] = {}) =>
  aminaApplication({ id: 'app-1', submittedAt, emailConfirmation: { tokenHash: await sha256Hex(token), expiresAt: '2026-11-25T09:00:00.000Z' }, ...overrides });

describe('confirming an application’s address', () => {
  it('expires 72 hours after submitting, even when the vacancy closes sooner (the application came in time)', () => {
    expect(confirmationExpiry(new Date(submittedAt)).toISOString()).toBe('2026-11-25T09:00:00.000Z');
    // 1701 closes at the end of 13 December in Lyon (23:00 UTC): a submission just before keeps its 72 hours.
    expect(confirmationExpiry(new Date('2026-12-13T22:50:00.000Z')).toISOString()).toBe('2026-12-16T22:50:00.000Z');
  });

  it('reads an application of the previous version (no emailConfirmation) as confirmed, received when it was submitted', () => {
    const old = aminaApplication({ submittedAt });
    expect(isConfirmed(old)).toBe(true);
    expect(confirmationState(old, new Date('2030-01-01T00:00:00Z'))).toBe('confirmed');
    expect(receivedAt(old)).toBe(submittedAt);
  });

  it('is pending until its expiry, then expired; once confirmed, received when confirmed', async () => {
    const application = await pending();
    expect(confirmationState(application, new Date('2026-11-25T08:59:59.999Z'))).toBe('pending');
    expect(confirmationState(application, new Date('2026-11-25T09:00:00.000Z'))).toBe('expired');
    const confirmed = { ...application, emailConfirmation: { tokenHash: 'h', expiresAt: '2026-11-25T09:00:00.000Z', confirmedAt: '2026-11-23T10:00:00.000Z' } };
    expect(confirmationState(confirmed, new Date('2027-01-01T00:00:00Z'))).toBe('confirmed');
    expect(receivedAt(confirmed)).toBe('2026-11-23T10:00:00.000Z');
  });

  it('confirms with the right token, once, and answers the same link again as already confirmed', async () => {
    const { store, auditOf } = memoryApplicationStore([await pending()]);
    const first = await confirmApplication(store, 'app-1', token, new Date('2026-11-23T10:00:00.000Z'));
    expect(first.outcome).toBe('confirmed');
    expect(first.application.emailConfirmation?.confirmedAt).toBe('2026-11-23T10:00:00.000Z');
    expect((await confirmApplication(store, 'app-1', token, new Date('2026-11-24T10:00:00.000Z'))).outcome).toBe('already');
    expect(auditOf('app-1').map((entry) => entry.action)).toEqual(['email-confirmed']);
  });

  it('answers a wrong token, an unknown id and an application of the previous version as not found', async () => {
    const { store } = memoryApplicationStore([await pending(), aminaApplication({ id: 'old' })]);
    const now = new Date('2026-11-23T10:00:00.000Z');
    await expect(confirmApplication(store, 'app-1', 'x'.repeat(43), now)).rejects.toThrow(NotFound);
    await expect(confirmApplication(store, 'nope', token, now)).rejects.toThrow(NotFound);
    await expect(confirmApplication(store, 'old', token, now)).rejects.toThrow(NotFound);
  });

  it('refuses an expired or withdrawn application (410), so that neither takes the guard', async () => {
    const { store } = memoryApplicationStore([await pending(), await pending({ id: 'app-2', status: 'withdrawn' })]);
    await expect(confirmApplication(store, 'app-1', token, new Date('2026-11-25T09:00:00.000Z'))).rejects.toThrow(ConfirmationExpired);
    await expect(confirmApplication(store, 'app-2', token, new Date('2026-11-23T10:00:00.000Z'))).rejects.toThrow(ConfirmationExpired);
  });

  it('says an expired link’s time in the candidate’s zone, or in UTC when the form sent none, in the reader’s language', async () => {
    const { store } = memoryApplicationStore([await pending({ timeZone: 'America/Bogota' }), await pending({ id: 'app-2', timeZone: undefined })]);
    const expired = async (id: string): Promise<ConfirmationExpired> => {
      const error: unknown = await confirmApplication(store, id, token, new Date('2026-11-26T09:00:00.000Z')).then(() => undefined, (refused: unknown) => refused);
      if (!(error instanceof ConfirmationExpired)) throw new Error(`${id} was not refused as expired`);
      return error;
    };
    const said = (error: ConfirmationExpired) => (error.translation ? problemText(validationTranslatorFor('es'), error.translation) : error.message);

    expect(said(await expired('app-1'))).toMatch(/^Este enlace de confirmación caducó el 25 de noviembre de 2026 a las 04:00 \(America\/Bogota\);/);
    expect(said(await expired('app-2'))).toMatch(/^Este enlace de confirmación caducó el 25 de noviembre de 2026 a las 09:00 \(UTC\);/);
    // English too in words, in the candidate's zone: no ISO date in prose (issue 14, point 5).
    expect((await expired('app-1')).message).toMatch(/^This confirmation link expired on 25 November 2026 at 04:00 \(America\/Bogota\);/);
  });

  it('tells the confirmer plainly when the address already holds a confirmed application (the store’s guard)', async () => {
    const { store } = memoryApplicationStore([await pending()]);
    store.confirm = async () => {
      throw new DuplicateApplication();
    };
    await expect(confirmApplication(store, 'app-1', token, new Date('2026-11-23T10:00:00.000Z'))).rejects.toThrow(Conflict);
  });
});
