import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import { languages } from '#shared/i18n/languages.js';
import { dueLetter, rejectedFromOf, stageOf, type DueLetter, type LetterFacts } from '#shared/letters/due.js';
import { letterEmail, ncbCopyEmail } from '#shared/letters/emails.js';
import { sentLetterKinds } from '#shared/letters/kinds.js';
import { applySetting, defaultSetting, readSetting, startingSetting } from '#shared/letters/settings.js';
import { jobSettingOf } from '#shared/letters/vacancy-setting.js';
import type { LettersSetting, LettersSettingAuditEntry } from '#shared/letters/settings.js';
import type { Offer } from '#shared/offers/offer.js';
import { aminaApplication, openVacancy } from '../../support/candidates.js';

const vacancy = openVacancy({ number: '1701', status: 'closed' });
const facts: LetterFacts = { writtenTest: false };
const offer: Offer = {
  madeAt: '2027-01-20T10:00:00.000Z',
  madeBy: 'hr@secondment-hub.local',
  answerBy: '2027-02-03',
  startsOn: '2027-04-01',
  months: 24,
  homeConfirmation: { by: '2027-02-28', terms: ['release-for-period', 'salary-and-benefits', 'travel-and-removal', 'duty-station-conditions'] },
};
const at = (status: Application['status'], overrides: Partial<Application> = {}) => aminaApplication({ status, score: 87, note: 'Strong analyst; ranked 2nd by the panel', ...overrides });
const kindsDue = (application: Application, given: LetterFacts = facts) => sentLetterKinds.filter((kind) => dueLetter(application, kind, given));

describe('which letter is due, per stage', () => {
  it('is due none while submitted or screening', () => {
    expect(kindsDue(at('submitted'))).toEqual([]);
    expect(kindsDue(at('screening'))).toEqual([]);
  });

  it('sends the shortlisted letter only when the vacancy has no written test (its invitation is that letter)', () => {
    expect(kindsDue(at('shortlisted'))).toEqual(['shortlisted']);
    expect(kindsDue(at('shortlisted'), { writtenTest: true })).toEqual([]);
  });

  it('sends a test result once the result is recorded, once per test', () => {
    const result = { testId: 't-1', mark: 62, passMark: 50, maxMark: 100, passed: true, recordedAt: '2027-01-05T10:00:00.000Z', recordedBy: 'hr@x' };
    expect(kindsDue(at('tested', { writtenTest: result }))).toEqual(['test-result']);
    expect(dueLetter(at('tested', { writtenTest: result }), 'test-result', facts)?.occasion).toBe('t-1');
  });

  it('sends the reserve letter on the chair’s reserve recommendation, not on appoint or not-recommended', () => {
    expect(kindsDue(at('interviewed'), { writtenTest: false, recommendation: 'reserve' })).toEqual(['reserve']);
    expect(kindsDue(at('interviewed'), { writtenTest: false, recommendation: 'appoint' })).toEqual([]);
    expect(kindsDue(at('interviewed'))).toEqual([]);
  });

  it('sends the offer while it awaits an answer, a new offer being another letter', () => {
    expect(dueLetter(at('offered', { offer }), 'offer', facts)).toMatchObject({ kind: 'offer', occasion: offer.madeAt });
    expect(kindsDue(at('offered', { offer: { ...offer, answer: { decision: 'accepted', at: '2027-01-21T00:00:00.000Z' } } }))).toEqual([]);
    expect(kindsDue(at('offered', { offer: { ...offer, lapsedAt: '2027-02-04T00:00:00.000Z' } }))).toEqual([]);
    expect(kindsDue(at('offered'))).toEqual([]);
  });

  it('sends the appointment', () => {
    expect(kindsDue(at('appointed', { offer }))).toEqual(['appointed']);
  });

  it('tells a rejected candidate the stage reached, from the status they left', () => {
    expect(stageOf('submitted', false)).toBe('screening');
    expect(stageOf('screening', false)).toBe('screening');
    expect(stageOf('shortlisted', false)).toBe('shortlisting');
    expect(stageOf('shortlisted', true)).toBe('test');
    expect(stageOf('tested', true)).toBe('test');
    expect(stageOf('interviewed', false)).toBe('interview');
    expect(stageOf(undefined, false)).toBe('screening');
    expect(dueLetter(at('rejected'), 'not-retained', { writtenTest: false, rejectedFrom: 'interviewed' })).toMatchObject({ stage: 'interview', occasion: '1701' });
  });

  it('reads the stage from the history’s last move into rejected', () => {
    const history: Array<{ changes: Record<string, { from: unknown; to: unknown }> }> = [
      { changes: { status: { from: 'screening', to: 'shortlisted' } } },
      { changes: { score: { from: null, to: 80 } } },
      { changes: { status: { from: 'shortlisted', to: 'tested' } } },
      { changes: { status: { from: 'tested', to: 'rejected' } } },
    ];
    expect(rejectedFromOf(history)).toBe('tested');
    expect(rejectedFromOf([])).toBeUndefined();
  });

  it('owes nothing to a withdrawn candidate, an unconfirmed address, or a vacancy cancelled', () => {
    expect(kindsDue(at('withdrawn'))).toEqual([]);
    expect(kindsDue(at('rejected', { endedBecause: 'vacancy-cancelled' }))).toEqual([]);
    expect(kindsDue(at('shortlisted', { emailConfirmation: { tokenHash: 'x', expiresAt: '2027-01-01T00:00:00.000Z' } }))).toEqual([]);
  });
});

