import { randomBytes } from 'node:crypto';

/** An error as S3 answers it: a code, a message, an HTTP status and the code's own extra elements. */
export class S3Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly extra: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Text-node escaping only: S3's messages quote policy conditions with their double quotes as they are. */
export const escapeXml = (text: string): string => text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);

export const newRequestId = (): string => randomBytes(8).toString('hex').toUpperCase();

/** S3's `<Error>` document. */
export const errorXml = (error: S3Error, requestId: string): string => {
  const elements = { Code: error.code, Message: error.message, ...error.extra, RequestId: requestId, HostId: randomBytes(24).toString('base64') };
  const body = Object.entries(elements)
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${body}</Error>`;
};

export const accessDenied = (message: string) => new S3Error('AccessDenied', message, 403);
export const policyConditionFailed = (condition: string) =>
  accessDenied(`Invalid according to Policy: Policy Condition failed: ${condition}`);
export const invalidPolicy = (detail: string) => new S3Error('InvalidPolicyDocument', `Invalid Policy: ${detail}`, 400);
export const missingField = (name: string) =>
  new S3Error('InvalidArgument', `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`, 400, {
    ArgumentName: name,
    ArgumentValue: '',
  });
export const credentialError = (detail: string) =>
  new S3Error('AuthorizationQueryParametersError', `Error parsing the X-Amz-Credential parameter; ${detail}`, 400);
export const malformedPost = () =>
  new S3Error('MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.', 400);
export const entityTooLarge = (proposed: number, max: number) =>
  new S3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, { ProposedSize: proposed, MaxSizeAllowed: max });
export const entityTooSmall = (proposed: number, min: number) =>
  new S3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, { ProposedSize: proposed, MinSizeAllowed: min });
