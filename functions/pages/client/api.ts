import { t, language } from './words.js';

/**
 * Calls to the API beside the page. URLs are relative to where the page is served (the API's root
 * on AWS has a stage prefix such as /dev/), so one page works in both runtimes.
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldProblem[];
}

/** An answer that was not a success: the problem+json the API sent, or one written here. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

/** The API's root: the folder the page is served from (`/` locally, `/<stage>/` on AWS). */
export const apiRoot = (): URL => {
  const here = new URL(window.location.href);
  // The form is the API's root resource: `/dev` and `/dev/` are both it.
  if (document.body.dataset.page === 'form' && !here.pathname.endsWith('/')) here.pathname += '/';
  return new URL('.', here);
};

export const apiUrl = (path: string): string => new URL(path, apiRoot()).href;

/**
 * The link that opens the status page; the id and token sit in the fragment, which browsers never
 * send. A language the reader chose (`?lang=`) goes with it; otherwise the status page opens in
 * the application's own language.
 */
export const statusLink = (applicationId: string, statusToken: string): string => {
  const url = new URL('status', apiRoot());
  if (new URL(window.location.href).searchParams.has('lang')) url.searchParams.set('lang', language);
  url.hash = new URLSearchParams({ id: applicationId, token: statusToken }).toString();
  return url.href;
};

const asProblem = (status: number, body: unknown): Problem => {
  const given = typeof body === 'object' && body !== null ? (body as Partial<Problem>) : {};
  return {
    type: typeof given.type === 'string' ? given.type : 'about:blank',
    title: typeof given.title === 'string' ? given.title : t('api.status', { status }),
    status,
    detail: typeof given.detail === 'string' ? given.detail : '',
    errors: Array.isArray(given.errors) ? given.errors.filter((e): e is FieldProblem => typeof e?.path === 'string' && typeof e?.message === 'string') : [],
  };
};

export const unreachable = (): ApiError =>
  new ApiError({
    type: 'about:blank',
    title: t('api.unreachable.title'),
    status: 0,
    detail: t('api.unreachable.detail'),
    errors: [],
  });

export interface CallOptions {
  body?: string;
  statusToken?: string;
  idempotencyKey?: string;
}

export const callApi = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, options: CallOptions = {}): Promise<T> => {
  // The API answers its problems in the page's language (the switcher's choice), not the browser's.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.statusToken) headers.Authorization = `Bearer ${options.statusToken}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method, headers, body: options.body, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw unreachable();
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw new ApiError(asProblem(response.status, body));
  return body as T;
};

/** A fresh random key for one submission attempt (crypto.randomUUID needs a secure context, which the page has). */
export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
