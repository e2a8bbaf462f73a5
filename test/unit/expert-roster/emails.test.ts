import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '#functions/adapters/ses/mime.js';
import { deadlineInDutyStation } from '#shared/email/deadline-text.js';
import { emailWords } from '#shared/email/words.js';
import { callInvitationClaim, callInvitationEmail, type CallInvitationInput, type InvitedExpert, type InvitingCall } from '#shared/expert-roster/emails.js';
import type { RosterExpert } from '#shared/expert-roster/expert.js';
import type { EmailKey } from '#shared/i18n/catalogues/surfaces.js';
import { languages, type Language } from '#shared/i18n/languages.js';
import { civilianRoleCategories } from '#shared/profiles/role-categories.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { eulexCall } from '../../support/sending-unit.js';

const EXPERT_ID = '7b0f3c2e-5d1a-4c8e-9f6b-2a4d8e1c3b5f';
const APPLY_URL = 'https://hub.example/?vacancy=EUMM-26-03';

/** An expert as the roster holds them: HR's note, their languages, vetting and past invitations on the record. */
const rosterExpert = (overrides: Partial<RosterExpert> = {}): RosterExpert => ({
  id: EXPERT_ID,
  givenName: 'Nino',
  familyName: 'Beridze',
  email: 'nino.beridze@experts.example',
  language: 'en',
  fields: ['border-monitoring', 'human-rights'],
  languages: [
    { language: 'en', level: 'C1' },
    { language: 'ka', level: 'C2' },
  ],
  yearsOfExperience: 9,
  availableFrom: '2027-01-01',
  vettingExpiresOn: '2029-06-30',
  note: 'Prefers short deployments; reference from OSCE pending',
  invitations: [{ vacancy: 'OSCE-BIH-2603', at: '2026-11-02T10:00:00.000Z', by: 'hr@secondment-hub.local' }],
  version: 3,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  ...overrides,
});

/** A call as the roster's rules hold it: a vacancy that names its mission. */
const asCall = (vacancy: Vacancy): InvitingCall => {
  if (!vacancy.mission) throw new Error('a call names its mission');
  return { ...vacancy, mission: vacancy.mission };
};
/** EUMM Georgia's civilian call for border monitors, national deadline 13 December 2026 in Tbilisi, the mission's on 28 December. */
const eummCall = (overrides: Partial<Vacancy> = {}, mission: Partial<NonNullable<Vacancy['mission']>> = {}): InvitingCall =>
  asCall(
    eulexCall(
      { number: 'EUMM-26-03', title: 'Monitor, Border Section', location: 'Tbilisi', timeZone: 'Asia/Tbilisi', ...overrides },
      { mission: 'EUMM Georgia', roleCategory: 'border-monitoring', rankSought: 'Grade SMS 1', ...mission },
    ),
  );

const input = (expert: InvitedExpert = rosterExpert(), call: InvitingCall = eummCall()): CallInvitationInput => ({ expert, call, applyUrl: APPLY_URL });

/** A Latin value as Arabic text keeps it whole (first-strong isolate). */
const kept = (language: Language, value: string) => (language === 'ar' ? `\u2068${value}\u2069` : value);
const partsOf = (email: { subject: string; text: string; html: string }) => [email.subject, email.text, email.html];

