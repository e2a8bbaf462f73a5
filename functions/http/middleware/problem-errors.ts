import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { EditConflict } from '#shared/audit/edit-conflict.js';
import { PostsTaken } from '#shared/admin/posts-taken.js';
import { DocumentRejected, DomainError, SecondmentRulesBroken, ValidationFailed } from '#shared/errors.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { fieldMessage } from '#shared/i18n/validation.js';
import { isTransientDependencyFailure } from '../../adapters/dependency-failure.js';
import type { Logger } from '../../observability/logger.js';
import { HttpProblem, serviceUnavailable } from '../http-problem.js';
import { problemTypes } from '../problem-types.js';
import { requestLanguage } from '../request-language.js';
import { problem } from '../response.js';

const DEFAULT_VALIDATION_DETAIL = new ValidationFailed([]).message;

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
      request.response = problem(
        { ...problemTypes.validation, title: t.t('problem.validation.title'), detail, instance, errors },
        { 'Content-Language': t.language },
      );
      return;
    }
    if (error instanceof DomainError) {
      const kind = problemTypes[error.kind];
      const errors = error instanceof SecondmentRulesBroken ? error.errors : undefined;
      const reason = error instanceof DocumentRejected ? { reason: error.reason } : {};
      // A stale edit answers with the row as it is now, so the editor sees what changed.
      const current = error instanceof EditConflict ? { current: error.current } : {};
      // A full vacancy says how full: its posts, and how many offers outstanding plus appointments hold them.
      const posts = error instanceof PostsTaken ? { posts: error.posts, held: error.held } : {};
      request.response = problem({ ...kind, detail: error.message, instance, ...(errors ? { errors } : {}), ...reason, ...current, ...posts });
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