describe('the letters in four languages', () => {
  const cases = [
    { kind: 'shortlisted' as const, application: at('shortlisted') },
    { kind: 'test-result' as const, application: at('tested', { writtenTest: { testId: 't', mark: 41, passMark: 50, maxMark: 100, passed: false, recordedAt: 'x', recordedBy: 'y' } }) },
    { kind: 'reserve' as const, application: at('interviewed') },
    { kind: 'offer' as const, application: at('offered', { offer }) },
    { kind: 'appointed' as const, application: at('appointed') },
    ...(['screening', 'shortlisting', 'test', 'interview'] as const).map((stage) => ({ kind: 'not-retained' as const, stage, application: at('rejected') })),
  ] as const;

  for (const language of languages) {
    for (const entry of cases) {
      it(`writes the ${entry.kind}${'stage' in entry ? ` (${entry.stage})` : ''} letter in ${language}, with no score, note or rank`, () => {
        const application = { ...entry.application, language };
        const due: DueLetter = { kind: entry.kind, applicationId: application.id, occasion: 'x', ...('stage' in entry ? { stage: entry.stage } : {}) };
        const email = letterEmail(due, application, vacancy, 'https://hub.example/status');
        expect(email.to).toEqual([application.email]);
        for (const part of [email.subject, email.text, email.html]) {
          expect(part).toContain('1701');
          expect(part).not.toMatch(/\{|\}|undefined|NaN/);
          expect(part).not.toContain('87');
          expect(part).not.toContain('Strong analyst');
          expect(part).not.toContain('ranked');
        }
        expect(email.html).toContain(`lang="${language}"`);
        expect(email.text).toContain(application.id);
      });
    }
  }

  it('says the offer’s answer-by in the duty station, the terms the home administration confirms and by when, and the status page', () => {
    const email = letterEmail({ kind: 'offer', applicationId: 'a', occasion: 'x' }, { ...at('offered', { offer }), language: 'en' }, vacancy, 'https://hub.example/status');
    expect(email.text).toContain('the end of 3 February 2027, Lyon time (Europe/Paris)');
    expect(email.text).toContain('by 28 February 2027');
    expect(email.text).toContain('releases you for the whole period');
    expect(email.text).toContain('salary, social insurance, pension');
    expect(email.text).toContain('1 April 2027 for 24 months');
    expect(email.text).toContain('https://hub.example/status');
    expect(email.html).toContain('<a href="https://hub.example/status">');
  });

  it('writes each stage’s not-retained letter differently in French', () => {
    const bodies = (['screening', 'shortlisting', 'test', 'interview'] as const).map(
      (stage) => letterEmail({ kind: 'not-retained', applicationId: 'a', occasion: 'x', stage }, { ...at('rejected'), language: 'fr' }, vacancy, 'u').text,
    );
    expect(new Set(bodies).size).toBe(4);
    expect(bodies[3]).toContain('à l’issue des entretiens');
  });

  it('copies an offer to the NCB in its language, with the answer-by in its own zone too', () => {
    const email = ncbCopyEmail({ kind: 'offer', applicationId: 'a', occasion: 'x' }, at('offered', { offer }), vacancy, { email: 'ncb@sn.example', country: 'SN', language: 'fr' }, 'Africa/Dakar');
    expect(email.to).toEqual(['ncb@sn.example']);
    expect(email.subject).toContain('Copie pour le BCN');
    expect(email.text).toContain('Sénégal');
    expect(email.text).toContain('Africa/Dakar');
    expect(email.text).toContain('28 février 2027');
    expect(email.text).not.toContain('87');
    const appointed = ncbCopyEmail({ kind: 'appointed', applicationId: 'a', occasion: 'x' }, at('appointed'), vacancy, { email: 'ncb@sa.example', country: 'SA', language: 'ar' }, 'Asia/Riyadh');
    expect(appointed.subject).toContain('نسخة للمكتب المركزي الوطني');
    expect(appointed.html).toContain('dir="rtl"');
  });
});

