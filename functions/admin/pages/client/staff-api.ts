/** Calls to the staff routes, with the signed-in user's ID token; a 401 sends the user to sign in again. */
import { apiUrl, type FieldProblem } from '../../../pages/client/api.js';
import { currentToken, signIn } from './session.js';
import { language, t } from '../../../pages/client/words.js';

/** A staff route said no: its problem+json, and the whole body (a 409 carries `current`, the row as stored now). */
export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[],
    readonly body: Record<string, unknown>,
  ) {
    super(detail || title);
  }
}

export interface StaffCall {
  /** JSON, sent as application/json. */
  json?: unknown;
  /** A file sent as is (an import), with its own content type. */
  raw?: { body: Blob; contentType: string };
  /** A creating POST's Idempotency-Key: the same request sent again (a lost answer) is applied once. */
  idempotencyKey?: string;
}

const parse = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export const staffApi = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, call: StaffCall = {}): Promise<T> => {
  const token = currentToken();
  if (!token) return signIn();
  // The page's language: the API words its validation problems in it (the NCB's dialog shows them).
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language, Authorization: `Bearer ${token}` };
  if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.raw) {
    headers['Content-Type'] = call.raw.contentType;
    body = call.raw.body;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method, headers, body, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new StaffApiError(0, t('api.unreachable.title'), t('api.unreachable.detail'), [], {});
  }
  const answer = parse(await response.text().catch(() => ''));
  // The token expired or was revoked: sign in again and come back here.
  if (response.status === 401) return signIn();
  if (!response.ok) {
    const errors = Array.isArray(answer.errors)
      ? (answer.errors as unknown[]).filter((e): e is FieldProblem => typeof (e as FieldProblem)?.path === 'string' && typeof (e as FieldProblem)?.message === 'string')
      : [];
    throw new StaffApiError(
      response.status,
      typeof answer.title === 'string' ? answer.title : t('api.status', { status: response.status }),
      typeof answer.detail === 'string' ? answer.detail : '',
      errors,
      answer,
    );
  }
  return answer as T;
};

/** A failed call in words for the page: the problem's title, detail and field messages, or `otherwise`. */
export const describeProblem = (error: unknown, otherwise = t('upload.somethingWrong')): string =>
  error instanceof StaffApiError ? [error.title, error.detail, ...error.errors.map((e) => e.message)].filter(Boolean).join(' ') : otherwise;

/** The row as stored now, which a 409 carries as `current`. */
export const currentRowOf = <T>(error: unknown): T | undefined =>
  error instanceof StaffApiError && error.status === 409 && typeof error.body.current === 'object' && error.body.current !== null
    ? (error.body.current as T)
    : undefined;

/** A path segment, encoded. */
export const segment = encodeURIComponent;
