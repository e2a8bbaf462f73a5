/**
 * The Deployments tab's markup on the staff page (issue 18, point 6): every control labelled and
 * described by its error, the roster a table with a caption and column headers, every word in the
 * page's language (four of them), and a record without its judgements judged on the duty
 * station's date.
 */
import { describe, expect, it } from 'vitest';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { deploymentDialogs, deploymentsSection } from '#functions/admin/pages/deployment-views.js';
import { extensionDecider, pendingExtension, viewOf } from '#functions/admin/pages/client/deployment-types.js';
import type { Deployment } from '#shared/deployment/deployment.js';
import { languages } from '#shared/i18n/languages.js';

const markup = (language: (typeof languages)[number] = 'en') => `${deploymentsSection(adminWords(language)).value}${deploymentDialogs(adminWords(language)).value}`;

describe('the Deployments tab’s markup', () => {
  it('labels every control of the tab and its dialogs, and describes each field by its error', () => {
    const page = markup();
    const controls = [...page.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1] ?? '');

    expect(controls).toEqual([
      'deployments-state',
      'deployments-call',
      'deployments-report-from',
      'deployments-report-until',
      'deployment-start-call',
      'deployment-start-candidate',
      'deployment-start-deploymentDay',
      'deployment-start-rotationDay',
      'deployment-checklist-item',
      'deployment-checklist-on',
      'deployment-checklist-expiresOn',
      'deployment-checklist-reference',
      'deployment-days-deploymentDay',
      'deployment-days-rotationDay',
      'deployment-contact-name',
      'deployment-contact-role',
      'deployment-contact-email',
      'deployment-contact-phone',
      'deployment-extension-until',
      'deployment-extension-reason',
      'deployment-decision-note',
      'deployment-return-on',
      'deployment-return-early',
      'deployment-return-reason',
      'deployment-debrief-on',
      'deployment-debrief-notes',
    ]);
    // Each is labelled: by a label's for, or (the early return's checkbox) by the label around it.
    for (const id of controls.filter((id) => id !== 'deployment-return-early')) expect(page, id).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    expect(page).toMatch(/<label class="choice"><input type="checkbox" id="deployment-return-early" name="early"> Returned early, before the rotation day<\/label>/);
    // Every field a person fills says its problem beside it, and is described by it.
    for (const id of controls.filter((id) => id.startsWith('deployment-') && !['deployment-checklist-item', 'deployment-return-early'].includes(id))) {
      expect(page, id).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="[^"]*${id}-error"`));
      expect(page, id).toContain(`id="${id}-error"`);
    }
    // The decision: two labelled choices in one group named by its legend, described by its error.
    expect([...page.matchAll(/<label class="choice"><input type="radio" name="decision" value="(approved|refused)">/g)].map((match) => match[1])).toEqual(['approved', 'refused']);
    expect(page).toMatch(/<fieldset class="fieldset" id="deployment-decision-decision" aria-describedby="deployment-decision-decision-error"><legend id="deployment-decision-legend">/);
    // Each small form says its problem as an alert.
    for (const part of ['start', 'checklist', 'days', 'contact', 'extension', 'decision', 'return', 'debrief']) expect(page, part).toMatch(new RegExp(`id="deployment-${part}-error" role="alert"`));
    expect(page).toMatch(/<dialog class="dialog" id="deployment-start-dialog" aria-labelledby="deployment-start-heading">/);
    expect(page).toMatch(/<dialog class="dialog dialog-wide" id="deployment-dialog" aria-labelledby="deployment-heading">/);
  });

  it('draws the roster as a table with a caption and a header for each of its ten columns, in a region named by it', () => {
    const page = markup();

    expect(page).toMatch(/role="region" aria-labelledby="deployments-caption"><table class="preview deployments" id="deployments-table">\s*<caption class="visually-hidden" id="deployments-caption">The deployments, by mission then deployment day<\/caption>/);
    expect([...page.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((match) => match[1])).toEqual([
      'Officer',
      'Mission',
      'Role category',
      'Force',
      'Deployment day',
      'Rotation day',
      'State',
      'Checklist',
      'Extension',
      'Actions',
    ]);
    // The state filter offers every state in words.
    expect([...page.matchAll(/<option value="(preparing|deployed|extended|return-due|returned|debriefed)">([^<]+)<\/option>/g)].map((match) => match[2])).toEqual([
      'Preparing',
      'Deployed',
      'Deployed, extended',
      'Return due',
      'Returned',
      'Debriefed',
    ]);
  });

  it('says every word in the page’s language, the tab’s name too', () => {
    const tabs = { en: 'Deployments', fr: 'Déploiements', es: 'Despliegues', ar: 'النشر' } as const;
    for (const language of languages) {
      const page = adminView(adminWords(language)).value;
      expect(page, language).not.toMatch(/admin\.deployments\./);
      expect(page, language).toContain(`<button type="button" class="tab" id="tab-deployments" data-view="deployments" aria-pressed="false" hidden>${tabs[language]}</button>`);
      expect(page, language).toContain('<section class="view" id="deployments-view"');
      expect(page, language).toContain('<dialog class="dialog dialog-wide" id="deployment-dialog"');
    }
    expect(markup('fr')).toContain('<option value="hostileEnvironmentTraining">Formation aux environnements hostiles</option>');
    expect(markup('es')).toContain('<h3 id="deployment-debrief-heading">Sesión de cierre</h3>');
    expect(markup('ar')).toContain('<option value="return-due">العودة مستحقة</option>');
  });
});

