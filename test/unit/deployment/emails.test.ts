import { describe, expect, it } from 'vitest';
import type { Deployment, DeploymentExtension } from '#shared/deployment/deployment.js';
import { metDeployment, requestedExtension } from '../../support/deployments.js';
import { checklistHrEmail, checklistOfficerEmail, debriefDueEmail, extensionDecidedEmail, extensionRequestedEmail, releaseApprover, reminderEmail, returnDueEmail } from '#shared/deployment/emails.js';
import { dueReminders } from '#shared/deployment/reminders.js';
import { tellExtensionDecided, tellExtensionRequested } from '#shared/deployment/tell.js';
import { isolatedValues } from '#shared/email/paragraphs.js';
import { emailWords, type EmailValues, type EmailWords } from '#shared/email/words.js';
import { formatCalendarDate } from '#shared/i18n/format.js';
import { languages } from '#shared/i18n/languages.js';
import { unitForces } from '../../support/sending-unit.js';
import { memoryEmail } from '../reminders/in-memory-email.js';

const APPROVER = 'approver@met.police.example';
const HR = ['hr@unit.example', 'deployments@unit.example'];
const NOW = new Date('2028-01-10T09:00:00.000Z');

/** A serving officer of the Met deployed to EULEX Kosovo; the debrief's notes are the unit's own. */
const deployment = (overrides: Partial<Deployment> = {}): Deployment => metDeployment(overrides);
const extension = (overrides: Partial<DeploymentExtension> = {}): DeploymentExtension => requestedExtension(overrides);

/** A Latin value in Arabic text is kept whole (first-strong isolate). */
const kept = (language: string, value: string) => (language === 'ar' ? `\u2068${value}\u2069` : value);
/** The values as the emails give them: Latin ones kept whole in Arabic, the selectors as they are. */
const as = (words: EmailWords, values: EmailValues) => isolatedValues(words, values, new Set(['decision', 'item', 'organisation']));
const partsOf = (email: { subject: string; text: string; html: string }) => [email.subject, email.text, email.html];
const clean = (email: { subject: string; text: string; html: string }) => {
  for (const part of partsOf(email)) expect(part).not.toMatch(/\{|\}|undefined|NaN/);
};

