import { describe, expect, it } from 'vitest';
import { statusView } from '#shared/applications/status-view.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

const received = (kind: string): ReceivedDocument => ({
  key: `applications/a/${kind}/1`,
  contentType: 'application/pdf',
  size: 10,
  sha256: 'z',
  receivedAt: '2026-11-21T10:00:00.000Z',
  suppliedBy: 'ncb',
});
const now = new Date('2026-11-22T09:00:00.000Z');

describe("the candidate's view of their application", () => {
  it('counts the NCB validation as missing while it stands below the vacancy’s level, as HR’s grid does', () => {
    // Validated under the previous version: `screeningAttested` alone, which attested Basic.
    const application = aminaApplication({
      documents: { cv: received('cv'), confirmationLetter: received('confirmationLetter') },
      ncbValidation: { decision: 'validated', screeningAttested: true, at: '2026-11-21T08:00:00.000Z', by: 'ncb@police.sn.example' },
    });

    expect(statusView(application, openVacancy({ clearance: 'Basic' }), now).missing).toEqual([]);
    expect(statusView(application, openVacancy({ clearance: 'Enhanced' }), now).missing).toEqual(['ncbValidation']);
  });

  it('names the language the candidate applied in, which the status page opens in; an application stored before languages reads as English', () => {
    const { language: _none, ...stored } = aminaApplication();

    expect(statusView(aminaApplication({ language: 'ar' }), openVacancy(), now).language).toBe('ar');
    expect(statusView(stored, openVacancy(), now).language).toBe('en');
  });
});
