import type { LocalStack } from '#infra/local/stack.js';
import { aminaSubmission, openVacancy } from './candidates.js';
import { hrOfficer, ncbFrance, staffToken, type StaffIdentity } from './staff.js';

/**
 * One fixed walk through a receiving stage's API and pages, the same requests in the same order,
 * with what varies from run to run (ids, tokens, inline assets) put in neutral words, so that two
 * versions of the code can be compared answer by answer (test/integration/receiving-unchanged.test.ts).
 * Written to run unchanged on the code before issue 18: it imports only what that code had.
 */
export interface RecordedAnswer {
  request: string;
  status: number;
  type: string;
  headers: Record<string, string>;
  body: unknown;
}

interface Step {
  method: string;
  path: string | ((found: Found) => string);
  body?: unknown | ((found: Found) => unknown);
  raw?: string;
  as?: StaffIdentity;
  headers?: Record<string, string>;
}

interface Found {
  applicationId: string;
  statusToken: string;
}

const ANSWER_HEADERS = ['content-type', 'content-language', 'location', 'cache-control', 'idempotent-replayed', 'vary'];

/** What changes between two runs of the same code, or with its bundled assets, named in neutral words in order of appearance. */
export const neutralised = (text: string): string => {
  const seen = new Map<string, string>();
  const name = (kind: string) => (value: string) => {
    if (!seen.has(value)) seen.set(value, `<${kind}#${[...seen.values()].filter((v) => v.startsWith(`<${kind}#`)).length + 1}>`);
    return seen.get(value) ?? value;
  };
  return text
    .replace(/<script([^>]*)>[\s\S]*?<\/script>/g, '<script$1><inline script></script>')
    .replace(/<style([^>]*)>[\s\S]*?<\/style>/g, '<style$1><inline style></style>')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-<hash>'")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, name('id'))
    .replace(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, name('token'))
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:<port>')
    .replace(/X-Amz-[A-Za-z-]+=[^&"\s]+/g, 'X-Amz-<signed>')
    .replace(/"(x-amz-[a-z-]+|policy|key)":"[^"]*"/gi, '"$1":"<signed>"');
};

const steps: Step[] = [
  { method: 'GET', path: '/vacancies' },
  { method: 'GET', path: '/vacancies?status=all' },
  { method: 'GET', path: '/vacancies/1701' },
  { method: 'GET', path: '/vacancies/NOPE' },
  { method: 'GET', path: '/vacancies?status=some' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/?vacancy=1701', headers: { 'accept-language': 'ar' } },
  { method: 'GET', path: '/status', headers: { 'accept-language': 'fr' } },
  { method: 'POST', path: '/applications', body: {} },
  { method: 'POST', path: '/applications', raw: '{"vacancy":' },
  { method: 'POST', path: '/applications', body: aminaSubmission({ category: 'serving-police' }) },
  { method: 'POST', path: '/applications', body: aminaSubmission({ applicantStatus: { force: 'met' } }), headers: { 'accept-language': 'es' } },
  { method: 'POST', path: '/applications', body: aminaSubmission({ languages: ['en'], languageLevels: { fr: 'B2' }, language: 'fr' }) },
  { method: 'POST', path: '/applications', body: aminaSubmission({ vacancy: 'NOPE' }) },
  { method: 'POST', path: '/applications', body: aminaSubmission() },
  { method: 'GET', path: (found) => `/applications/${found.applicationId}`, headers: {} },
  { method: 'GET', path: (found) => `/applications/${found.applicationId}?token=wrong` },
  { method: 'GET', path: '/admin/applications?vacancy=1701', as: hrOfficer },
  { method: 'GET', path: '/admin/applications/summary?vacancy=1701', as: hrOfficer },
  { method: 'GET', path: '/admin/applications?vacancy=1701', as: ncbFrance },
  { method: 'GET', path: '/admin/applications/export?vacancy=1701&format=csv', as: hrOfficer },
  { method: 'GET', path: '/admin/vacancies', as: hrOfficer },
  { method: 'POST', path: '/admin/vacancies', body: { ...openVacancy({ number: 'R-1', deadline: '2026-12-20' }), status: 'draft' }, as: hrOfficer },
  { method: 'POST', path: '/admin/vacancies', body: { ...openVacancy({ number: 'R-2' }), status: 'draft', mission: { mission: 'EULEX Kosovo' } }, as: hrOfficer },
  { method: 'POST', path: '/admin/vacancies', body: { ...openVacancy({ number: 'R-3', deadline: '2026-10-01' }), status: 'open' }, as: hrOfficer },
  { method: 'GET', path: '/admin/vacancies/R-1/history', as: hrOfficer },
  { method: 'GET', path: '/admin/applications?vacancy=1701', as: hrOfficer, headers: { authorization: 'Bearer nonsense' } },
];

/** The instant the walk's stack is started at: demo vacancy 1701 open, its deadline ahead. */
export const RECEIVING_WALK_AT = '2026-11-22T09:00:00Z';

/** Runs the walk against a running stack, whose clock the caller has fixed at RECEIVING_WALK_AT. */
export const walkReceivingStage = async (stack: Pick<LocalStack, 'url'>): Promise<RecordedAnswer[]> => {
  const found: Found = { applicationId: '', statusToken: '' };
  const tokens = new Map<string, string>();
  const answers: RecordedAnswer[] = [];
  for (const step of steps) {
    const path = typeof step.path === 'function' ? step.path(found) : step.path;
    const body = typeof step.body === 'function' ? (step.body as (f: Found) => unknown)(found) : step.body;
    const headers: Record<string, string> = { ...step.headers };
    if (step.as) {
      if (!tokens.has(step.as.email)) tokens.set(step.as.email, await staffToken(stack, step.as));
      headers.authorization ??= `Bearer ${tokens.get(step.as.email) ?? ''}`;
    }
    if (path.startsWith('/applications/') && step.method === 'GET' && !path.includes('token=')) headers.authorization = `Bearer ${found.statusToken}`;
    if (body !== undefined || step.raw !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${stack.url}${path}`, { method: step.method, headers, ...(step.raw !== undefined ? { body: step.raw } : body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (type.includes('json') && text) parsed = JSON.parse(text);
    if (step.method === 'POST' && path === '/applications' && response.status === 201) {
      const created = parsed as { applicationId: string; statusToken: string };
      found.applicationId = created.applicationId;
      found.statusToken = created.statusToken;
    }
    const kept = Object.fromEntries(ANSWER_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name) ?? '']] : [])));
    answers.push({ request: `${step.method} ${path}`, status: response.status, type, headers: kept, body: parsed });
  }
  return JSON.parse(neutralised(JSON.stringify(answers))) as RecordedAnswer[];
};