describe('the invitation to apply', () => {
  for (const language of languages) {
    it(`invites an expert in ${language}: the call, the mission and who runs it, the role category in words, both deadlines, why, the link and their choice`, () => {
      const words = emailWords(language);
      const call = eummCall();

      const email = callInvitationEmail(input(rosterExpert({ language }), call));

      expect(email.to).toEqual(['nino.beridze@experts.example']);
      expect(email.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
      for (const part of partsOf(email)) {
        expect(part).toContain('EUMM-26-03');
        expect(part).toContain('EUMM Georgia');
        expect(part).toContain('Monitor, Border Section');
        expect(part).not.toMatch(/\{|\}|undefined|NaN/);
      }
      const field = words.text('email.invitation.field.borderMonitoring');
      expect(email.text).toContain(words.text('email.greeting.named', { name: kept(language, 'Nino Beridze') }));
      expect(email.text).toContain(words.text('email.invitation.call', { number: kept(language, 'EUMM-26-03'), title: kept(language, 'Monitor, Border Section'), location: kept(language, 'Tbilisi') }));
      expect(email.text).toContain(words.text('email.invitation.mission', { mission: kept(language, 'EUMM Georgia'), organisation: 'EU' }));
      expect(email.text).toContain(words.text('email.invitation.role', { field: kept(language, field) }));
      expect(email.text).toContain(words.text('email.invitation.deadline', { deadline: kept(language, deadlineInDutyStation(words, call)) }));
      expect(email.text).toContain(words.text('email.invitation.why', { field: kept(language, field) }));
      expect(email.text).toContain(words.text('email.invitation.choice'));
      expect(email.text).toContain(`${words.text('email.invitation.apply')}\n${APPLY_URL}`);
      expect(email.html).toContain(`<a href="${APPLY_URL}">`);
    });
  }

  it('says it all in plain English', () => {
    const email = callInvitationEmail(input());

    expect(email.subject).toBe('Invitation to apply: call EUMM-26-03, Monitor, Border Section (EUMM Georgia)');
    expect(email.text).toBe(
      [
        'Dear Nino Beridze,',
        'The unit is recruiting for call EUMM-26-03, Monitor, Border Section, a post in EUMM Georgia, and invites you to apply.',
        [
          'Call: EUMM-26-03, Monitor, Border Section; duty station: Tbilisi',
          'Mission: EUMM Georgia, run by the European Union',
          'Role category: Border monitoring',
          'Apply by: 13 December 2026, 23:59 Tbilisi time (Asia/Tbilisi, UTC+04:00)',
          'The mission’s deadline: 28 December 2026; the unit nominates its candidates to the mission before then',
        ].join('\n'),
        'You are receiving this invitation because you are on the unit’s roster of deployable civilian experts and your field of expertise, Border monitoring, is the one this post asks for.',
        `To apply, fill in the call’s form: it sets out what the post asks for and what to send.\n${APPLY_URL}`,
        'Whether you apply is your choice. Whatever you decide, you stay on the roster: not applying to this call changes nothing, and the unit will keep you in mind for other posts in your field.',
        'The international secondments team',
      ].join('\n\n'),
    );
    expect(email.html).toContain(`To apply, <a href="${APPLY_URL}">fill in the call’s form</a>: it sets out`);
  });

  it('writes Arabic right to left, each Latin value kept whole inside the Arabic text, the field in Arabic words', () => {
    const email = callInvitationEmail(input(rosterExpert({ language: 'ar' })));

    expect(email.html).toContain('dir="rtl"');
    expect(email.subject).toContain('\u2068EUMM-26-03\u2069');
    expect(email.text).toContain('\u2068EUMM Georgia\u2069');
    expect(email.text).toContain('\u2068Tbilisi\u2069');
    expect(email.text).toContain('التابعة للاتحاد الأوروبي');
    expect(email.text).toContain('مراقبة الحدود');
    // The link stays exactly as given: no isolate inside the address a reader copies.
    expect(email.text).toContain(`\n${APPLY_URL}`);
    expect(email.html).toContain(`href="${APPLY_URL}"`);
  });

  it('writes a French expert’s in French, with the dates as French writes them', () => {
    const email = callInvitationEmail(input(rosterExpert({ language: 'fr' })));

    expect(email.subject).toBe('Invitation à postuler : appel EUMM-26-03, Monitor, Border Section (EUMM Georgia)');
    expect(email.text).toContain('Bonjour Nino Beridze');
    expect(email.text).toContain('Mission : EUMM Georgia, conduite par l’Union européenne');
    expect(email.text).toContain('Catégorie de fonction : Surveillance des frontières');
    expect(email.text).toContain('Date limite de candidature : 13 décembre 2026');
    expect(email.text).toContain('Date limite de la mission : 28 décembre 2026');
  });

  it('names each of the ten civilian fields in its own words, in every language', () => {
    for (const language of languages) {
      const words = emailWords(language);
      const fields = civilianRoleCategories.map((roleCategory) => {
        const field = words.text(`email.invitation.field.${roleCategory.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase())}` as EmailKey);

        const email = callInvitationEmail(input(rosterExpert({ language }), eummCall({}, { roleCategory })));

        expect(email.text, `${language} ${roleCategory}`).toContain(words.text('email.invitation.role', { field: kept(language, field) }));
        return field;
      });
      expect(new Set(fields).size, language).toBe(10);
    }
  });

  it('says who runs the mission for each organisation', () => {
    const [eu, un, osce] = (['EU', 'UN', 'OSCE'] as const).map((organisation) => callInvitationEmail(input(rosterExpert(), eummCall({}, { organisation }))).text);

    expect(eu).toContain('run by the European Union');
    expect(un).toContain('run by the United Nations');
    expect(osce).toContain('run by the Organization for Security and Co-operation in Europe (OSCE)');
  });

  it('greets an expert with one name by that name alone', () => {
    const { familyName: _familyName, ...oneName } = rosterExpert({ givenName: 'Tamar' });

    expect(callInvitationEmail(input(oneName)).text).toMatch(/^Dear Tamar,\n/);
  });

  it('claims no matching field for a police role, which is no civilian expert’s field, and still fails nobody', () => {
    const police = eummCall({}, { roleCategory: 'mentoring-and-advising' });

    const email = callInvitationEmail(input(rosterExpert(), police));

    expect(email.text).not.toContain('Role category');
    expect(email.text).not.toContain('field of expertise');
    expect(email.text).toContain('You are receiving this invitation because you are on the unit’s roster of deployable civilian experts.');
    expect(email.text).toContain(APPLY_URL);
  });

  it('escapes every value in the HTML part', () => {
    const hostile = eummCall({ title: 'Monitor <script>alert(1)</script> & co', location: 'Tbilisi "HQ"' }, { mission: 'EUMM <i>Georgia</i>' });

    const email = callInvitationEmail({ expert: rosterExpert({ language: 'es', givenName: '<b>Nino</b>' }), call: hostile, applyUrl: 'https://hub.example/?vacancy=X&y="1"' });

    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<i>Georgia');
    expect(email.html).not.toContain('<b>Nino</b>');
    expect(email.html).toContain('Monitor &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(email.html).toContain('Tbilisi &quot;HQ&quot;');
    expect(email.html).toContain('href="https://hub.example/?vacancy=X&amp;y=&quot;1&quot;"');
  });

  it('travels through our MIME composer, both parts read back whole', async () => {
    const email = callInvitationEmail(input(rosterExpert({ language: 'es' })));

    const parsed = await simpleParser(composeMime({ from: 'Secondment Hub <hr@hub.example>', ...email }));

    expect(parsed.subject).toBe('Invitación a presentar su candidatura: convocatoria EUMM-26-03, Monitor, Border Section (EUMM Georgia)');
    expect(parsed.text).toContain('Categoría de función: Vigilancia de fronteras');
    expect(parsed.text).toContain(APPLY_URL);
    expect(parsed.html).toContain('Misión: EUMM Georgia, dirigida por la Unión Europea');
    expect(parsed.html).toContain(`href="${APPLY_URL}"`);
  });
});

describe('what the invitation never says', () => {
  for (const language of languages) {
    it(`leaks no note of HR, nothing else of the record and nothing of the call HR alone reads (${language})`, () => {
      const email = callInvitationEmail(input(rosterExpert({ language }), eummCall({}, { rankSought: 'Grade SMS 1', nominationsAllowed: 3 })));

      for (const part of partsOf(email)) {
        expect(part).not.toContain('Prefers short deployments');
        expect(part).not.toContain('reference from OSCE');
        expect(part).not.toContain('OSCE-BIH-2603');
        expect(part).not.toContain('hr@secondment-hub.local');
        expect(part).not.toContain(EXPERT_ID);
        expect(part).not.toContain('2029');
        expect(part).not.toContain('Grade SMS 1');
      }
    });
  }

  it('is addressed to each invited expert alone, naming nobody else', () => {
    const other = rosterExpert({ id: 'c3d1e2f4-0a9b-4c8d-8e7f-6a5b4c3d2e1f', givenName: 'Giorgi', familyName: 'Kapanadze', email: 'giorgi@experts.example' });

    const email = callInvitationEmail(input());
    const theirs = callInvitationEmail({ ...input(), expert: other });

    expect(email.to).toEqual(['nino.beridze@experts.example']);
    expect(theirs.to).toEqual(['giorgi@experts.example']);
    for (const part of partsOf(email)) {
      expect(part).not.toContain(other.givenName);
      expect(part).not.toContain(other.email);
    }
    expect(partsOf(theirs).join('\n')).toContain('Giorgi');
  });
});

describe('the claim that sends each invitation once', () => {
  it('is the same for the same expert and call, and differs per expert and per call', () => {
    const key = callInvitationClaim(EXPERT_ID, 'EUMM-26-03');

    expect(key).toEqual({ scope: `EXPERT#${EXPERT_ID}`, kind: 'call-invitation', day: 'EUMM-26-03' });
    expect(callInvitationClaim(EXPERT_ID, 'EUMM-26-03')).toEqual(key);
    expect(callInvitationClaim(EXPERT_ID, 'OSCE-BIH-2603')).not.toEqual(key);
    expect(callInvitationClaim('c3d1e2f4-0a9b-4c8d-8e7f-6a5b4c3d2e1f', 'EUMM-26-03')).not.toEqual(key);
  });
});
