import { describe, expect, it } from 'vitest';
import { contentTypeOf, fileProblem, storageErrorMessage } from '#functions/pages/client/files.js';
import { DOCX, MAX_DOCUMENT_BYTES, PDF } from '#shared/documents/kinds.js';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('documents chosen in the browser', () => {
  it('sends a file as PDF or DOCX by its type, or by its extension when the browser gives no type', () => {
    expect(contentTypeOf(file('cv.bin', PDF))).toBe(PDF);
    expect(contentTypeOf(file('cv.PDF', ''))).toBe(PDF);
    expect(contentTypeOf(file('letter.docx', 'application/octet-stream'))).toBe(DOCX);
    expect(contentTypeOf(file('cv.doc', 'application/msword'))).toBeUndefined();
  });

  it('refuses before uploading what the upload policy would refuse: other types, empty and oversize files', () => {
    expect(fileProblem(file('cv.pdf', PDF))).toBeUndefined();
    expect(fileProblem(file('photo.png', 'image/png'))).toBe('“photo.png” is not a PDF or a Word (.docx) file.');
    expect(fileProblem(file('cv.pdf', PDF, 0))).toBe('“cv.pdf” is empty.');
    expect(fileProblem(file('cv.pdf', PDF, MAX_DOCUMENT_BYTES + 1))).toBe('“cv.pdf” is 10.0 MB: the limit is 10.0 MB.');
  });

  it('turns S3’s XML errors into words a candidate can act on', () => {
    const s3Error = (code: string, message: string) => `<?xml version="1.0"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

    expect(storageErrorMessage(400, s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'))).toBe(
      'The file is larger than the 10.0 MB limit.',
    );
    expect(storageErrorMessage(403, s3Error('AccessDenied', 'Invalid according to Policy: Policy expired.'))).toMatch(/expired/);
    expect(storageErrorMessage(403, s3Error('AccessDenied', 'Invalid according to Policy: Policy Condition failed'))).toMatch(/refused the file/);
    expect(storageErrorMessage(502, 'Bad gateway')).toBe('The document store refused the file (status 502). Please try again.');
  });
});
