import { describe, expect, it } from 'vitest';
import { DOWNLOAD_LINK_SECONDS, documentDownload, downloadFileName, type DocumentLinks, type DownloadLinkRequest } from '#shared/admin/document-download.js';
import { DOCX, PDF } from '#shared/documents/kinds.js';
import { NotFound } from '#shared/errors.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../support/candidates.js';
import { memoryApplicationStore } from './memory-application-store.js';

const NOW = new Date('2026-11-22T09:00:00Z');
const ID = '5b1f4c1e-0000-4000-8000-000000000001';
const hr: StaffPrincipal = { subject: 'h', email: 'hr@secondment-hub.local', groups: ['hr'] };
const france: StaffPrincipal = { subject: 'f', email: 'ncb.lyon@interpol.fr.example', groups: ['ncb'], country: 'FR' };
const cv = { key: `applications/${ID}/cv/0c7e1a52-1111-4111-8111-111111111111`, contentType: DOCX, size: 10, sha256: 'x', receivedAt: '2026-11-21T08:00:00.000Z' } as const;

const recordingLinks = () => {
  const asked: DownloadLinkRequest[] = [];
  const links: DocumentLinks = {
    link: async (request) => {
      asked.push(request);
      return { url: `https://bucket.example/${request.key}`, expiresAt: new Date(request.now.getTime() + request.expiresInSeconds * 1000).toISOString() };
    },
  };
  return { links, asked };
};

describe('a document download link', () => {
  it('asks for five minutes on the recorded copy, with its type and a file name that names no one', async () => {
    const { links, asked } = recordingLinks();
    const memory = memoryApplicationStore([aminaApplication({ id: ID, documents: { cv } })]);

    await documentDownload({ applications: memory.store, links }, hr, ID, 'cv', NOW);

    expect(asked).toEqual([{ key: cv.key, contentType: DOCX, fileName: `1701-cv-${ID}.docx`, expiresInSeconds: DOWNLOAD_LINK_SECONDS, now: NOW }]);
    expect(DOWNLOAD_LINK_SECONDS).toBe(300);
  });

  it('is a 404 for a document not received, and for another country’s application', async () => {
    const { links, asked } = recordingLinks();
    const memory = memoryApplicationStore([aminaApplication({ id: ID, nationality: 'SN', documents: { cv } })]);

    await expect(documentDownload({ applications: memory.store, links }, hr, ID, 'confirmationLetter', NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(documentDownload({ applications: memory.store, links }, france, ID, 'cv', NOW)).rejects.toBeInstanceOf(NotFound);
    expect(asked).toEqual([]);
  });

  it('keeps file names to safe ASCII whatever the id holds', () => {
    expect(downloadFileName({ id: 'a"b;c\r\nd', vacancy: '1701' }, 'confirmationLetter', PDF)).toBe('1701-confirmationLetter-a_b_c__d.pdf');
  });
});
