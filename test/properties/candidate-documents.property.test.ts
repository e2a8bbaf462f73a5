import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationPathSchema } from '#functions/applications/application-path.js';
import { documentPathSchema } from '#functions/documents/document-path.js';
import { PDF } from '#shared/documents/kinds.js';
import { uploadCompletionSchema, uploadRequestSchema } from '#shared/documents/schema.js';
import type { UploadOffer } from '#shared/documents/uploads.js';
import { hostileString, inUrl, lineBreaks, traversals, unicodeEdges } from '../support/arbitraries.js';
import { aminaSubmission } from '../support/candidates.js';
import { pdfBytes, pngBytes } from '../support/documents.js';
import { startTestStack } from '../support/local-stack.js';
import { settableClock } from '../support/settable-clock.js';
import { scaled } from '../support/test-scale.js';
import { checkProperty, expectRefused, expectWellFormed } from './harness/answers.js';
import { censusOf } from './harness/census.js';
import { directCaller, type DirectCall } from './harness/direct-calls.js';
import { bodyCases, bodyVerdict, type BodyCase } from './harness/json-cases.js';
import { decoded, pathSegment } from './harness/query-cases.js';
import { RUNS, TIMEOUT } from './harness/runs.js';

/**
 * Bad inputs to the candidate's routes behind the status token (status, withdraw, document offers
 * and completion), and hostile multipart uploads to the local S3 front with a real offer.
 */
const clock = settableClock('2026-11-22T09:00:00Z');
let stack: Awaited<ReturnType<typeof startTestStack>>;
let census: ReturnType<typeof censusOf>;
let call: DirectCall;

interface Candidate {
  id: string;
  token: string;
  uploads: Record<string, UploadOffer>;
}
let amina: Candidate;
let other: Candidate;

const submit = async (email: string): Promise<Candidate> => {
  const answer = await call({ method: 'POST', url: '/applications', headers: [['content-type', 'application/json']], body: JSON.stringify(aminaSubmission({ email })) });
  expect(answer.status, answer.text).toBe(201);
  const body = JSON.parse(answer.text) as { applicationId: string; statusToken: string; uploads: Record<string, UploadOffer> };
  return { id: body.applicationId, token: body.statusToken, uploads: body.uploads };
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  census = censusOf(stack);
  call = await directCaller(clock);
  amina = await submit('amina.diallo@police.example');
  other = await submit('other.candidate@police.example');
});
afterAll(async () => {
  census?.close();
  await stack?.stop();
});

/** Who is asking: Amina's token, the other candidate's, or a broken Authorization header. */
type Asker = { kind: 'amina' | 'other' | 'nobody'; header?: string };
const asker: fc.Arbitrary<Asker> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'amina' } as Asker) },
  { weight: 1, arbitrary: fc.constant({ kind: 'other' } as Asker) },
  { weight: 1, arbitrary: fc.constant({ kind: 'nobody' } as Asker) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom('', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer null', 'Bearer undefined', `Bearer ${'a'.repeat(5_000)}`, 'Bearer ../../etc/passwd'),
        hostileString.filter(inUrl).map((text) => `Bearer ${text}`),
        fc.constantFrom(...lineBreaks, ...unicodeEdges).map((edge) => `Bearer x${edge}y`),
      )
      .map((header) => ({ kind: 'nobody', header }) as Asker),
  },
  // Amina's token spoiled: a character more, a character less, a second token.
  { weight: 1, arbitrary: fc.constantFrom('x', '=', ' extra', '\u0000').map((suffix) => ({ kind: 'nobody', header: `Bearer ${'TOKEN'}${suffix}` }) as Asker) },
);

const authorization = (who: Asker): Array<[string, string]> => {
  if (who.kind === 'amina') return [['Authorization', `Bearer ${amina.token}`]];
  if (who.kind === 'other') return [['authorization', `bearer ${other.token}`]];
  if (who.header === undefined) return [];
  return [['Authorization', who.header.replace('TOKEN', amina.token)]];
};

const idSegment = () => pathSegment([amina.id, other.id, randomUUID(), amina.id.toUpperCase(), `${amina.id}x`]);
const kindSegment = pathSegment(['cv', 'coverLetter', 'confirmationLetter', 'CV', 'photo', 'constructor', '__proto__']);
/** `{id}/documents/{kind}`: a third of the cases a real id and kind, so the body and token are judged too. */
const documentSegments = () =>
  fc.oneof(
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(amina.id, other.id), fc.constantFrom('cv', 'coverLetter', 'confirmationLetter')) },
    { weight: 2, arbitrary: fc.tuple(idSegment(), kindSegment) },
  );

