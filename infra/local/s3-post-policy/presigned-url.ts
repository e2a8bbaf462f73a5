import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { S3Error, accessDenied } from './s3-error.js';
import type { PostCredentials } from './policy.js';

/** SigV4 query-string authentication, as S3 checks a presigned URL. */
export interface PresignedRequest {
  method: string;
  /** The path as the client sent it (already URI-encoded, which is S3's canonical URI). */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
/** RFC 3986 encoding, as SigV4's canonical query string wants it. */
const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const amzTime = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const signatureMismatch = () =>
  new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403);

export const isPresigned = (query: URLSearchParams): boolean => query.has('X-Amz-Signature');

/**
 * Checks a presigned request the way S3 does: the credential is ours, the URL has not expired
 * by the local stack's clock, and the signature covers exactly this method, path, query and the
 * signed headers. s3rver checks none of it, so without this a forged or stale link would work locally.
 */
export const checkPresignedRequest = (request: PresignedRequest, credentials: PostCredentials, region: string, now: Date): void => {
  const { query } = request;
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw new S3Error('AuthorizationQueryParametersError', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"', 400);
  const [accessKeyId, date, credentialRegion, service, terminal] = (query.get('X-Amz-Credential') ?? '').split('/');
  if (accessKeyId !== credentials.accessKeyId) throw new S3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403);
  if (credentialRegion !== region || service !== 's3' || terminal !== 'aws4_request' || !date) {
    throw new S3Error('AuthorizationQueryParametersError', 'Error parsing the X-Amz-Credential parameter.', 400);
  }
  const signedAt = amzTime.exec(query.get('X-Amz-Date') ?? '');
  const expires = Number(query.get('X-Amz-Expires'));
  if (!signedAt || !Number.isInteger(expires) || expires < 1 || expires > 604_800) {
    throw new S3Error('AuthorizationQueryParametersError', 'X-Amz-Date and X-Amz-Expires must be a SigV4 time and 1 to 604800 seconds.', 400);
  }
  const [, y, mo, d, h, mi, s] = signedAt;
  const signedMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (now.getTime() > signedMs + expires * 1000) throw accessDenied('Request has expired');

  const signedHeaders = (query.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const value = request.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalQuery = [...query]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [request.method, request.rawPath, canonicalQuery, canonicalHeaders, signedHeaders.join(';'), 'UNSIGNED-PAYLOAD'].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', query.get('X-Amz-Date'), scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), 's3'), 'aws4_request');
  const expected = Buffer.from(createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex'));
  const given = Buffer.from(query.get('X-Amz-Signature') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw signatureMismatch();
};
