import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '#functions/adapters/ses/mime.js';
import type { Application } from '#shared/applications/application.js';
import { emailWords } from '#shared/email/words.js';
import { languages } from '#shared/i18n/languages.js';
import { missionAnswerClaim, missionAnswerEmails, type AnsweredCall, type MissionAnswerInput } from '#shared/nomination/emails.js';
import { missionAnswers, type MissionAnswer } from '#shared/nomination/nomination.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication } from '../../support/candidates.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

const APPROVER = 'approver@met.police.example';

/** A serving officer of the Met, interviewed, nominated, sent, answered; HR's score and note, and the mission's note HR recorded, on the item. */
const officer = (overrides: Partial<Application> = {}): Application =>
  aminaApplication({
    givenName: 'Grace',
    familyName: 'Okafor',
    email: 'grace.okafor@met.police.example',
    category: 'serving-police',
    applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' },
    status: 'interviewed',
    score: 87,
    note: 'Strong on organised crime files; ranked 2nd by the panel',
    release: { decision: 'approved', from: '2027-02-01', until: '2028-01-31', note: 'Cover arranged with the borough', at: '2026-12-20T10:00:00.000Z', by: APPROVER },
    nomination: {
      nominatedAt: '2026-12-16T09:00:00.000Z',
      nominatedBy: 'hr@secondment-hub.local',
      sent: { on: '2026-12-17', recordedAt: '2026-12-17T15:00:00.000Z', by: 'hr@secondment-hub.local' },
      answer: { outcome: 'selected', on: '2027-01-08', note: 'Mission panel: weak report writing', recordedAt: '2027-01-08T11:00:00.000Z', by: 'hr@secondment-hub.local' },
    },
    ...overrides,
  });

/** A call as the nomination rules hold it: a vacancy that names its mission. */
const asCall = (vacancy: Vacancy): AnsweredCall => {
  if (!vacancy.mission) throw new Error('a call names its mission');
  return { ...vacancy, mission: vacancy.mission };
};
const call = asCall(eulexCall());
const input = (outcome: MissionAnswer, application: Application = officer(), more: Partial<MissionAnswerInput> = {}): MissionAnswerInput => ({
  application,
  call,
  outcome,
  answeredOn: '2027-01-08',
  forces: unitForces,
  ...more,
});

const nextKey = { selected: 'selected', reserve: 'reserve', 'not-selected': 'notSelected' } as const;
/** A Latin value as Arabic text keeps it whole (first-strong isolate). */
const kept = (language: string, value: string) => (language === 'ar' ? `\u2068${value}\u2069` : value);
const partsOf = (email: { subject: string; text: string; html: string }) => [email.subject, email.text, email.html];

