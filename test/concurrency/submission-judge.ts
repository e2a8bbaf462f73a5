import { expect } from 'vitest';
import type { PlannedSubmit } from './submission-plan.js';

/** What `POST /applications` answered one planned request, in the end. */
export interface SubmitAnswer {
  status: number;
  type: string;
  body: Record<string, unknown>;
  replayed: boolean;
  /** When it was first sent and finally answered (performance.now()): to tell whether repeats really raced. */
  inFlight: [number, number];
  /** The 503s and 504s it got first: each was retried as is, as a client does (same key, same body). */
  retried: number[];
}

/** The request that created an application, and what it was answered (unknown after a 504 without a key). */
export interface Created {
  request?: PlannedSubmit;
  applicationId?: string;
  statusToken?: string;
}

const sameRequest = (a: PlannedSubmit, b: PlannedSubmit) => a.key !== undefined && a.key === b.key && JSON.stringify(a.body) === JSON.stringify(b.body);

type Sent = { request: PlannedSubmit; answer: SubmitAnswer };

/**
 * The requests that make one application: those sharing an Idempotency-Key (a retry, or the same
 * key with another body), or a keyless request alone. A second submission from the same email
 * under another key is an application of its own: it is answered 201 like any other, and only
 * its confirmation is refused (shared/applications/confirmation.ts).
 */
export const submissionOf = (request: PlannedSubmit): string => (request.key !== undefined ? `key:${request.key}` : `no-key:${request.email}#${request.n}`);

const shown = (group: Sent[]) =>
  group
    .map(({ request, answer }) => `#${request.n} ${request.role}${request.key ? '' : ' (no key)'} ${[...answer.retried, answer.status].join('→')}${answer.replayed ? ' replayed' : ''} ${String(answer.body.detail ?? '')}`)
    .join('; ');

/**
 * Which request of a submission created its application. Its answer says so (201 without
 * `Idempotent-Replayed`), or, when the attempt that created it was answered 503 or 504 (a write
 * in flight when the answer went may still land: neither promises nothing changed), its retry's
 * replay does, or, without a key, nothing can.
 */
const creatorOf = (submission: string, group: Sent[]): Created => {
  const created = group.filter(({ answer }) => answer.status === 201 && !answer.replayed);
  expect(created.length, `${submission}: at most one request creates the application; got ${shown(group)}`).toBeLessThanOrEqual(1);
  const interrupted = (retried: number[]) => retried.includes(503) || retried.includes(504);
  const [winner] = created.length === 1 ? created : group.filter(({ answer }) => answer.status === 201 && answer.replayed && interrupted(answer.retried));
  if (winner) return { request: winner.request, applicationId: String(winner.answer.body.applicationId), statusToken: String(winner.answer.body.statusToken) };
  const interruptedWithoutKey = group.some(({ request, answer }) => request.key === undefined && interrupted(answer.retried));
  expect(interruptedWithoutKey, `${submission}: exactly one request creates the application; got ${shown(group)}`).toBe(true);
  return {};
};

/**
 * Holds every answer to the contract (DESIGN.md, shared/applications/submit.ts), whatever order
 * the requests landed in. Per submission (an Idempotency-Key, or a keyless request) exactly one
 * request created an application; every other one is, by what it is next to that one: the same
 * body → 201 with the first answer and `Idempotent-Replayed: true`; another body → 422
 * idempotency-key-reused. A repeated email is never refused at submit: its answer must not tell
 * anyone that the address applied. Nothing else in the end: no 409, no 500, and a 503 or 504
 * only on the way, retried. Answers the creators by submission.
 */
export const judgeSubmissions = (requests: PlannedSubmit[], answers: SubmitAnswer[]): Map<string, Created> => {
  const bySubmission = new Map<string, Sent[]>();
  for (const [index, request] of requests.entries()) {
    const submission = submissionOf(request);
    bySubmission.set(submission, [...(bySubmission.get(submission) ?? []), { request, answer: answers[index] as SubmitAnswer }]);
  }
  const creators = new Map<string, Created>();
  for (const [submission, group] of bySubmission) {
    const creator = creatorOf(submission, group);
    creators.set(submission, creator);
    for (const { request, answer } of group) {
      if (request === creator.request) continue;
      const what = `${submission} #${request.n} (${request.role}) against #${creator.request?.n ?? '?'} (${creator.request?.role ?? 'unknown'}): ${shown(group)}`;
      if (creator.request && sameRequest(request, creator.request)) {
        expect({ status: answer.status, replayed: answer.replayed, applicationId: answer.body.applicationId, statusToken: answer.body.statusToken }, what).toEqual({
          status: 201,
          replayed: true,
          applicationId: creator.applicationId,
          statusToken: creator.statusToken,
        });
      } else {
        // The same key with another body; with the creator unknown (a 504 on the way), a 422 all the same.
        expect({ status: answer.status, type: answer.body.type }, what).toEqual({ status: 422, type: '/problems/idempotency-key-reused' });
        expect(answer.type, what).toContain('application/problem+json');
      }
    }
  }
  return creators;
};

/** How many of each final answer, and of the 503s and 504s retried on the way: printed with the run, and summed against the plan. */
export const answerCounts = (answers: SubmitAnswer[]) => {
  const counts: Record<string, number> = {};
  const count = (label: string) => (counts[label] = (counts[label] ?? 0) + 1);
  for (const answer of answers) {
    count(answer.status === 201 ? (answer.replayed ? '201 replayed' : '201 created') : String(answer.status));
    for (const status of answer.retried) count(`${status} retried`);
  }
  return counts;
};

/** How many repeats were in flight at the same time as another request of their candidate (email): printed, never asserted. */
export const overlappingRepeats = (requests: PlannedSubmit[], answers: SubmitAnswer[]): number => {
  const byEmail = new Map<string, Array<[number, number]>>();
  for (const [index, request] of requests.entries()) byEmail.set(request.email, [...(byEmail.get(request.email) ?? []), (answers[index] as SubmitAnswer).inFlight]);
  let overlapping = 0;
  for (const [index, request] of requests.entries()) {
    if (request.role === 'original') continue;
    const mine = (answers[index] as SubmitAnswer).inFlight;
    const others = (byEmail.get(request.email) ?? []).filter((span) => span !== mine);
    if (others.some(([sent, answered]) => sent < mine[1] && mine[0] < answered)) overlapping += 1;
  }
  return overlapping;
};
