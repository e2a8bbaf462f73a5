/**
 * Which letter an application is due, read from its state alone (its status, the stage it left
 * when rejected, its test result, its offer, the chair's recommendation): no status-changing path
 * has to remember to send anything. A letter is due once per application and occasion; the claim
 * (shared/email/send-once.ts) makes it go once, whoever sends it (the job or HR's bulk send).
 */
import { isConfirmed, type Application } from '../applications/application.js';
import type { ApplicationStatus } from '../applications/status-machine.js';
import type { ClaimKey } from '../email/send-once.js';
import type { RecommendationDecision } from '../selection/recommendation.js';
import type { NotRetainedStage, SentLetterKind } from './kinds.js';

/** What an application's letter depends on beyond the application itself. */
export interface LetterFacts {
  /** The status it had when it was rejected (its history); absent when not rejected or not known. */
  rejectedFrom?: ApplicationStatus;
  /** The chair's recommendation for it, when one was made. */
  recommendation?: RecommendationDecision;
  /** The vacancy has a written test: its invitation then tells the shortlisted, not a letter of ours. */
  writtenTest: boolean;
}

export interface DueLetter {
  kind: SentLetterKind;
  applicationId: string;
  /** What makes this letter another one: a new test, a new offer (the claim's third part). */
  occasion: string;
  /** For `not-retained`: the stage it was reached at. */
  stage?: NotRetainedStage;
}

/** The statuses whose applications may be due each kind: the Queries (by vacancy and status) a run makes. */
export const statusesOf: Readonly<Record<SentLetterKind, readonly ApplicationStatus[]>> = {
  shortlisted: ['shortlisted'],
  'test-result': ['shortlisted', 'tested'],
  reserve: ['interviewed'],
  offer: ['offered'],
  appointed: ['appointed'],
  'not-retained': ['rejected'],
};

/** The stage a rejection came at, in words a candidate may read: never more than how far they got. */
export const stageOf = (rejectedFrom: ApplicationStatus | undefined, tested: boolean): NotRetainedStage => {
  switch (rejectedFrom) {
    case 'shortlisted':
      return tested ? 'test' : 'shortlisting';
    case 'tested':
      return 'test';
    case 'interviewed':
    case 'offered':
      return 'interview';
    default:
      return 'screening';
  }
};

/**
 * The letter of `kind` that `application` is due now, or undefined. An unconfirmed application
 * (whoever typed the address may not own it) and one ended because its vacancy was cancelled (told
 * by the cancellation) are due none.
 */
export const dueLetter = (application: Application, kind: SentLetterKind, facts: LetterFacts): DueLetter | undefined => {
  if (!isConfirmed(application)) return undefined;
  const due = (occasion: string, stage?: NotRetainedStage): DueLetter => ({ kind, applicationId: application.id, occasion, ...(stage ? { stage } : {}) });
  switch (kind) {
    case 'shortlisted':
      return application.status === 'shortlisted' && !facts.writtenTest ? due(application.vacancy) : undefined;
    case 'test-result':
      return application.writtenTest && ['shortlisted', 'tested'].includes(application.status) ? due(application.writtenTest.testId) : undefined;
    case 'reserve':
      return application.status === 'interviewed' && facts.recommendation === 'reserve' ? due(application.vacancy) : undefined;
    case 'offer': {
      const offer = application.offer;
      return application.status === 'offered' && offer && !offer.answer && !offer.lapsedAt ? due(offer.madeAt) : undefined;
    }
    case 'appointed':
      return application.status === 'appointed' ? due(application.vacancy) : undefined;
    case 'not-retained':
      if (application.status !== 'rejected' || application.endedBecause === 'vacancy-cancelled') return undefined;
      return due(application.vacancy, stageOf(facts.rejectedFrom, application.writtenTest !== undefined));
  }
};

/**
 * How long a letter's claims are kept: a letter is due from a state that may last for years (an
 * appointment is kept 3,650 days by default, up to 36,500), so its claim must not expire before the
 * application, or the letter would be due again; the application's purge erases its partition,
 * claims and all (functions/adapters/dynamodb/retention-store.ts).
 */
export const LETTER_CLAIM_LIFETIME_MS = 100 * 366 * 24 * 60 * 60 * 1000;

/** The claim of a letter to the candidate: `APPLICATION#<id>` / `letter-<kind>` / its occasion. */
export const letterClaim = (letter: Pick<DueLetter, 'kind' | 'applicationId' | 'occasion'>): ClaimKey => ({
  scope: `APPLICATION#${letter.applicationId}`,
  kind: `letter-${letter.kind}`,
  day: letter.occasion,
});

/** The claim of its copy to the candidate's NCB: a claim of its own, so each goes once whatever befalls the other. */
export const ncbCopyClaim = (letter: Pick<DueLetter, 'kind' | 'applicationId' | 'occasion'>): ClaimKey => ({
  scope: `APPLICATION#${letter.applicationId}`,
  kind: `letter-${letter.kind}-ncb`,
  day: letter.occasion,
});

/** The status an application had when it was rejected: the last status change into `rejected` in its history. */
export const rejectedFromOf = (history: ReadonlyArray<{ changes: Record<string, { from: unknown; to: unknown }> }>): ApplicationStatus | undefined => {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const change = history[index]?.changes.status;
    if (change && change.to === 'rejected') return change.from as ApplicationStatus;
  }
  return undefined;
};
