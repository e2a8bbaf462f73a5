import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { EditConflict } from '#shared/audit/edit-conflict.js';
import { PostsTaken } from '#shared/admin/posts-taken.js';
import { DocumentRejected, DomainError, SecondmentRulesBroken, ValidationFailed } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import type { Language } from '#shared/i18n/languages.js';
import { fieldMessage } from '#shared/i18n/validation.js';
import { isTransientDependencyFailure } from '../../adapters/dependency-failure.js';
import type { Logger } from '../../observability/logger.js';
import { HttpProblem, serviceUnavailable, type HttpProblemTranslation } from '../http-problem.js';
import { problemText } from '../problem-message.js';
import { problemTypes } from '../problem-types.js';
import { requestLanguage } from '../request-language.js';
import { problem } from '../response.js';

const DEFAULT_VALIDATION_DETAIL = new ValidationFailed([]).message;

/**
 * A problem's title and detail in the request's language, when it is not English and the error
 * says what a candidate or an NCB reads (its translation). English answers keep the table's
 * title and the error's own message; an error without a translation (HR's alone) stays English
 * whole, title too, so one answer is in one language, the one Content-Language names.
 */
const saidIn = (language: Language, translation: HttpProblemTranslation | undefined, logger: Logger): { title: string; detail: string; language: Language } | undefined => {
  if (language === 'en' || !translation) return undefined;
  const t = validationTranslatorFor(language);
  try {
    return { title: t.t(translation.title), detail: problemText(t, translation.detail), language };
  } catch (failure) {
    // A message its values do not fit is a bug; the reader still gets the English answer, never a 500.
    logger.error('problem message not said', { key: translation.detail.key, language, error: (failure as Error).name });
    return undefined;
  }
};

/** What a 500 says: nothing of the error itself. */
const internal = { type: '/problems/internal', title: 'Internal error', status: 500, detail: 'Something went wrong on our side. It has been logged; please try again later.' };
const internalTranslation: HttpProblemTranslation = { title: 'problem.internal.title', detail: { key: 'problem.internal.detail' } };

/**
 * Turns every error into application/problem+json. Domain errors and exposed HTTP problems say
 * what went wrong; anything else is a generic 500 that leaks nothing (the log keeps its name).
 */
export const problemErrors = (logger: Logger): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  name: 'problemErrors',
  onError: (request) => {
    const error = request.error ?? new Error('unknown');
    const instance = request.event.requestContext?.requestId;
    if (error instanceof ValidationFailed) {
      // A 400 speaks the request's language (shared/i18n/validation.ts), and says which in Content-Language.
      const t = validationTranslatorFor(requestLanguage(request.event));
      const errors = error.errors.map((issue) => ({ path: issue.path, message: fieldMessage(issue.message, t) }));
      const detail = error.message === DEFAULT_VALIDATION_DETAIL ? t.t('problem.validation.detail') : error.message;
      const { type, status } = problemTypes.validation;
      request.response = problem({ type, status, title: t.t('problem.validation.title'), detail, instance, errors }, { 'Content-Language': t.language });
      return;
    }
    if (error instanceof DomainError) {
      const { type, status, ...english } = problemTypes[error.kind];
      const translation = error.translation && { title: problemTypes[error.kind].titleKey, detail: error.translation };
      const said = saidIn(requestLanguage(request.event), translation, logger);
      const errors = error instanceof SecondmentRulesBroken ? error.errors : undefined;
      const reason = error instanceof DocumentRejected ? { reason: error.reason } : {};
      // A stale edit answers with the row as it is now, so the editor sees what changed.
      const current = error instanceof EditConflict ? { current: error.current } : {};
      // A full vacancy says how full: its posts, and how many offers outstanding plus appointments hold them.
      const posts = error instanceof PostsTaken ? { posts: error.posts, held: error.held } : {};
      request.response = problem(
        { type, status, title: said?.title ?? english.title, detail: said?.detail ?? error.message, instance, ...(errors ? { errors } : {}), ...reason, ...current, ...posts },
        { 'Content-Language': said?.language ?? 'en' },
      );
      return;
    }
    const transient = !(error instanceof HttpProblem) && isTransientDependencyFailure(error);
    if (transient) logger.warn('dependency unavailable', { error: error.name, requestId: instance });
    const exposed = transient ? serviceUnavailable() : error;
    if (exposed instanceof HttpProblem && exposed.expose) {
      const said = saidIn(requestLanguage(request.event), exposed.translation, logger);
      request.response = problem(
        { type: exposed.type, title: said?.title ?? exposed.title, status: exposed.statusCode, detail: said?.detail ?? exposed.detail, instance },
        { ...exposed.headers, 'Content-Language': said?.language ?? 'en' },
      );
      return;
    }
    // The stack's first line repeats the message, which may quote personal data: frames only.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    logger.error('unhandled error', { error: error.name, stack: frames, requestId: instance });
    const said = saidIn(requestLanguage(request.event), internalTranslation, logger);
    request.response = problem(
      { ...internal, title: said?.title ?? internal.title, detail: said?.detail ?? internal.detail, instance },
      { 'Content-Language': said?.language ?? 'en' },
    );
  },
});
