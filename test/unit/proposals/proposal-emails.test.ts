import { describe, expect, it } from 'vitest';
import { languages } from '#shared/i18n/languages.js';
import type { NcbContact } from '#shared/ncb/contact.js';
import { deliverProposalEmail } from '#shared/proposals/deliver.js';
import { ncbProposalClosed } from '#shared/proposals/emails/ncb-closed.js';
import { officerMatched } from '#shared/proposals/emails/officer-matched.js';
import type { Proposal } from '#shared/proposals/proposal.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

const proposal = (preferredLanguage: Proposal['officer']['preferredLanguage']) => ({
  id: '5b1f4c1e-0000-4000-8000-000000000777',
  country: 'MA',
  officer: {
    givenName: 'Youssef',
    familyName: 'El <Amrani>',
    email: 'youssef@dgsn.ma.example',
    nationality: 'MA',
    rank: 'Commissaire',
    homeAdministration: 'DGSN',
    yearsOfExperience: 18,
    education: 'bachelor' as const,
    languages: ['ar', 'fr'],
    preferredLanguage,
  },
  proposedAt: '2026-11-22T09:00:00.000Z',
  lapsesAt: '2027-05-21T09:00:00.000Z',
  closed: { at: '2026-12-01T10:00:00.000Z', by: 'hr@example', reason: 'No need <now> & later' },
});

describe('the proposals’ emails, in each of the four languages', () => {
  it.each(languages)('%s: the NCB’s decline and lapse, and the officer’s match, say every value and escape it in HTML', (language) => {
    const declined = ncbProposalClosed({ proposal: proposal('fr'), kind: 'declined', to: 'ncb.ma@example', language, timeZone: 'UTC' });
    const lapsed = ncbProposalClosed({ proposal: proposal('fr'), kind: 'lapsed', to: 'ncb.ma@example', language, timeZone: 'UTC' });
    const matched = officerMatched({ proposal: proposal(language), vacancy: { number: '1702', title: 'Cyber <Analyst>', location: 'Singapore' }, statusLink: 'https://hub.example/status#id=x&token=y' });

    for (const email of [declined, lapsed, matched]) {
      expect(email.subject).not.toMatch(/[{}]/);
      expect(email.text).not.toMatch(/[{}]/);
      expect(email.text).toContain('5b1f4c1e-0000-4000-8000-000000000777');
      expect(email.html).not.toMatch(/<Amrani>|<Analyst>|<now>/);
    }
    expect(declined.to).toEqual(['ncb.ma@example']);
    expect(declined.text).toContain('No need <now> & later');
    expect(declined.html).toContain('No need &lt;now&gt; &amp; later');
    expect(lapsed.text).toMatch(/180/);
    expect(matched.to).toEqual(['youssef@dgsn.ma.example']);
    expect(matched.text).toContain('https://hub.example/status#id=x&token=y');
    expect(matched.html).toContain('href="https://hub.example/status#id=x&amp;token=y"');
  });

  it('writes the NCB’s email in its contact’s language and the officer’s in theirs', () => {
    const declined = ncbProposalClosed({ proposal: proposal('fr'), kind: 'declined', to: 'ncb.ma@example', language: 'ar', timeZone: 'UTC' });
    const matched = officerMatched({ proposal: proposal('es'), vacancy: { number: '1702', title: 'Analyst', location: 'Singapore' }, statusLink: 'https://hub.example/status' });

    expect(declined.subject).toBe('رُفض ترشيح الإعارة القصيرة الأجل: Youssef El <Amrani>');
    expect(declined.html).toContain('dir="rtl"');
    expect(matched.subject).toBe('Comisión de servicio de corta duración: su candidatura a la vacante 1702, Analyst');
  });
});

describe('the NCB’s email about its proposal, as delivered', () => {
  it('gives the day it was proposed in the NCB contact’s zone, its country’s when the contact names none', async () => {
    // 20:30 UTC on 22 November is already 23 November in Tokyo and in Auckland.
    const late = { ...proposal('fr'), country: 'JP', state: 'declined', proposedAt: '2026-11-22T20:30:00.000Z' } as unknown as Proposal;
    const deliverTo = async (contact: NcbContact) => {
      const { deps, outbox } = memoryEmail();
      const settled: string[] = [];
      await deliverProposalEmail(
        {
          proposals: { get: async () => late, settleEmail: async (owed) => void settled.push(owed.proposalId) },
          vacancies: { get: async () => undefined },
          contacts: { getMany: async () => new Map([[contact.country, contact]]) },
          email: deps,
          publicBaseUrl: 'https://hub.example',
        },
        { proposalId: late.id, kind: 'declined', at: '2026-12-01T10:00:00.000Z' },
        new Date('2026-12-01T10:00:00.000Z'),
      );
      expect(settled).toEqual([late.id]);
      return outbox.sent[0]?.text ?? '';
    };
    const contact: NcbContact = { country: 'JP', email: 'ncb.jp@example', language: 'en', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'seed' };

    expect(await deliverTo(contact)).toContain('23 November 2026');
    expect(await deliverTo({ ...contact, timeZone: 'America/Los_Angeles' })).toContain('22 November 2026');
  });
});
