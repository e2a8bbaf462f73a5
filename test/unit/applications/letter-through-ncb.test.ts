import { describe, expect, it } from 'vitest';
import { isComplete, letterAwaitsNcb, letterCounts, missingItems, ncbCountry } from '#shared/applications/application.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import type { ReceivedDocument } from '#shared/documents/kinds.js';
import { applicationReceipt } from '#shared/email/templates/application-receipt.js';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';
import { ncbPendingItems } from '#shared/ncb/waiting.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';

/** Issue 12, points 4 and 5: the rules, on items written the old way and the new. */
const at = '2026-11-21T10:00:00.000Z';
const cv: ReceivedDocument = { key: 'applications/x/cv/y', contentType: 'application/pdf', size: 10, sha256: 'a', receivedAt: at, suppliedBy: 'candidate' };
/** A letter as the previous version stored it: no supplier. */
const oldLetter: ReceivedDocument = { key: 'applications/x/confirmationLetter/y', contentType: 'application/pdf', size: 10, sha256: 'b', receivedAt: at };
const copy: ReceivedDocument = { ...oldLetter, suppliedBy: 'candidate' };
const confirmed: ReceivedDocument = { ...copy, confirmedByNcb: { at, by: 'ncb.lyon@interpol.fr.example' } };
const validated = { decision: 'validated' as const, screeningAttested: true, at, by: 'ncb.lyon@interpol.fr.example' };

describe('when the confirmation letter counts', () => {
  it('counts a letter stored before suppliers were recorded: it was received under the old rule', () => {
    const application = aminaApplication({ documents: { cv, confirmationLetter: oldLetter }, ncbValidation: validated });

    expect(letterCounts(oldLetter)).toBe(true);
    expect(missingItems(application)).toEqual([]);
    expect(isComplete(application)).toBe(true);
  });

  it('keeps a candidate’s copy missing until the NCB confirms it', () => {
    const application = aminaApplication({ documents: { cv, confirmationLetter: copy }, ncbValidation: validated });

    expect(letterAwaitsNcb(copy)).toBe(true);
    expect(missingItems(application)).toEqual(['confirmationLetter']);
    expect(isComplete(application)).toBe(false);
  });

  it('counts the copy once confirmed, and a letter the NCB or HR supplied at once', () => {
    expect(letterCounts(confirmed)).toBe(true);
    expect(letterCounts({ ...oldLetter, suppliedBy: 'ncb' })).toBe(true);
    expect(letterCounts({ ...oldLetter, suppliedBy: 'hr' })).toBe(true);
    expect(letterAwaitsNcb(confirmed)).toBe(false);
    expect(letterAwaitsNcb(undefined)).toBe(false);
  });

  it('tells the NCB digest the copy waits for its confirmation, not for a letter', () => {
    expect(ncbPendingItems(aminaApplication({ documents: { confirmationLetter: copy } }), 'Basic')).toEqual(['validation', 'letterConfirmation']);
    expect(ncbPendingItems(aminaApplication({ documents: { confirmationLetter: confirmed } }), 'Basic')).toEqual(['validation']);
    expect(ncbPendingItems(aminaApplication({ documents: { confirmationLetter: oldLetter } }), 'Basic')).toEqual(['validation']);
  });

  it('says plainly in the deadline reminder that the copy is in and counts once the NCB confirms it', () => {
    const email = deadlineReminder({
      application: aminaApplication({ documents: { cv, confirmationLetter: copy }, ncbValidation: validated }),
      vacancy: openVacancy(),
      daysLeft: 7,
      statusPage: 'http://127.0.0.1:3000/status',
    });

    expect(email.text).toContain('Your copy is in; it counts once your NCB confirms it.');
    expect(email.html).toContain('Your copy is in; it counts once your NCB confirms it.');
    expect(email.text).not.toContain('ask your administration to send it to your NCB');
  });
});

describe('the receipt', () => {
  it.each([
    ['to confirm', '2026-11-25T10:00:00.000Z'],
    ['already confirmed', undefined],
  ])('says, %s, that the letter comes through the NCB and that a copy counts once the NCB confirms it', (_case, confirmBy) => {
    const email = applicationReceipt({ application: aminaApplication(), vacancy: openVacancy(), statusLink: 'http://127.0.0.1:3000/status#id=x&token=y', ...(confirmBy ? { confirmBy } : {}) });

    for (const part of [email.text, email.html]) {
      expect(part).toContain('must reach us through the National Central Bureau (NCB) of its country');
      expect(part).toContain('If you upload a copy yourself, it is in, but it counts once your NCB confirms it.');
    }
  });
});

describe('which NCB validates', () => {
  it('is the home administration’s country’s, and the nationality’s for an application that named none (old items too)', () => {
    expect(ncbCountry(aminaApplication({ nationality: 'SN', homeAdministrationCountry: 'FR' }))).toBe('FR');
    expect(ncbCountry(aminaApplication({ nationality: 'SN' }))).toBe('SN');
  });

  it('takes the country as optional in a submission, and only a member country', () => {
    expect(applicationSubmissionSchema.safeParse(aminaSubmission()).success).toBe(true);
    expect(applicationSubmissionSchema.safeParse(aminaSubmission({ homeAdministrationCountry: 'FR' })).success).toBe(true);
    const refused = applicationSubmissionSchema.safeParse(aminaSubmission({ homeAdministrationCountry: 'KP' }));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['homeAdministrationCountry']);
    expect(applicationSubmissionSchema.safeParse(aminaSubmission({ homeAdministrationCountry: 'fr' })).success).toBe(false);
  });
});
