import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formView } from '#functions/pages/form-view.js';
import { pageWords } from '#functions/pages/page-words.js';
import { languages } from '#shared/i18n/languages.js';
import { receivingProfile, sendingProfile } from '#shared/profiles/profile.js';
import { civilianRoleCategories, roleCategories, type RoleCategory } from '#shared/profiles/role-categories.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { eulexCall, unitForces } from '../../support/sending-unit.js';

/** What HEAD c4ad9af (before the sending profile) rendered for these vacancies: fixtures/receiving-form-c4ad9af.json. */
const before = JSON.parse(readFileSync(new URL('./fixtures/receiving-form-c4ad9af.json', import.meta.url), 'utf8')) as {
  vacancies: Vacancy[];
  html: { en: string; ar: string; none: string };
};

const unit = sendingProfile(unitForces);


/** The markup of one element with an id, from its opening tag to the first close of its kind. */
const elementOf = (markup: string, tag: string, id: string): string => {
  const start = markup.search(new RegExp(`<${tag}[^>]* id="${id.replace(/[.]/g, '\\.')}"`));
  return start < 0 ? '' : markup.slice(start, markup.indexOf(`</${tag}>`, start) + tag.length + 3);
};

/** One category's group of status fields, up to the next group or the job title's field. */
const statusGroup = (markup: string, category: string): string => {
  const start = markup.indexOf(`<div class="status-fields" id="status-${category}"`);
  if (start < 0) return '';
  const ends = [markup.indexOf('<div class="status-fields"', start + 1), markup.indexOf('data-field="currentTitle"', start)].filter((at) => at > 0);
  return markup.slice(start, Math.min(...ends));
};

describe('the form page of a receiving organisation, the default profile', () => {
  it.each(['en', 'ar'] as const)('renders in %s byte for byte as before the sending profile, with or without the profile given', (language) => {
    const words = pageWords(language);

    const implicit = formView(before.vacancies, { selected: '1614', words }).value;
    const explicit = formView(before.vacancies, { selected: '1614', words, profile: receivingProfile }).value;

    expect(implicit).toBe(before.html[language]);
    expect(explicit).toBe(before.html[language]);
  });

  it('says there is no vacancy open as before', () => {
    expect(formView([], { profile: receivingProfile }).value).toBe(before.html.none);
  });
});