describe('the vacancy letters setting', () => {
  it('reads a vacancy without a setting, and a setting stored before a kind existed, as all on', () => {
    expect(Object.values(defaultSetting('1701').automatic).every(Boolean)).toBe(true);
    const stored = readSetting('1701', { automatic: { 'not-retained': false }, revision: 2 });
    expect(stored.automatic['not-retained']).toBe(false);
    expect(stored.automatic.offer).toBe(true);
  });

  it('reads a vacancy published before the stage’s letters began, with no setting stored, as sending none by itself; from that day on, and a stored setting, as they are', () => {
    const none = (setting: ReturnType<typeof defaultSetting>) => sentLetterKinds.filter((kind) => setting.automatic[kind]);
    expect(none(startingSetting(defaultSetting('1701'), '2026-12-07', '2026-12-08'))).toEqual([]);
    expect(none(startingSetting(defaultSetting('1701'), '2026-12-08', '2026-12-08'))).toEqual(sentLetterKinds);
    expect(none(startingSetting(defaultSetting('1701'), '2020-01-01', undefined))).toEqual(sentLetterKinds);
    const saved = readSetting('1701', { automatic: { 'not-retained': false }, revision: 1 });
    expect(startingSetting(saved, '2020-01-01', '2026-12-08')).toBe(saved);
  });

  it('has the job store that setting once for such a vacancy (by system, audited), which HR then reads and may turn one kind on in', async () => {
    const stored = new Map<string, LettersSetting>();
    const audits: LettersSettingAuditEntry[] = [];
    const settings = {
      get: async (vacancy: string) => stored.get(vacancy) ?? defaultSetting(vacancy),
      save: async (setting: LettersSetting, _revision: number, audit: LettersSettingAuditEntry) => {
        stored.set(setting.vacancy, setting);
        audits.push(audit);
      },
      history: async () => audits,
    };
    const deps = { settings, automaticFrom: '2026-12-08' };
    const now = new Date('2026-12-08T09:20:00.000Z');

    const first = await jobSettingOf(deps, { number: '1701', publishedAt: '2026-10-01' }, now);
    const again = await jobSettingOf(deps, { number: '1701', publishedAt: '2026-10-01' }, now);
    const later = await jobSettingOf(deps, { number: '1702', publishedAt: '2026-12-08' }, now);

    expect(sentLetterKinds.filter((kind) => first.automatic[kind])).toEqual([]);
    expect(again).toEqual(first);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ vacancy: '1701', by: 'system', revision: 1, changes: { appointed: { from: true, to: false } } });
    expect(later).toEqual(defaultSetting('1702'));
    const { next } = applySetting(await settings.get('1701'), { revision: 1, automatic: { appointed: true } }, 'hr@x', '2027-01-01T00:00:00.000Z');
    expect(sentLetterKinds.filter((kind) => readSetting('1701', next).automatic[kind])).toEqual(['appointed']);
  });

  it('audits what changed, and only that', () => {
    const { next, audit } = applySetting(defaultSetting('1701'), { revision: 0, automatic: { 'not-retained': false, offer: true } }, 'hr@x', '2027-01-01T00:00:00.000Z');
    expect(next.revision).toBe(1);
    expect(audit.changes).toEqual({ 'not-retained': { from: true, to: false } });
  });
});
