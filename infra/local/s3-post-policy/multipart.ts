/**
 * Just enough multipart/form-data (RFC 7578) for S3 POST uploads: the fields before the part
 * named `file`, read from a growing buffer, then where the file's bytes end. S3 ignores fields
 * after the file, and so does this.
 */
export type Preamble =
  | { state: 'incomplete' }
  | { state: 'malformed' }
  | { state: 'no-file'; fields: Array<[string, string]> }
  | { state: 'file'; fields: Array<[string, string]>; fileName: string | undefined; dataStart: number };

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');

/** The boundary of a `multipart/form-data` Content-Type, or undefined for anything else. */
export const boundaryOf = (contentType: string | undefined): string | undefined => {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
};

const parameter = (header: string, name: string): string | undefined => {
  const match = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
};

const partHeaders = (block: string): Map<string, string> => {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
};

/** Reads parts from the start of `body` until the part named `file`, or says what is missing. */
export const readUntilFile = (body: Buffer, boundary: string): Preamble => {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let at: number;
  if (body.subarray(0, delimiter.length).equals(delimiter)) at = delimiter.length;
  else {
    const found = body.indexOf(nextDelimiter);
    if (found < 0) return { state: 'incomplete' };
    at = found + nextDelimiter.length;
  }
  const fields: Array<[string, string]> = [];
  for (;;) {
    if (body.length < at + 2) return { state: 'incomplete' };
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return { state: 'no-file', fields };
    // Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
    while (body[at] === 0x20 || body[at] === 0x09) at += 1;
    if (body.length < at + 2) return { state: 'incomplete' };
    if (!body.subarray(at, at + 2).equals(CRLF)) return { state: 'malformed' };
    const headersEnd = body.indexOf(HEADERS_END, at);
    if (headersEnd < 0) return { state: 'incomplete' };
    const headers = partHeaders(body.subarray(at + 2, headersEnd).toString('utf8'));
    const disposition = headers.get('content-disposition') ?? '';
    const name = parameter(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === undefined) return { state: 'malformed' };
    const dataStart = headersEnd + HEADERS_END.length;
    if (name.toLowerCase() === 'file') return { state: 'file', fields, fileName: parameter(disposition, 'filename'), dataStart };
    const end = body.indexOf(nextDelimiter, dataStart);
    if (end < 0) return { state: 'incomplete' };
    fields.push([name, body.subarray(dataStart, end).toString('utf8')]);
    at = end + nextDelimiter.length;
  }
};

/** Where the file's bytes end in `data` (which starts with them), or -1 when its delimiter is not there. */
export const fileEnd = (data: Buffer, boundary: string): number => data.indexOf(Buffer.from(`\r\n--${boundary}`));
