import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  S3Error,
  accessDenied,
  credentialError,
  entityTooLarge,
  entityTooSmall,
  invalidPolicy,
  missingField,
  policyConditionFailed,
} from './s3-error.js';

/**
 * S3's checks of a browser-based POST upload signed with Signature V4 (the AWS docs' "POST
 * Policy" and "Browser-Based Uploads Using POST"), for the local stack, whose S3 emulator skips
 * them. Everything that can be judged before the file is judged here; its size after.
 */
export interface PostCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface PostToCheck {
  /** The form fields before the file, in order, names as sent. */
  fields: ReadonlyArray<readonly [string, string]>;
  /** The bucket the POST was sent to (from the URL, not the form). */
  bucket: string;
  /** The file part's file name, for `${filename}` in the key. */
  fileName: string | undefined;
  region: string;
  credentials: PostCredentials;
  now: Date;
}

export interface AcceptedPost {
  key: string;
  /** The form fields by lower-case name. */
  fields: ReadonlyMap<string, string>;
  /** What `content-length-range` allows, when the policy has one. */
  size: { min: number; max: number } | undefined;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SIGNATURE_FIELDS = ['X-Amz-Signature', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date'];
/** Fields that need no condition (AWS docs: "except x-amz-signature, file, policy, and x-ignore-*"). */
const UNCONDITIONED = new Set(['policy', 'x-amz-signature', 'file']);
/** Fields a `starts-with` condition may name; the others are exact-match only. */
const STARTS_WITH_FIELDS = new Set([
  'key',
  'acl',
  'cache-control',
  'content-type',
  'content-disposition',
  'content-encoding',
  'expires',
  'success_action_redirect',
  'redirect',
]);

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** The Signature V4 signing key, then the signature of the base64 policy (AWS docs: "Calculating a Signature"). */
export const policySignature = (secretAccessKey: string, date: string, region: string, policy: string): string => {
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return createHmac('sha256', signingKey).update(policy, 'utf8').digest('hex');
};

/** A condition as S3 quotes it in "Policy Condition failed: [...]". */
const quote = (condition: unknown): string => {
  const parts = Array.isArray(condition)
    ? condition
    : Object.entries(condition as Record<string, unknown>).flatMap(([name, value]) => ['eq', `$${name}`, value]);
  return `[${parts.map((part) => JSON.stringify(part)).join(', ')}]`;
};

const sameHex = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
};

const checkCredential = (credential: string, post: PostToCheck): string => {
  const parts = credential.split('/');
  if (parts.length !== 5) {
    throw credentialError('the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".');
  }
  const [accessKeyId, date = '', region, service, terminal] = parts;
  if (!/^\d{8}$/.test(date)) throw credentialError(`invalid date. Format is YYYYMMDD`);
  if (region !== post.region) throw credentialError(`the region '${region}' is wrong; expecting '${post.region}'`);
  if (service !== 's3') throw credentialError(`incorrect service "${service}". This endpoint belongs to "s3".`);
  if (terminal !== 'aws4_request') throw credentialError(`incorrect terminal "${terminal}". This endpoint uses "aws4_request".`);
  if (accessKeyId !== post.credentials.accessKeyId) {
    throw new S3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403, {
      AWSAccessKeyId: accessKeyId ?? '',
    });
  }
  return date;
};

interface PolicyDocument {
  expiration: Date;
  conditions: unknown[];
}

const decodePolicy = (policy: string): PolicyDocument => {
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
  } catch {
    throw invalidPolicy('Invalid JSON.');
  }
  if (typeof document !== 'object' || document === null) throw invalidPolicy('Invalid JSON.');
  const { expiration, conditions } = document as Record<string, unknown>;
  if (expiration === undefined) throw invalidPolicy('Policy missing expiration.');
  const at = typeof expiration === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(expiration) ? new Date(expiration) : undefined;
  if (!at || Number.isNaN(at.getTime())) throw invalidPolicy(`Invalid 'expiration' value: '${String(expiration)}'`);
  if (!Array.isArray(conditions)) throw invalidPolicy('Policy missing conditions.');
  return { expiration: at, conditions };
};

/**
 * Checks a POST's signature, policy expiry and every condition but the file's size, and that
 * every field is covered by a condition. Throws the S3Error S3 would answer.
 */
