import * as z from '../zod.js';
import { IdempotencyKeyReused, NotFound, ValidationFailed } from '../errors.js';
import { isTakingApplications } from '../vacancies/deadline.js';
import { vacancyClosed } from './vacancy-closed.js';
import { isAdvertised, type Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import type { Application } from './application.js';
import { confirmationExpiry } from './confirmation.js';
import { defaultLanguage, type Language } from '../i18n/languages.js';
import type { ApplicationSubmission } from './schema.js';
import { openWith, sealWith, sha256Hex } from './secrets.js';
import { IdempotencyKeyTaken, type ApplicationStore } from './store.js';

/** The furthest zone ahead of UTC (Kiribati, UTC+14): a day that has begun anywhere is not in the future. */
const EARLIEST_ZONE_AHEAD_MS = 14 * 60 * 60 * 1000;

/** A retired officer's retirement (a sending unit's applicant, shared/profiles/) has happened: a later day is a typing mistake. */
const assertRetiredAlready = (submission: ApplicationSubmission, now: Date): void => {
  const retiredOn = submission.applicantStatus?.retiredOn;
  if (retiredOn !== undefined && retiredOn > new Date(now.getTime() + EARLIEST_ZONE_AHEAD_MS).toISOString().slice(0, 10)) {
    throw new ValidationFailed([{ path: 'body.applicantStatus.retiredOn', message: 'The day you retired cannot be in the future.' }]);
  }
};

/** Replays are answered for a day, as DESIGN.md promises. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** An Idempotency-Key is the client's secret for replaying its answer: it must be hard to guess. */
export const idempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/, 'Use 16 to 128 letters, digits, - or _, such as a random UUID.'));

export interface SubmitDependencies {
  vacancies: VacancyStore;
  applications: Pick<ApplicationStore, 'get' | 'create' | 'findIdempotencyRecord'>;
  newApplicationId: () => string;
  /** Makes the status token (answered to the submitter) and the confirmation token (sent only to the address). */
  newStatusToken: () => string;
  /**
   * Aborted when the request was already answered (its function ran out of time while a table
   * read stalled): the application is then not written, so that answer's retry creates it once.
   */
  abandoned?: AbortSignal;
}

export interface Submitted {
  /** `created`: the receipt is owed (an outbox entry written with the application); `replayed`: it was owed by the first answer. */
  outcome: 'created' | 'replayed';
  application: Application;
  vacancy: Vacancy;
  statusToken: string;
  /** Only when created: for the receipt email, never for the answer. */
  confirmationToken?: string;
}

const replayedAnswer = z.object({ applicationId: z.string(), statusToken: z.string() });

/**
 * Submits an application: the vacancy must exist and take applications now. The application is
 * written unconfirmed and takes no one-per-email guard: it counts once the address is confirmed
 * from the receipt email (confirmation.ts), so the answer never depends on whether the address
 * applied before, and a stranger using someone's address locks nobody out. The application keeps
 * its language (the submission's, else the request's) for every later email. A repeated
 * Idempotency-Key with the same body gets the first answer back, with no second record.
 */
export const submitApplication = async (
  deps: SubmitDependencies,
  submission: ApplicationSubmission,
  now: Date,
  idempotencyKey?: string,
  /** The language negotiated from the request (Accept-Language), for a submission that names none. */
  requestLanguage: Language = defaultLanguage,
): Promise<Submitted> => {
  const requestHash = await sha256Hex(JSON.stringify(submission));
  const keyHash = idempotencyKey ? await sha256Hex(idempotencyKey) : undefined;

  const replay = async (): Promise<Submitted | undefined> => {
    if (!idempotencyKey || !keyHash) return undefined;
    const record = await deps.applications.findIdempotencyRecord(keyHash);
    if (!record || Date.parse(record.expiresAt) <= now.getTime()) return undefined;
    if (record.requestHash !== requestHash) {
      throw new IdempotencyKeyReused('This Idempotency-Key was used for a different application; use a new key for a new request.', {
        key: 'problem.idempotencyKeyReused.detail',
      });
    }
    const answer = replayedAnswer.parse(JSON.parse(await openWith(idempotencyKey, record.sealedAnswer)));
    const application = await deps.applications.get(answer.applicationId);
    const vacancy = application ? await deps.vacancies.get(application.vacancy) : undefined;
    if (!application || !vacancy) return undefined;
    return { outcome: 'replayed', application, vacancy, statusToken: answer.statusToken };
  };

  const replayed = await replay();
  if (replayed) return replayed;

  assertRetiredAlready(submission, now);
  const vacancy = await deps.vacancies.get(submission.vacancy);
  // One not advertised (a proposal's match made it for one officer) is not the public's to apply to, as a draft.
  if (!vacancy || vacancy.status === 'draft' || !isAdvertised(vacancy)) throw new NotFound(`There is no vacancy ${submission.vacancy}.`, { key: 'problem.notFound.vacancy', values: { number: submission.vacancy } });
  if (!isTakingApplications(vacancy, now)) throw vacancyClosed(vacancy, 'applications');

  const statusToken = deps.newStatusToken();
  const confirmationToken = deps.newStatusToken();
  const at = now.toISOString();
  const { privacyConsent: _consent, ...candidate } = submission;
  const application: Application = {
    ...candidate,
    language: submission.language ?? requestLanguage,
    id: deps.newApplicationId(),
    status: 'submitted',
    submittedAt: at,
    updatedAt: at,
    version: 1,
    privacyConsentAt: at,
    documents: {},
    statusTokenHash: await sha256Hex(statusToken),
    emailConfirmation: { tokenHash: await sha256Hex(confirmationToken), expiresAt: confirmationExpiry(now).toISOString() },
  };
  const idempotency =
    idempotencyKey && keyHash
      ? {
          keyHash,
          requestHash,
          sealedAnswer: await sealWith(idempotencyKey, JSON.stringify({ applicationId: application.id, statusToken })),
          createdAt: at,
          expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS).toISOString(),
        }
      : undefined;

  // A write already sent cannot be called back; one not yet started is not started.
  deps.abandoned?.throwIfAborted();
  try {
    await deps.applications.create(
      application,
      { at, by: 'candidate', action: 'submitted', changes: { status: { from: null, to: 'submitted' } } },
      { idempotency, receipt: { applicationId: application.id, submittedAt: at, statusToken, confirmationToken } },
    );
  } catch (error) {
    if (error instanceof IdempotencyKeyTaken) {
      // Another request with the same key won the race: answer what it answered.
      const raced = await replay();
      if (raced) return raced;
    }
    throw error;
  }
  return { outcome: 'created', application, vacancy, statusToken, confirmationToken };
};
