import { randomUUID } from 'node:crypto';
import { PDF } from '#shared/documents/kinds.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import type { AcceptedApplication } from '../support/reconciliation.js';
import { aminaSubmission } from '../support/candidates.js';
import { pdfBytes } from '../support/documents.js';

/** One answer of the API (or of the local jobs endpoint) as a client saw it. */
export interface SeenAnswer {
  route: string;
  /** When the request went and its answer came (epoch ms). */
  sentAt: number;
  answeredAt: number;
  status: number;
  type: string;
  retryAfter: string | null;
  detail: string;
}

/** When an emulator was down: from the start of its stop to the end of its start. */
export interface Outage {
  emulator: string;
  from: number;
  to: number;
}

/** After a restart, a client may still hold a connection to the stopped emulator for a moment. */
const OUTAGE_GRACE_MS = 1_000;

/** The local jobs endpoint's answer for a run that threw (infra/local/gateway/server.ts): Lambda's failed invocation. */

/** What the clients saw during a run: every answer, the outages, and the S3 posts that found S3 down. */
export class AnswerLog {
  readonly answers: SeenAnswer[] = [];
  readonly outages: Outage[] = [];
  s3PostFailures = 0;
  /** Requests that got a 503 and then, sent again, succeeded. */
  recoveredAfter503 = 0;

  duringOutage(answer: Pick<SeenAnswer, 'sentAt' | 'answeredAt'>): boolean {
    return this.outages.some((outage) => answer.sentAt <= outage.to + OUTAGE_GRACE_MS && answer.answeredAt >= outage.from);
  }

  /**
   * Success, or a 503 problem+json that says when to come back: what a client can act on. A job
   * run that met an emulator down answers the same (Scheduler retries it on AWS).
   */
  acceptable(answer: SeenAnswer): boolean {
    if (answer.status >= 200 && answer.status < 300) return true;
    return answer.status === 503 && answer.type.startsWith('application/problem+json') && answer.retryAfter !== null;
  }

  unacceptable(): SeenAnswer[] {
    return this.answers.filter((answer) => !this.acceptable(answer));
  }

  count(status: number): number {
    return this.answers.filter((answer) => answer.status === status).length;
  }
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** Retry sooner than Retry-After (2 s) asks, with jitter: a client that presses harder finds more. */
const retryPause = () => new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 250));

/** Gives up on a request only after this many unacceptable answers, so a defect fails the test instead of hanging it. */
const MAX_UNACCEPTABLE = 5;

export class RetryingClients {
  constructor(
    private readonly url: string,
    private readonly log: AnswerLog,
  ) {}

  private async once(route: string, method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
    const sentAt = Date.now();
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = { text };
    }
    this.log.answers.push({
      route,
      sentAt,
      answeredAt: Date.now(),
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      detail: typeof parsed.detail === 'string' ? parsed.detail : typeof parsed.title === 'string' ? parsed.title : '',
    });
    return { status: response.status, body: parsed };
  }

  /** Sends the same request until it succeeds, as a real client does with a 503; gives up after a few other answers. */
  async untilSuccess(route: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    let unacceptable = 0;
    let unavailable = false;
    for (;;) {
      const answer = await this.once(route, method, path, body, headers);
      if (answer.status >= 200 && answer.status < 300) {
        if (unavailable) this.log.recoveredAfter503 += 1;
        return answer;
      }
      if (answer.status === 503) unavailable = true;
      else unacceptable += 1;
      if (unacceptable >= MAX_UNACCEPTABLE) return answer;
      await retryPause();
    }
  }

  /** POST /applications with an Idempotency-Key, retried with the same key until the 201. */
  async submit(email: string): Promise<(AcceptedApplication & { statusToken: string }) | undefined> {
    const idempotencyKey = randomUUID();
    const answer = await this.untilSuccess('POST /applications', 'POST', '/applications', aminaSubmission({ email }), { 'Idempotency-Key': idempotencyKey });
    if (answer.status !== 201) return undefined;
    return {
      applicationId: String(answer.body.applicationId),
      statusToken: String(answer.body.statusToken),
      email,
      vacancy: '1701',
      idempotencyKey,
      documents: {},
    };
  }

  /** A document as the form page sends one: an offer, the presigned POST to S3 (retried while S3 is down), complete. */
  async upload(application: AcceptedApplication & { statusToken: string }, kind: 'cv' | 'confirmationLetter'): Promise<boolean> {
    const base = `/applications/${application.applicationId}/documents/${kind}`;
    const auth = { authorization: `Bearer ${application.statusToken}` };
    const offered = await this.untilSuccess('POST /applications/{id}/documents/{kind}', 'POST', base, { contentType: PDF }, auth);
    if (offered.status !== 201) return false;
    const offer = offered.body as unknown as UploadOffer;
    const file = pdfBytes(`${kind} of ${application.email}`);
    if (!(await this.postToS3(offer, file))) return false;
    const completed = await this.untilSuccess('POST /applications/{id}/documents/{kind}/complete', 'POST', `${base}/complete`, { key: offer.fields.key }, auth);
    if (completed.status !== 200) return false;
    const document = completed.body.document as { size: number };
    application.documents[kind] = { size: document.size };
    return true;
  }

  private async postToS3({ url, fields }: UploadOffer, file: Uint8Array): Promise<boolean> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', new Blob([file as Uint8Array<ArrayBuffer>], { type: PDF }), 'document.pdf');
      const status = await fetch(url, { method: 'POST', body: form }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      if (status >= 200 && status < 300) return true;
      if (status !== 0 && status < 500) {
        const at = Date.now();
        this.log.answers.push({ route: 'S3 presigned POST', sentAt: at, answeredAt: at, status, type: '', retryAfter: null, detail: 'S3 refused the upload' });
        return false;
      }
      this.log.s3PostFailures += 1;
      await retryPause();
    }
    return false;
  }

  /** PATCH as HR at the version last seen; answers the new version (or undefined after an unacceptable answer). */
  async edit(patch: (method: string, path: string, body: unknown) => Promise<Answer & { type: string; headers: Headers }>, id: string, version: number, note: string) {
    let unacceptable = 0;
    let unavailable = false;
    let seen = version;
    for (;;) {
      const sentAt = Date.now();
      const answer = await patch('PATCH', `/admin/applications/${id}`, { version: seen, note });
      this.log.answers.push({
        route: 'PATCH /admin/applications/{id}',
        sentAt,
        answeredAt: Date.now(),
        status: answer.status,
        type: answer.type,
        retryAfter: answer.headers.get('retry-after'),
        detail: typeof answer.body.detail === 'string' ? answer.body.detail : '',
      });
      if (answer.status === 200) {
        if (unavailable) this.log.recoveredAfter503 += 1;
        return Number(answer.body.version);
      }
      if (answer.status === 503) unavailable = true;
      else unacceptable += 1;
      // A stale version here means an edit answered 503 had been written after all: go on from the row as it is.
      const current = answer.body.current as { version?: number } | undefined;
      if (answer.status === 409 && current?.version) seen = current.version;
      if (unacceptable >= MAX_UNACCEPTABLE) return undefined;
      await retryPause();
    }
  }

  /** Runs a scheduled job at `now` until a run succeeds (Scheduler retries a failed run). */
  job(name: string, now: string): Promise<Answer> {
    return this.untilSuccess(`POST /_local/jobs/${name}`, 'POST', `/_local/jobs/${name}?now=${now}`, undefined);
  }
}
