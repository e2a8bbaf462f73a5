import { describe, expect, it } from 'vitest';
import { isComplete, missingItems } from '#shared/applications/application.js';
import { missingAtLevel } from '#shared/applications/clearance.js';
import { isWaiting } from '#shared/applications/counts.js';
import { deadlineReminder } from '#shared/email/templates/deadline-reminder.js';
import { aminaApplication } from '../../support/candidates.js';

const cv = { key: 'k', contentType: 'application/pdf' as const, size: 1, sha256: 'x', receivedAt: '2026-11-20T10:00:00Z' };
const approved = { decision: 'approved' as const, from: '2027-01-15', until: '2028-01-14', at: '2026-11-25T10:00:00Z', by: 'approver@met.police.example' };

describe("what an application needs, by its applicant's category", () => {
  it('holds a receiving organisation’s applicants to the CV, the letter and the NCB’s validation, as before', () => {
    expect(missingItems(aminaApplication())).toEqual(['cv', 'confirmationLetter', 'ncbValidation']);
    expect(missingItems(aminaApplication({ category: 'government-official', documents: { cv } }))).toEqual(['confirmationLetter', 'ncbValidation']);
  });

  it("holds a serving officer to the CV and their force's release, never to an NCB or a home administration's letter", () => {
    const officer = aminaApplication({ category: 'serving-police', applicantStatus: { force: 'met', lineManager: 'D', lineManagerEmail: 'd@met.example' } });
    expect(missingItems(officer)).toEqual(['cv', 'release']);
    expect(missingItems({ ...officer, documents: { cv }, release: { ...approved, decision: 'refused', from: undefined, until: undefined } })).toEqual(['release']);
    expect(isComplete({ ...officer, documents: { cv }, release: approved })).toBe(true);
    expect(missingAtLevel({ ...officer, documents: { cv }, release: approved }, 'Enhanced')).toEqual([]);
  });

  it('holds retired officers and civilian experts to the CV alone', () => {
    expect(missingItems(aminaApplication({ category: 'retired-police' }))).toEqual(['cv']);
    expect(missingAtLevel(aminaApplication({ category: 'civilian-expert', documents: { cv } }), 'Enhanced')).toEqual([]);
    expect(isWaiting(aminaApplication({ category: 'civilian-expert', documents: { cv } }))).toBe(false);
  });

  it('holds an item of a category this code does not know to the receiving rules it was stored under', () => {
    expect(missingItems(aminaApplication({ category: 'auxiliary' as 'law-enforcement', documents: { cv } }))).toEqual(['confirmationLetter', 'ncbValidation']);
  });

  it("reminds a serving officer of their force's release, in their language, and says nothing of an NCB", () => {
    const vacancy = { number: 'EULEX-26-07', title: 'Police Adviser', location: 'Pristina', timeZone: 'Europe/Belgrade', deadline: '2026-12-13', clearance: 'Enhanced' as const };
    const email = deadlineReminder({
      application: { ...aminaApplication({ category: 'serving-police', documents: { cv } }), language: 'fr' },
      vacancy,
      daysLeft: 7,
      statusPage: 'https://unit.example/status',
    });
    expect(email.text).toContain('Votre mise à disposition pour la mission par votre force de police');
    expect(email.text).not.toMatch(/BCN|NCB/);
  });
});

describe("a sending unit's applicant judged against a call's notice", () => {
  it('is eligible by category with no audience sentence, and judged on no NCB screening', async () => {
    const { judgeEligibility } = await import('#shared/eligibility/eligibility.js');
    const judged = judgeEligibility({ clearance: 'Enhanced' }, { ...aminaApplication({ category: 'civilian-expert' }), languages: ['en'] });
    expect(judged.verdict).toBe('met');
    expect(judged.judgements.map((judgement) => judgement.requirement)).toEqual(['category']);
  });

  it("keeps police categories to a notice open to law enforcement only, and a receiving applicant's judgement as before", async () => {
    const { judgeEligibility } = await import('#shared/eligibility/eligibility.js');
    const notice = { standing: { audience: 'This vacancy announcement pertains to law enforcement officials only.' } } as never;
    expect(judgeEligibility({ clearance: 'Basic', notice }, { ...aminaApplication({ category: 'retired-police' }), languages: ['en'] }).verdict).toBe('met');
    const civilian = judgeEligibility({ clearance: 'Basic', notice }, { ...aminaApplication({ category: 'civilian-expert' }), languages: ['en'] });
    expect(civilian.judgements[0]).toMatchObject({ requirement: 'category', verdict: 'unmet', eligible: ['serving-police', 'retired-police'] });
    const receiving = judgeEligibility({ clearance: 'Basic', notice }, { ...aminaApplication(), languages: ['en'] });
    expect(receiving.judgements.map((judgement) => [judgement.requirement, judgement.verdict])).toEqual([['category', 'met'], ['clearance', 'unknown']]);
  });
});

describe("an NCB's part of a sending unit's applications", () => {
  it('is nothing: a serving officer waiting for release waits for no NCB, so no NCB digest names them', async () => {
    const { ncbPendingItems } = await import('#shared/ncb/waiting.js');
    expect(ncbPendingItems(aminaApplication({ category: 'serving-police', documents: { cv } }), 'Basic')).toEqual([]);
    expect(ncbPendingItems(aminaApplication({ documents: { cv } }), 'Basic')).toEqual(['validation', 'confirmationLetter']);
  });
});