describe('the officer’s email of an extension decided', () => {
  for (const language of languages) {
    it(`tells an approved extension in ${language}, with the tour’s new last day`, () => {
      const words = emailWords(language);
      const approved = extension({ state: 'approved', decidedAt: '2028-01-15T10:00:00.000Z', decidedBy: APPROVER, note: 'Cover arranged at the borough' });

      const email = extensionDecidedEmail(deployment({ officer: { ...deployment().officer, language }, rotationDay: '2028-08-31', extensions: [approved] }), approved);

      expect(email.to).toEqual(['grace.okafor@met.police.example']);
      expect(email.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(email.subject).toBe(words.text('email.deployment.extensionDecided.subject', as(words, { decision: 'approved', mission: 'EULEX Kosovo', until: formatCalendarDate(language, '2028-08-31') })));
      expect(email.text).toContain(words.text('email.greeting.named', { name: kept(language, 'Grace Okafor') }));
      expect(email.text).toContain(formatCalendarDate(language, '2028-08-31'));
      expect(email.text).not.toContain('Cover arranged');
      clean(email);
    });

    it(`tells a refused extension in ${language}, with the last day as it stands`, () => {
      const words = emailWords(language);
      const refused = extension({ state: 'refused', decidedAt: '2028-01-15T10:00:00.000Z', decidedBy: APPROVER });

      const email = extensionDecidedEmail(deployment({ officer: { ...deployment().officer, language }, extensions: [refused] }), refused);

      expect(email.text).toContain(
        words.text('email.deployment.extensionDecided.body', as(words, { decision: 'refused', mission: 'EULEX Kosovo', until: formatCalendarDate(language, '2028-08-31'), rotationDay: formatCalendarDate(language, '2028-02-29') })),
      );
      clean(email);
    });
  }
});

describe('the checklist’s emails', () => {
  const d = deployment({ checklist: { vetting: { on: '2027-01-05', recordedAt: '2027-01-05T09:00:00.000Z', by: 'hr@unit.example' }, insurance: { on: '2027-01-05', expiresOn: '2027-12-31', reference: 'POL-77', recordedAt: '2027-01-05T09:00:00.000Z', by: 'hr@unit.example' } } });
  const gaps = [
    { item: 'medical', verdict: 'missing' },
    { item: 'hostileEnvironmentTraining', verdict: 'missing' },
    { item: 'insurance', verdict: 'expires-during-tour', expiresOn: '2027-12-31' },
  ] as const;

  for (const language of languages) {
    it(`list what is not in order to the officer in ${language}, each item in the language’s own words`, () => {
      const words = emailWords(language);

      const email = checklistOfficerEmail(deployment({ ...d, officer: { ...d.officer, language } }), gaps, 7);

      expect(email.to).toEqual(['grace.okafor@met.police.example']);
      expect(email.text).toContain(words.text('email.deployment.checklist.missing', { item: 'medical' }));
      expect(email.text).toContain(words.text('email.deployment.checklist.missing', { item: 'hostileEnvironmentTraining' }));
      expect(email.text).toContain(words.text('email.deployment.checklist.expires', as(words, { item: 'insurance', expiresOn: formatCalendarDate(language, '2027-12-31'), rotationDay: formatCalendarDate(language, '2028-02-29') })));
      expect(email.text).not.toContain(words.text('email.deployment.checklist.missing', { item: 'vetting' }));
      clean(email);
    });
  }

  it('list the same to every HR address, in English, naming the officer', () => {
    const email = checklistHrEmail(d, gaps, 30, HR);

    expect(email.to).toEqual(HR);
    expect(email.subject).toBe('Checklist not complete: Grace Okafor, EULEX Kosovo, 30 days before deployment');
    expect(email.text).toContain('Medical examination: not yet recorded');
    expect(email.text).toContain('Insurance: expires on');
    clean(email);
  });
});

describe('the force approver’s email of an extension', () => {
  it('asks the approver, in English, naming the force, the days and the unit’s reason', () => {
    const email = extensionRequestedEmail(deployment(), extension(), unitForces, APPROVER);

    expect(email.to).toEqual([APPROVER]);
    expect(email.subject).toBe('Extension requested for Grace Okafor (EULEX Kosovo) until 31 August 2028');
    expect(email.text).toContain('Metropolitan Police Service');
    expect(email.text).toContain('Mandate renewed for six months');
    expect(email.text).toContain('29 February 2028');
    clean(email);
  });

  it('escapes the unit’s reason in the HTML', () => {
    const email = extensionRequestedEmail(deployment(), extension({ reason: 'Mandate <b>renewed</b> & "extended"' }), unitForces, APPROVER);

    expect(email.html).not.toContain('<b>renewed</b>');
    expect(email.html).toContain('&lt;b&gt;renewed&lt;/b&gt;');
    expect(email.text).toContain('Mandate <b>renewed</b> & "extended"');
  });

  it('names a force taken off the stage’s list by its id', () => {
    expect(extensionRequestedEmail(deployment({ force: 'gone-force' }), extension(), unitForces, APPROVER).text).toContain('(gone-force)');
  });

  it('reaches the approver who approved the release, and nobody for any other release', () => {
    const release = { decision: 'approved' as const, from: '2027-02-01', until: '2028-01-31', at: '2026-12-20T10:00:00.000Z', by: APPROVER };

    expect(releaseApprover({ category: 'serving-police', release })).toBe(APPROVER);
    expect(releaseApprover({ category: 'serving-police', release: { ...release, decision: 'refused' } })).toBeUndefined();
    expect(releaseApprover({ category: 'civilian-expert', release })).toBeUndefined();
    expect(releaseApprover({ category: 'serving-police' })).toBeUndefined();
  });
});

describe('HR’s emails after the tour', () => {
  it('tell a return due, in English, to every HR address', () => {
    const email = returnDueEmail(deployment(), HR);

    expect(email.to).toEqual(HR);
    expect(email.subject).toBe('Return due: Grace Okafor, EULEX Kosovo');
    expect(email.text).toContain('ended on 29 February 2028');
    clean(email);
  });

  it('tell a debrief due without quoting anything internal', () => {
    const returned = { on: '2028-02-20', early: true, reason: 'A family emergency at home', recordedAt: '2028-02-20T10:00:00.000Z', by: 'hr@unit.example' };
    // Whatever the record holds of the unit's own words (the early return's reason, notes, an extension's reason and note, a reference) stays out.
    const internal = deployment({
      returned,
      debrief: { on: '2028-02-21', notes: 'Raised concerns about the team leader', recordedAt: '2028-02-21T10:00:00.000Z', by: 'hr@unit.example' },
      extensions: [extension({ state: 'refused', reason: 'Mandate renewal pending', note: 'Needed back for Operation Trident' })],
      checklist: { vetting: { on: '2027-01-05', expiresOn: '2029-01-05', reference: 'NPPV3-4411', recordedAt: '2027-01-05T10:00:00.000Z', by: 'hr@unit.example' } },
    });

    const email = debriefDueEmail(internal, 14, HR);

    expect(email.subject).toBe('Debrief due: Grace Okafor, EULEX Kosovo');
    expect(email.text).toContain('on 20 February 2028, 14 days ago');
    for (const part of partsOf(email)) expect(part).not.toMatch(/family emergency|team leader|Mandate renewal|Operation Trident|NPPV3-4411/);
    clean(email);
  });

  it('are not written with no HR address, and a force reminder not without an approver', () => {
    const waiting = deployment({ extensions: [extension()] });
    const [reminder] = dueReminders(waiting, '2028-01-17');
    if (!reminder) throw new Error('a reminder is due');

    expect(reminderEmail(waiting, reminder, { hr: HR, forces: unitForces })).toBeUndefined();
    expect(reminderEmail(waiting, reminder, { hr: HR, forces: unitForces, approver: APPROVER })?.to).toEqual([APPROVER]);
    const [returnDue] = dueReminders(deployment(), '2028-03-01');
    if (!returnDue) throw new Error('a return is due');
    expect(reminderEmail(deployment(), returnDue, { hr: [], forces: unitForces })).toBeUndefined();
  });
});

describe('telling an extension', () => {
  it('asks the approver once, however often the request is told', async () => {
    const { deps, outbox } = memoryEmail();

    const first = await tellExtensionRequested(deps, deployment(), extension(), unitForces, NOW, APPROVER);
    const again = await tellExtensionRequested(deps, deployment(), extension(), unitForces, NOW, APPROVER);

    expect([first, again]).toEqual(['sent', 'already-sent']);
    expect(outbox.sent.map((email) => email.to)).toEqual([[APPROVER]]);
  });

  it('sends nothing when no approver is on record', async () => {
    const { deps, outbox } = memoryEmail();

    expect(await tellExtensionRequested(deps, deployment(), extension(), unitForces, NOW, undefined)).toBe('suppressed');
    expect(outbox.sent).toEqual([]);
  });

  it('tells the officer the decision once, and again after SES refused it (injected fault)', async () => {
    const { deps, outbox } = memoryEmail();
    const approved = extension({ state: 'approved', decidedAt: '2028-01-15T10:00:00.000Z', decidedBy: APPROVER });
    const decided = deployment({ rotationDay: '2028-08-31', extensions: [approved] });
    outbox.failNext(1);

    const outcomes = [
      await tellExtensionDecided(deps, decided, approved, NOW),
      await tellExtensionDecided(deps, decided, approved, NOW),
      await tellExtensionDecided(deps, decided, approved, NOW),
    ];

    expect(outcomes).toEqual(['failed', 'sent', 'already-sent']);
    expect(outbox.sent).toHaveLength(1);
  });

  it('refuses to tell an extension not yet decided', async () => {
    const { deps } = memoryEmail();

    await expect(tellExtensionDecided(deps, deployment(), extension(), NOW)).rejects.toThrow('not decided');
  });
});
