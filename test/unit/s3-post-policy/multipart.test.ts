import { describe, expect, it } from 'vitest';
import { boundaryOf, fileEnd, readUntilFile } from '#infra/local/s3-post-policy/multipart.js';

/** A multipart body as fetch's FormData would send it. */
const formBody = async (fields: Array<[string, string]>, file: Uint8Array, fileName = 'cv.pdf') => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append('file', new Blob([file as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
  const request = new Request('http://x/', { method: 'POST', body: form });
  const contentType = request.headers.get('content-type') ?? '';
  return { contentType, body: Buffer.from(await request.arrayBuffer()) };
};

describe('reading a multipart/form-data POST', () => {
  it('finds the boundary, quoted or not, only for form data', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/mixed; boundary=abc')).toBeUndefined();
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });

  it('reads the fields before the file and where its bytes start and end', async () => {
    const file = new TextEncoder().encode('%PDF-1.4\r\n--not-the-boundary\r\n');
    const { contentType, body } = await formBody([['key', 'a/b'], ['Content-Type', 'application/pdf']], file);
    const boundary = boundaryOf(contentType) ?? '';

    const preamble = readUntilFile(body, boundary);

    expect(preamble).toMatchObject({ state: 'file', fields: [['key', 'a/b'], ['Content-Type', 'application/pdf']], fileName: 'cv.pdf' });
    const start = preamble.state === 'file' ? preamble.dataStart : 0;
    const data = body.subarray(start);
    expect(data.subarray(0, fileEnd(data, boundary))).toEqual(Buffer.from(file));
  });

  it('says "incomplete" on every prefix of the fields, however the body is split', async () => {
    const { contentType, body } = await formBody([['key', 'a/b'], ['Policy', 'x'.repeat(300)]], new Uint8Array([1, 2, 3]));
    const boundary = boundaryOf(contentType) ?? '';
    const complete = readUntilFile(body, boundary);
    const dataStart = complete.state === 'file' ? complete.dataStart : -1;
    for (let length = 0; length < dataStart; length += 1) {
      expect(readUntilFile(body.subarray(0, length), boundary).state).toBe('incomplete');
    }
    expect(readUntilFile(body.subarray(0, dataStart), boundary)).toEqual(complete);
  });

  it('tells a form without a file from a malformed one', () => {
    const noFile = Buffer.from('--b\r\nContent-Disposition: form-data; name="key"\r\n\r\nk\r\n--b--\r\n');
    expect(readUntilFile(noFile, 'b')).toEqual({ state: 'no-file', fields: [['key', 'k']] });
    const noName = Buffer.from('--b\r\nContent-Disposition: attachment\r\n\r\nk\r\n--b--\r\n');
    expect(readUntilFile(noName, 'b').state).toBe('malformed');
  });
});
