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
import { HttpProblem, serviceUnavailable } from '../http-problem.js';
import { problemText } from '../problem-message.js';
import { problemTypes } from '../problem-types.js';
import { requestLanguage } from '../request-language.js';
import { problem } from '../response.js';

const DEFAULT_VALIDATION_DETAIL = new ValidationFailed([]).message;

/**
 * A domain error's title and detail in the request's language, when it is not English and the
 * error says what a candidate or an NCB reads (its `translation`). English answers keep the
 * table's title and the error's own message; an error without a translation (HR's alone) stays
 * English whole, title too, so one answer is in one language, the one Content-Language names.
 */
const saidIn = (language: Language, error: DomainError, logger: Logger): { title: string; detail: string; language: Language } | undefined => {
  if (language === 'en' || !error.translation) return undefined;
  const t = validationTranslatorFor(language);
  try {
    return { title: t.t(problemTypes[error.kind].titleKey), detail: problemText(t, error.translation), language };
  } catch (failure) {
    // A message its values do not fit is a bug; the reader still gets the English answer, never a 500.
    logger.error('problem message not said', { key: error.translation.key, language, error: (failure as Error).name });
    return undefined;
  }
};

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
      const said = saidIn(requestLanguage(request.event), error, logger);
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
      request.response = problem(
        { type: exposed.type, title: exposed.title, status: exposed.statusCode, detail: exposed.detail, instance },
        exposed.headers,
      );
      return;
    }
    // The stack's first line repeats the message, which may quote personal data: frames only.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    logger.error('unhandled error', { error: error.name, stack: frames, requestId: instance });
    request.response = problem({
      type: '/problems/internal',
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side. It has been logged; please try again later.',
      instance,
    });
  },
});