export const checkPostPolicy = (post: PostToCheck): AcceptedPost => {
  const fields = new Map<string, string>();
  for (const [name, value] of post.fields) {
    const lower = name.toLowerCase();
    if (fields.has(lower)) throw new S3Error('InvalidArgument', `Conflicting values provided for field '${name}'.`, 400, { ArgumentName: name, ArgumentValue: value });
    fields.set(lower, value);
  }
  const rawKey = fields.get('key');
  if (!rawKey) throw missingField('key');
  const key = rawKey.replaceAll('${filename}', post.fileName ?? '');
  const policy = fields.get('policy');
  // Without a policy the POST is anonymous, and the documents bucket is private.
  if (!policy) throw accessDenied('Access Denied');
  for (const name of SIGNATURE_FIELDS) if (!fields.get(name.toLowerCase())) throw missingField(name);
  const algorithm = fields.get('x-amz-algorithm');
  if (algorithm !== ALGORITHM) {
    throw new S3Error('InvalidArgument', `X-Amz-Algorithm only supports "${ALGORITHM}"`, 400, { ArgumentName: 'X-Amz-Algorithm', ArgumentValue: algorithm ?? '' });
  }
  const date = checkCredential(fields.get('x-amz-credential') ?? '', post);
  const expected = policySignature(post.credentials.secretAccessKey, date, post.region, policy);
  if (!sameHex(expected, (fields.get('x-amz-signature') ?? '').toLowerCase())) {
    throw new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403, {
      AWSAccessKeyId: post.credentials.accessKeyId,
      StringToSign: policy,
      SignatureProvided: fields.get('x-amz-signature') ?? '',
    });
  }

  const document = decodePolicy(policy);
  if (document.expiration.getTime() <= post.now.getTime()) throw accessDenied('Invalid according to Policy: Policy expired.');

  const valueOf = (name: string): string | undefined => (name === 'bucket' ? post.bucket : name === 'key' ? key : fields.get(name));
  const covered = new Set<string>();
  let size: AcceptedPost['size'];
  for (const condition of document.conditions) {
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      const entries = Object.entries(condition);
      if (entries.length !== 1) throw invalidPolicy('Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.');
      const [[name, expectedValue]] = entries as [[string, unknown]];
      covered.add(name.toLowerCase());
      if (valueOf(name.toLowerCase()) !== expectedValue) throw policyConditionFailed(quote(condition));
      continue;
    }
    if (!Array.isArray(condition) || condition.length !== 3) throw policyConditionFailed(quote(condition));
    const [operator, subject, operand] = condition as [unknown, unknown, unknown];
    const op = typeof operator === 'string' ? operator.toLowerCase() : '';
    if (op === 'content-length-range') {
      const min = Number(subject);
      const max = Number(operand);
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) throw policyConditionFailed(quote(condition));
      size = { min: Math.max(min, size?.min ?? 0), max: Math.min(max, size?.max ?? max) };
      continue;
    }
    if ((op !== 'eq' && op !== 'starts-with') || typeof subject !== 'string' || !subject.startsWith('$') || typeof operand !== 'string') {
      throw policyConditionFailed(quote(condition));
    }
    const name = subject.slice(1).toLowerCase();
    covered.add(name);
    const actual = valueOf(name);
    if (op === 'eq') {
      if (actual !== operand) throw policyConditionFailed(quote(condition));
      continue;
    }
    const startsWith = STARTS_WITH_FIELDS.has(name) || name.startsWith('x-amz-meta-');
    // A Content-Type may list several types; each must match (AWS docs, "Condition Matching").
    const values = name === 'content-type' ? (actual ?? '').split(',').map((v) => v.trim()) : [actual ?? ''];
    if (!startsWith || (operand !== '' && !values.every((value) => value.startsWith(operand)))) throw policyConditionFailed(quote(condition));
  }

  for (const [name] of post.fields) {
    const lower = name.toLowerCase();
    if (UNCONDITIONED.has(lower) || lower.startsWith('x-ignore-') || covered.has(lower)) continue;
    throw accessDenied(`Invalid according to Policy: Extra input fields: ${lower}`);
  }
  return { key, fields, size };
};

/** The `content-length-range` check, once the file's size is known. */
export const checkFileSize = (size: AcceptedPost['size'], fileSize: number): void => {
  if (!size) return;
  if (fileSize > size.max) throw entityTooLarge(fileSize, size.max);
  if (fileSize < size.min) throw entityTooSmall(fileSize, size.min);
};
