import { describe, expect, it } from 'vitest';
import { contentTypeOf, describeFileProblem, describeStorageError } from '#functions/pages/client/files.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF } from '#shared/documents/kinds.js';
import { translatorFor } from '#shared/i18n/catalogues/index.js';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });
const english = translatorFor('en');
const french = translatorFor('fr');
const s3Error = (code: string, message: string) => `<?xml version="1.0"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

describe('documents chosen in the browser', () => {
  it('sends a file as PDF or DOCX by its type, or by its extension when the browser gives no type', () => {
    expect(contentTypeOf(file('cv.bin', PDF))).toBe(PDF);
    expect(contentTypeOf(file('cv.PDF', ''))).toBe(PDF);
    expect(contentTypeOf(file('letter.docx', 'application/octet-stream'))).toBe(DOCX);
    expect(contentTypeOf(file('cv.doc', 'application/msword'))).toBeUndefined();
  });

  it('refuses before uploading what the upload policy would refuse: other types, empty and oversize files', () => {
    expect(describeFileProblem(file('cv.pdf', PDF), english)).toBeUndefined();
    expect(describeFileProblem(file('photo.png', 'image/png'), english)).toBe('“photo.png” is not a PDF or a Word (.docx) file.');
    expect(describeFileProblem(file('cv.pdf', PDF, 0), english)).toBe('“cv.pdf” is empty.');
    expect(describeFileProblem(file('cv.pdf', PDF, MAX_DOCUMENT_BYTES + 1), english)).toMatch(/^“cv\.pdf” is 10(\.0)? MB: the limit is 10(\.0)? MB\.$/);
  });

  it('says it in the reader’s language (the staff page’s letter upload too), the file’s name as it is', () => {
    const problem = describeFileProblem(file('photo.png', 'image/png'), french) ?? '';

    expect(problem).toContain('photo.png');
    expect(problem).not.toBe(describeFileProblem(file('photo.png', 'image/png'), english));
    expect(describeStorageError(503, s3Error('SlowDown', 'Please reduce your request rate.'), french)).not.toBe(
      describeStorageError(503, s3Error('SlowDown', 'Please reduce your request rate.'), english),
    );
  });

  it('turns S3’s XML errors into words a candidate can act on', () => {
    expect(describeStorageError(400, s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'), english)).toMatch(
      /^The file is larger than the 10(\.0)? MB limit\.$/,
    );
    expect(describeStorageError(403, s3Error('AccessDenied', 'Invalid according to Policy: Policy expired.'), english)).toMatch(/expired/);
    expect(describeStorageError(403, s3Error('AccessDenied', 'Invalid according to Policy: Policy Condition failed'), english)).toMatch(/refused the file/);
    expect(describeStorageError(502, 'Bad gateway', english)).toBe('The document store refused the file (502). Please try again.');
  });
});