describe('the form page of a sending unit (issue 18, points 2 and 3)', () => {
  it('offers the unit’s three categories of applicant as radios, and no home administration’s country', () => {
    const markup = formView([eulexCall()], { profile: unit }).value;

    const values = [...markup.matchAll(/<input type="radio" name="category" id="category-([a-z-]+)"/g)].map((match) => match[1]);
    expect(values).toEqual(['serving-police', 'retired-police', 'civilian-expert']);
    for (const label of ['Serving police officer', 'Retired police officer', 'Civilian expert']) expect(markup).toContain(`>${label}</label>`);
    expect(markup).not.toContain('homeAdministrationCountry');
    expect(markup).not.toContain('law-enforcement');
    expect(markup).toContain('<form id="application-form" class="application-form" method="post" action="./" data-profile="sending" novalidate>');
  });

  it('asks each category its own status, each group hidden until its category is chosen', () => {
    const markup = formView([eulexCall()], { profile: unit }).value;

    const serving = statusGroup(markup, 'serving-police');
    expect(serving).toMatch(/data-status-for="serving-police" hidden>/);
    expect(serving).toContain('<label class="label" for="applicantStatus.force">Your police force</label>');
    expect([...serving.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((match) => [match[1], match[2]])).toEqual([
      ['', 'Choose your force'],
      ['met', 'Metropolitan Police Service'],
      ['police-scotland', 'Police Scotland'],
      ['west-midlands', 'West Midlands Police'],
    ]);
    expect(serving).toMatch(/<label class="label" for="applicantStatus.lineManager">Your line manager’s name<\/label>/);
    expect(serving).toMatch(/id="applicantStatus.lineManagerEmail" name="applicantStatus.lineManagerEmail" type="email"/);

    const retired = statusGroup(markup, 'retired-police');
    expect(retired).toMatch(/id="applicantStatus.retiredOn" name="applicantStatus.retiredOn" type="date"[^>]* required/);
    // The last force is optional: its select is not required, and says so.
    expect(retired).toMatch(/The force you last served in <span class="optional">\(optional\)<\/span>/);
    expect(retired).toMatch(/<select class="select" id="applicantStatus.formerForce" name="applicantStatus.formerForce" aria-describedby/);

    const civilian = statusGroup(markup, 'civilian-expert');
    const expertise = [...civilian.matchAll(/<option value="([^"]+)">/g)].map((match) => match[1]);
    expect(expertise).toEqual([...civilianRoleCategories]);
    expect(civilian).toContain('<legend class="label">Are you on the unit’s roster of deployable experts?</legend>');
    expect(civilian).toMatch(/name="applicantStatus.onExpertRoster" id="applicantStatus.onExpertRoster-yes" value="yes"/);
    expect(civilian).not.toContain('applicantStatus.force');
  });

  it('asks no confirmation letter through an NCB: the unit’s applicants have none (a serving officer’s force releases them)', () => {
    const markup = formView([eulexCall()], { profile: unit }).value;

    expect(markup).toMatch(/<input class="file" type="file" id="cv"/);
    expect(markup).toMatch(/<input class="file" type="file" id="coverLetter"/);
    expect(markup).not.toContain('confirmationLetter');
    // (The gender question still says NCBs never see its answer: true on any stage.)
    expect(markup).not.toMatch(/your NCB|National Central Bureau|INTERPOL/);
  });

  it('labels the home administration as the employer or force, a retired officer’s last one', () => {
    const markup = formView([eulexCall()], { profile: unit }).value;

    expect(markup).toContain('<label class="label" for="homeAdministration">Employer or police force</label>');
    expect(markup).toContain('A retired officer names the force they last served in.');
  });

  it('shows a call’s mission, who runs it, its role category, the rank sought, and both deadlines, each labelled', () => {
    const markup = formView([eulexCall()], { profile: unit }).value;
    const facts = elementOf(markup, 'dl', 'vacancy-EULEX-26-07-facts');

    expect(markup).toContain('<span class="vacancy-number">Call EULEX-26-07</span>');
    for (const [term, value] of [
      ['Mission', 'EULEX Kosovo'],
      ['Run by', 'European Union (EU)'],
      ['Role category', 'Mentoring and advising'],
      ['Rank or grade sought', 'Inspector or above'],
      ['Duty station', 'Pristina'],
      ['Duration', '12 months'],
      ['The mission’s deadline', '28 December 2026: the unit nominates its candidates to the mission before then'],
    ]) {
      expect(facts).toContain(`<dt>${term}</dt><dd>${value}</dd>`);
    }
    // The national deadline as a vacancy's: the end of its day in the duty station, and the reader's time beside it.
    expect(facts).toMatch(/<dt>National deadline: apply by<\/dt><dd><span class="deadline-station">13 December 2026, 23:59 Pristina time \(Europe\/Belgrade, UTC\+01:00\)<\/span>/);
    expect(facts).toContain('data-instant="2026-12-13T22:59:00.000Z"');
    expect(facts).not.toContain('<dt>Secondment</dt>');
  });

  it.each(['UN', 'OSCE'] as const)('names a mission run by the %s', (organisation) => {
    const markup = formView([eulexCall({}, { organisation })], { profile: unit }).value;

    expect(markup).toContain(organisation === 'UN' ? '<dd>United Nations (UN)</dd>' : '<dd>Organization for Security and Co-operation in Europe (OSCE)</dd>');
  });

  it.each(languages)('words every one of the 15 role categories in %s, none alike, none a key', (language) => {
    const words = pageWords(language);
    const said = roleCategories.map((roleCategory: RoleCategory) => {
      const facts = elementOf(formView([eulexCall({}, { roleCategory })], { profile: unit, words }).value, 'dl', 'vacancy-EULEX-26-07-facts');
      return new RegExp(`<dt>${words.t('form.mission.roleCategory')}</dt><dd>([^<]*)</dd>`).exec(facts)?.[1] ?? '';
    });

    expect(new Set(said).size).toBe(15);
    for (const text of said) expect(text).not.toMatch(/^$|form\.mission/);
  });

  it.each(['fr', 'es', 'ar'] as const)('is in %s words, the mission’s own names marked as English', (language) => {
    const english = formView([eulexCall()], { profile: unit }).value;
    const markup = formView([eulexCall()], { profile: unit, words: pageWords(language) }).value;

    expect(markup).toContain('<span lang="en" dir="ltr">EULEX Kosovo</span>');
    expect(markup).toContain('<span lang="en" dir="ltr">Inspector or above</span>');
    for (const english_text of ['Serving police officer', 'Your police force', 'Run by', 'National deadline', 'Employer or police force', 'Choose a call']) {
      expect(english).toContain(english_text);
      expect(markup, english_text).not.toContain(english_text);
    }
    expect(markup).not.toMatch(/form\.(sending|status|mission|category)\./);
  });

  it('says that no call is open in the unit’s words', () => {
    const markup = formView([], { profile: unit }).value;

    expect(markup).toContain('New calls for mission posts are published here.');
    expect(markup).not.toContain('National Central Bureaus');
  });
});