/** The token opens the application: Amina's on hers, the other's on theirs. */
const opens = (id: string | undefined, who: Asker) => (who.kind === 'amina' && id === amina.id) || (who.kind === 'other' && id === other.id);

describe('candidate routes under bad input', () => {
  it('GET /applications/{id}: only the right id with its own token answers the status; nothing is written', async () => {
    const before = await census.fingerprint();
    const cases = fc.tuple(idSegment(), asker);
    await checkProperty('getApplicationStatus', RUNS, cases, async ([segment, who]) => {
      const url = `/applications/${segment}`;
      const answer = await call({ method: 'GET', url, headers: authorization(who) });
      if (answer.route?.name !== 'getApplicationStatus') return (expectWellFormed(answer, url), answer.status);
      const id = decoded(segment);
      if (!(applicationPathSchema.safeParse({ id }).success && opens(id, who))) expectRefused(answer, `${url} as ${JSON.stringify(who)}`);
      else expect(answer.status, answer.text).toBe(200);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('POST /applications/{id}/withdraw: a wrong id or token never withdraws anything; nothing is written', async () => {
    const before = await census.fingerprint();
    const cases = fc.tuple(idSegment(), asker).filter(([segment, who]) => !opens(decoded(segment), who));
    await checkProperty('withdrawApplication', RUNS, cases, async ([segment, who]) => {
      const url = `/applications/${segment}/withdraw`;
      const answer = await call({ method: 'POST', url, headers: authorization(who) });
      if (answer.route?.name !== 'withdrawApplication') return (expectWellFormed(answer, url), answer.status);
      expectRefused(answer, `${url} as ${JSON.stringify(who)}`);
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('POST /applications/{id}/documents/{kind}: an offer only for the right id, token, kind and content type; nothing is written', async () => {
    const before = await census.fingerprint();
    const cases = fc.tuple(documentSegments(), asker, bodyCases({ contentType: PDF }, { contentType: fc.constantFrom(PDF, 'application/PDF', 'image/png', 'text/html') }, 64 * 1024));
    await checkProperty('requestDocumentUpload', RUNS, cases, async ([[idText, kindText], who, body]) => {
      const url = `/applications/${idText}/documents/${kindText}`;
      const answer = await call({ method: 'POST', url, headers: [...authorization(who), ['Content-Type', body.contentType]], body: body.text });
      if (answer.route?.name !== 'requestDocumentUpload') return (expectWellFormed(answer, url), answer.status);
      const path = { id: decoded(idText), kind: decoded(kindText) };
      const valid = documentPathSchema.safeParse(path).success && opens(path.id, who) && bodyVerdict(body, uploadRequestSchema, 64 * 1024).valid;
      if (!valid) expectRefused(answer, `${url} ${body.how}`);
      else {
        expect(answer.status, answer.text).toBe(201);
        const offer = JSON.parse(answer.text) as UploadOffer;
        // The key is the server's, under the application's own prefix, whatever was sent.
        expect(offer.fields.key ?? offer.fields.Key).toMatch(new RegExp(`^uploads/${path.id}/${path.kind}/[0-9a-f-]{36}$`));
      }
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);

  it('POST /applications/{id}/documents/{kind}/complete: no key records anything but an uploaded one; nothing is written', async () => {
    const before = await census.fingerprint();
    const keyValue = fc.oneof(
      hostileString,
      fc.constantFrom(...traversals).map((traversal) => `uploads/${amina.id}/cv/${traversal}`),
      fc.constantFrom(`uploads/${other.id}/cv/${randomUUID()}`, `applications/${amina.id}/cv/${randomUUID()}`, `uploads/${amina.id}/cv/${randomUUID()}`, `exports/2026-11-22/${randomUUID()}.xlsx`),
      fc.constant(amina.uploads.cv?.fields.key ?? ''),
    );
    const cases = fc.tuple(documentSegments(), asker, bodyCases({ key: `uploads/${amina.id}/cv/${randomUUID()}` }, { key: keyValue }, 64 * 1024));
    await checkProperty('completeDocumentUpload', RUNS, cases, async ([[idText, kindText], who, body]) => {
      const url = `/applications/${idText}/documents/${kindText}/complete`;
      const answer = await call({ method: 'POST', url, headers: [...authorization(who), ['Content-Type', body.contentType]], body: body.text });
      if (answer.route?.name !== 'completeDocumentUpload') return (expectWellFormed(answer, url), answer.status);
      // Nothing was uploaded yet: every completion is refused, a valid one as missing (422).
      const problem = expectRefused(answer, `${url} ${body.how}`);
      const path = { id: decoded(idText), kind: decoded(kindText) };
      if (documentPathSchema.safeParse(path).success && opens(path.id, who) && bodyVerdict(body, uploadCompletionSchema, 64 * 1024).valid) {
        expect([400, 422], `${url} ${body.how}: ${problem.type}`).toContain(answer.status);
      }
      return answer.status;
    });
    expect(await census.fingerprint()).toBe(before);
  }, TIMEOUT);
});

/** A multipart form as a browser or an attacker builds it: the offer's fields, spoiled or not, then the file. */
interface UploadCase {
  fields: Array<[string, string]>;
  fileName: string;
  file: Uint8Array;
  tampered: string | undefined;
}

describe('uploads to the local S3 front with a real offer', () => {
  it('stores an upload only at the offered key, with the offered type; a hostile form stores nothing elsewhere', async () => {
    const offer = amina.uploads.cv;
    if (!offer) throw new Error('no CV offer');
    const offered = Object.entries(offer.fields);
    const tamper = fc.oneof(
      fc.constant(undefined),
      fc
        .oneof(
          fc.constantFrom(...traversals).map((traversal) => `uploads/${amina.id}/cv/${traversal}`),
          fc.constantFrom(`uploads/${other.id}/cv/${randomUUID()}`, `applications/${amina.id}/cv/x`, `../${offer.fields.key}`, `${offer.fields.key}/../../x`, `${offer.fields.key}\r\nx`),
        )
        .map((key) => ({ name: 'key', value: key })),
      fc.constantFrom('image/png', 'text/html', 'application/pdf; x=1').map((value) => ({ name: 'Content-Type', value })),
      fc.constantFrom('success_action_redirect', 'acl', 'x-amz-meta-x', '__proto__').map((name) => ({ name, value: 'https://evil.example' })),
    );
    const fileName = fc.oneof(fc.constantFrom('cv.pdf', '../../etc/passwd', '..\\..\\boot.ini', 'a%2f..%2fb.pdf', 'cv\r\nContent-Type: text/html.pdf', '\u202egpj.pdf', 'cv\u0000.pdf', '👮.pdf'), hostileString.filter(inUrl));
    const file = fc.constantFrom(pdfBytes(), pngBytes(), new Uint8Array(0), new TextEncoder().encode('<html><script>alert(1)</script>'));
    const cases: fc.Arbitrary<UploadCase> = fc.tuple(tamper, fileName, file).map(([change, name, bytes]) => ({
      fields: change ? [...offered.filter(([field]) => field !== change.name), [change.name, change.value]] : offered,
      fileName: name,
      file: bytes,
      tampered: change ? `${change.name}=${JSON.stringify(change.value)}` : undefined,
    }));
    await checkProperty('presigned POST to the S3 front', scaled(300, 3_000), cases, async (upload) => {
      const form = new FormData();
      for (const [name, value] of upload.fields) form.append(name, value);
      form.append('file', new Blob([upload.file as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), upload.fileName);
      const response = await fetch(offer.url, { method: 'POST', body: form });
      await response.arrayBuffer();
      expect(response.status, `${upload.tampered ?? 'untouched'} ${JSON.stringify(upload.fileName).slice(0, 80)}`).toBeLessThan(500);
      if (upload.tampered || upload.file.length === 0) expect(response.status, upload.tampered ?? 'empty file').toBeGreaterThanOrEqual(400);
      return response.status;
    });
    // Whatever was posted, the only object is at the offered key.
    const keys = await census.keys();
    expect(keys.filter((key) => key !== offer.fields.key)).toEqual([]);
    // And completing it records a PDF or refuses it, never a 5xx.
    const completion: BodyCase = { text: JSON.stringify({ key: offer.fields.key }), contentType: 'application/json', how: 'the offered key' };
    const answer = await call({ method: 'POST', url: `/applications/${amina.id}/documents/cv/complete`, headers: [['Authorization', `Bearer ${amina.token}`], ['Content-Type', completion.contentType]], body: completion.text });
    expectWellFormed(answer, completion.how);
    expect([200, 422]).toContain(answer.status);
  }, TIMEOUT);
});