describe('a deployment as the page reads it', () => {
  const stored: Deployment = {
    id: 'app-1',
    applicationId: 'app-1',
    call: 'EULEX-26-07',
    mission: { name: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', dutyStation: 'Pristina', timeZone: 'Europe/Belgrade' },
    officer: { givenName: 'Grace', familyName: 'Okafor', email: 'grace.okafor@met.police.example', language: 'en' },
    category: 'serving-police',
    force: 'met',
    deploymentDay: '2027-03-01',
    rotationDay: '2028-02-29',
    checklist: { vetting: { on: '2027-01-10', expiresOn: '2027-12-31', recordedAt: '2027-01-10T09:00:00.000Z', by: 'hr.officer@unit.example' } },
    extensions: [{ id: 'x1', until: '2028-08-31', reason: 'The mandate is extended.', requestedAt: '2027-11-01T09:00:00.000Z', requestedBy: 'hr.officer@unit.example', state: 'requested' }],
    createdAt: '2027-01-02T09:00:00.000Z',
    createdBy: 'hr.officer@unit.example',
    updatedAt: '2027-01-10T09:00:00.000Z',
    version: 3,
  };

  it('judges a bare record (a 409’s current) on the duty station’s date: its state, each item’s verdict, readiness', () => {
    // 23:30 UTC on the last day of February is already 1 March in Pristina: the tour has begun there.
    const view = viewOf(stored, new Date('2027-02-28T23:30:00.000Z'));

    expect(view.state).toBe('deployed');
    expect(view.checklistVerdicts).toEqual({ vetting: 'expires-during-tour', medical: 'missing', hostileEnvironmentTraining: 'missing', insurance: 'missing' });
    expect(view.ready).toBe(false);
    expect(viewOf(stored, new Date('2027-02-28T22:30:00.000Z')).state).toBe('preparing');
  });

  it('keeps the judgements the API sent', () => {
    expect(viewOf({ ...stored, state: 'return-due', checklistVerdicts: { vetting: 'done', medical: 'done', hostileEnvironmentTraining: 'done', insurance: 'done' }, ready: true }, new Date('2027-02-01T00:00:00.000Z')).state).toBe('return-due');
  });

  it('finds the extension waiting, and who decides it: the force for a serving officer, HR for the others', () => {
    expect(pendingExtension(stored)?.id).toBe('x1');
    expect(pendingExtension({ extensions: stored.extensions.map((extension) => ({ ...extension, state: 'approved' as const })) })).toBeUndefined();
    expect(extensionDecider(stored)).toBe('force');
    expect(extensionDecider({ category: 'retired-police' })).toBe('hr');
    expect(extensionDecider({ category: 'civilian-expert' })).toBe('hr');
  });
});