describe('the candidate’s email of the mission’s answer', () => {
  for (const language of languages) {
    for (const outcome of missionAnswers) {
      it(`tells a ${outcome} candidate in ${language}: the call, the mission and who runs it, the answer and what happens next`, () => {
        const words = emailWords(language);

        const { candidate } = missionAnswerEmails(input(outcome, officer({ language })));

        expect(candidate.to).toEqual(['grace.okafor@met.police.example']);
        expect(candidate.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
        for (const part of partsOf(candidate)) {
          expect(part).toContain('EULEX-26-07');
          expect(part).toContain('EULEX Kosovo');
          expect(part).not.toMatch(/\{|\}|undefined|NaN/);
        }
        expect(candidate.text).toContain('Police Adviser, Organised Crime');
        expect(candidate.text).toContain('Pristina');
        expect(candidate.text).toContain(words.text(`email.nomination.candidate.${nextKey[outcome]}`));
        expect(candidate.text).toContain(words.text('email.nomination.mission', { mission: kept(language, 'EULEX Kosovo'), organisation: 'EU' }));
        expect(candidate.text).toContain(words.text('email.greeting.named', { name: kept(language, 'Grace Okafor') }));
        expect(candidate.text).toContain(officer().id);
      });
    }
  }

  it('says what happens next in plain words for each answer, in English', () => {
    const [selected, reserve, notSelected] = missionAnswers.map((outcome) => missionAnswerEmails(input(outcome, officer({ language: 'en' }))).candidate);

    expect(selected?.subject).toBe('Selected by EULEX Kosovo: call EULEX-26-07');
    expect(selected?.text).toContain('Mission: EULEX Kosovo, run by the European Union');
    expect(selected?.text).toContain('The mission’s answer (8 January 2027): selected');
    expect(selected?.text).toMatch(/security vetting, a medical examination, a hostile-environment awareness course and insurance, and your deployment dates/);
    expect(reserve?.subject).toBe('On the reserve list of EULEX Kosovo: call EULEX-26-07');
    expect(reserve?.text).toContain('If a selected candidate does not take up the post, the mission may call on you');
    expect(notSelected?.subject).toBe('The answer of EULEX Kosovo on call EULEX-26-07');
    expect(notSelected?.text).toContain('Thank you for the time and care');
    expect(notSelected?.text).toContain('Other calls for mission posts are open');
  });

  it('writes Arabic right to left, each Latin value kept whole inside the Arabic text', () => {
    const { candidate } = missionAnswerEmails(input('reserve', officer({ language: 'ar' })));

    expect(candidate.html).toContain('dir="rtl"');
    expect(candidate.text).toContain('\u2068EULEX-26-07\u2069');
    expect(candidate.text).toContain('\u2068EULEX Kosovo\u2069');
    expect(candidate.text).toContain('قائمة الاحتياط');
    expect(candidate.text).toContain('التابعة للاتحاد الأوروبي');
  });

  it('writes a French candidate’s in French, with the day as French writes it', () => {
    const { candidate } = missionAnswerEmails(input('not-selected', officer({ language: 'fr' })));

    expect(candidate.subject).toBe('Réponse de EULEX Kosovo à l’appel EULEX-26-07');
    expect(candidate.text).toContain('Mission : EULEX Kosovo, conduite par l’Union européenne');
    expect(candidate.text).toContain('Réponse de la mission (8 janvier 2027) : candidature non retenue');
    expect(candidate.text).toContain('Bonjour Grace Okafor');
  });

  it('escapes every value in the HTML part', () => {
    const hostile = asCall(eulexCall({ title: 'Adviser <script>alert(1)</script> & co' }, { mission: 'EULEX "Kosovo"' }));

    const { candidate, force } = missionAnswerEmails({ ...input('selected', officer({ language: 'es', givenName: '<b>Grace</b>' })), call: hostile });

    for (const email of [candidate, force]) {
      expect(email?.html).not.toContain('<script>');
      expect(email?.html).toContain('Adviser &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
      expect(email?.html).toContain('EULEX &quot;Kosovo&quot;');
      expect(email?.html).not.toContain('<b>Grace</b>');
    }
  });

  it('travels through our MIME composer, both parts read back whole', async () => {
    const email = missionAnswerEmails(input('selected', officer({ language: 'es' }))).candidate;

    const parsed = await simpleParser(composeMime({ from: 'Secondment Hub <hr@hub.example>', ...email }));

    expect(parsed.subject).toBe('Candidatura seleccionada por EULEX Kosovo: convocatoria EULEX-26-07');
    expect(parsed.text).toContain('Enhorabuena: la misión ha seleccionado su candidatura');
    expect(parsed.html).toContain('Misión: EULEX Kosovo, dirigida por la Unión Europea');
  });
});

describe('the force approver’s email of the mission’s answer', () => {
  for (const outcome of missionAnswers) {
    it(`tells the approver who released the officer, in English, that the mission answered ${outcome}`, () => {
      const { force } = missionAnswerEmails(input(outcome, officer({ language: 'ar' })));

      expect(force?.to).toEqual([APPROVER]);
      expect(force?.html).toContain('<html lang="en" dir="ltr">');
      for (const part of partsOf(force ?? { subject: '', text: '', html: '' })) {
        expect(part).toContain('Grace Okafor');
        expect(part).toContain('EULEX-26-07');
        expect(part).toContain('EULEX Kosovo');
        expect(part).not.toMatch(/\{|\}|undefined|NaN/);
      }
      expect(force?.text).toContain(
        'You approved the release of Grace Okafor (Metropolitan Police Service) for call EULEX-26-07, Police Adviser, Organised Crime, from 1 February 2027 to 31 January 2028.',
      );
      expect(force?.text).toContain('Mission: EULEX Kosovo, run by the European Union');
      expect(force?.text).toContain(emailWords('en').text(`email.nomination.force.${nextKey[outcome]}`, { name: 'Grace Okafor' }));
    });
  }

  it('says each answer’s consequence for the force in plain words', () => {
    const [selected, reserve, notSelected] = missionAnswers.map((outcome) => missionAnswerEmails(input(outcome)).force);

    expect(selected?.subject).toBe('Grace Okafor selected by EULEX Kosovo: call EULEX-26-07');
    expect(selected?.text).toContain('will tell you the dates so that you can plan for their absence');
    expect(reserve?.subject).toBe('Grace Okafor on the reserve list of EULEX Kosovo: call EULEX-26-07');
    expect(reserve?.text).toContain('until then they remain in post with your force');
    expect(notSelected?.subject).toBe('Grace Okafor not selected by EULEX Kosovo: call EULEX-26-07');
    expect(notSelected?.text).toContain('the release you approved will not be used for this call');
  });

  it('names a force since taken off the stage’s list by its id', () => {
    const { force } = missionAnswerEmails({ ...input('reserve'), forces: [] });

    expect(force?.text).toContain('Grace Okafor (met)');
  });

  it('says the release without a period when an old approval named none', () => {
    const release = { decision: 'approved' as const, at: '2026-12-20T10:00:00.000Z', by: APPROVER };

    const { force } = missionAnswerEmails(input('selected', officer({ release })));

    expect(force?.text).toContain('You approved the release of Grace Okafor (Metropolitan Police Service) for call EULEX-26-07, Police Adviser, Organised Crime. The unit nominated');
  });

  it('tells no force of a retired officer or a civilian expert, even with a release on the item', () => {
    const retired = officer({ category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31' } });
    const civilian = officer({ category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true } });

    for (const application of [retired, civilian]) {
      const emails = missionAnswerEmails(input('selected', application));
      expect(emails.force).toBeUndefined();
      expect(emails.candidate.to).toEqual(['grace.okafor@met.police.example']);
    }
  });

  it('tells no force whose release was refused, or never decided', () => {
    const refused = officer({ release: { decision: 'refused', note: 'Operational need', at: '2026-12-20T10:00:00.000Z', by: APPROVER } });
    const { release: _release, ...undecided } = officer();

    expect(missionAnswerEmails(input('selected', refused)).force).toBeUndefined();
    expect(missionAnswerEmails(input('selected', undecided as Application)).force).toBeUndefined();
  });
});

describe('what the emails never say', () => {
  for (const language of languages) {
    for (const outcome of missionAnswers) {
      it(`leaks no score, note or rank of HR, no mission’s note and no release note (${language}, ${outcome})`, () => {
        const { candidate, force } = missionAnswerEmails(input(outcome, officer({ language })));

        for (const part of [...partsOf(candidate), ...partsOf(force ?? { subject: '', text: '', html: '' })]) {
          expect(part).not.toContain('87');
          expect(part).not.toContain('Strong on organised crime');
          expect(part).not.toContain('ranked');
          expect(part).not.toContain('weak report writing');
          expect(part).not.toContain('Cover arranged');
          expect(part).not.toContain('Inspector or above');
          expect(part).not.toContain('hr@secondment-hub.local');
        }
      });
    }
  }
});

describe('the claims that send each email once', () => {
  it('differ per recipient and per answer, and are the same for the same answer on the same day', () => {
    const id = officer().id;
    const keys = missionAnswers.flatMap((outcome) => (['candidate', 'force'] as const).map((recipient) => missionAnswerClaim(id, recipient, outcome, '2027-01-08')));

    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(6);
    expect(missionAnswerClaim(id, 'candidate', 'selected', '2027-01-08')).toEqual(missionAnswerClaim(id, 'candidate', 'selected', '2027-01-08'));
    expect(missionAnswerClaim(id, 'candidate', 'selected', '2027-01-08')).toEqual({ scope: `APPLICATION#${id}`, kind: 'mission-answer-candidate-selected', day: '2027-01-08' });
    expect(missionAnswerClaim(id, 'force', 'reserve', '2027-01-09')).not.toEqual(missionAnswerClaim(id, 'force', 'reserve', '2027-01-08'));
    expect(missionAnswerClaim('another', 'force', 'reserve', '2027-01-08')).not.toEqual(missionAnswerClaim(id, 'force', 'reserve', '2027-01-08'));
  });
});
