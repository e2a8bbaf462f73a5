import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#functions/openapi/document.js';
import { demoGender } from '#infra/local/seed/demo-gender.js';
import { formView } from '#functions/pages/form-view.js';
import { pageWords } from '#functions/pages/page-words.js';
import { routes } from '#functions/routes.js';
import { toApplicationRow } from '#shared/admin/application-row.js';
import { columnsFor, spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { exportHeaders } from '#shared/admin/spreadsheet/import-rows.js';
import { genders } from '#shared/applications/gender.js';
import { applicationSubmissionSchema } from '#shared/applications/schema.js';
import { statusView } from '#shared/applications/status-view.js';
import { judgeEligibility } from '#shared/eligibility/eligibility.js';
import { languages } from '#shared/i18n/languages.js';
import { issueMessage } from '#shared/i18n/validation.js';
import { validationTranslatorFor } from '#shared/i18n/catalogues/validation/index.js';
import { statisticsOf } from '#shared/retention/statistics.js';
import { candidateView } from '#shared/selection/visibility.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { aminaApplication, aminaSubmission, openVacancy } from '../../support/candidates.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';

const hr: StaffPrincipal = { subject: 'hr-1', email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
const ncb: StaffPrincipal = { subject: 'ncb-1', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };

/** Anything that names the answer: the field, or one of its values as a word of its own. */
const namesGender = (value: unknown): boolean => /gender|"(woman|man|another)"/i.test(JSON.stringify(value));

describe('the optional gender answer', () => {
  it.each(genders)('takes %s as a self-declared answer', (gender) => {
    expect(applicationSubmissionSchema.parse({ ...aminaSubmission(), gender }).gender).toBe(gender);
  });

  it('takes a submission without it (not answered, or the candidate prefers not to say)', () => {
    const parsed = applicationSubmissionSchema.parse(aminaSubmission());

    expect('gender' in parsed).toBe(false);
  });

  it.each([['female'], [''], ['prefer-not-to-say'], [1], [null]])('refuses %j, and says why in each language', (gender) => {
    const result = applicationSubmissionSchema.safeParse({ ...aminaSubmission(), gender });

    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === 'gender');
    expect(issue).toBeDefined();
    if (!issue) return;
    const said = languages.map((language) => issueMessage(issue, validationTranslatorFor(language)));
    expect(said[languages.indexOf('en')]).toBe('One of woman, man or another; leave it out to not say.');
    expect(new Set(said).size).toBe(languages.length);
  });

  it('is documented in the OpenAPI request body of POST /applications, optional, with its values', () => {
    const operation = openApiDocument(routes).paths['/applications']?.post as { requestBody: { content: Record<string, { schema: { properties: Record<string, { enum?: string[]; description?: string }>; required: string[] } }> } };
    const body = operation.requestBody.content['application/json']?.schema;

    expect(body?.properties.gender?.enum).toEqual(['woman', 'man', 'another']);
    expect(body?.properties.gender?.description).toMatch(/prefers not to say/);
    expect(body?.required).not.toContain('gender');
  });
});

describe('where the gender answer never appears', () => {
  const application = aminaApplication({ gender: 'woman', score: 70, note: 'Strong file' });

  it('is not in an application’s row for HR, for an NCB officer or without a viewer (grid, list API, exports)', () => {
    for (const viewer of [hr, ncb, undefined]) {
      const row = toApplicationRow(application, viewer, vacancyTerms(), beforeTheDeadline);
      expect(namesGender(row)).toBe(false);
    }
  });

  it('is no column of the XLSX or CSV export, nor of the import template, for HR or an NCB officer', () => {
    expect(spreadsheetColumns.map((column) => column.key)).not.toContain('gender');
    expect(exportHeaders().join(' ')).not.toMatch(/gender/i);
    for (const viewer of [hr, ncb]) {
      const cells = columnsFor(viewer).map((column) => column.read(toApplicationRow(application, viewer, vacancyTerms(), beforeTheDeadline)));
      expect(cells).not.toContain('woman');
    }
  });

  it('is not in the panel’s view of a candidate', () => {
    const vacancy: Vacancy = openVacancy();

    expect(namesGender(candidateView(application, judgeEligibility(vacancy, application)))).toBe(false);
  });

  it('is not in the candidate’s status view (the status page lists no answers)', () => {
    expect(namesGender(statusView(application, openVacancy(), beforeTheDeadline))).toBe(false);
  });

  it('is kept by the retention purge’s statistics only as a count by the quarter of submission, crossed with nothing else', () => {
    const purged = [aminaApplication({ gender: 'woman' }), aminaApplication({ gender: 'man', nationality: 'FR' }), aminaApplication({ gender: 'another' })];

    const { byQuarterGender, ...others } = statisticsOf(purged);

    expect(others.total).toBe(3);
    expect(Object.keys(others).sort()).toEqual(['byCategory', 'byCountry', 'byStatus', 'total']);
    expect(namesGender(others)).toBe(false);
    expect(byQuarterGender).toEqual({ '2026-Q4 woman': 1, '2026-Q4 man': 1, '2026-Q4 another': 1 });
  });
});

describe('the form’s gender question', () => {
  it.each(languages)('asks it in %s as an optional fieldset, “prefer not to say” chosen, with why and who never sees it', (language) => {
    const words = pageWords(language);

    const markup = formView([openVacancy()], { words }).value;

    const question = markup.slice(markup.indexOf('<fieldset class="field" data-field="gender"'), markup.indexOf('</fieldset>', markup.indexOf('data-field="gender"')));
    expect(question).toContain(`<legend class="label">${words.t('form.gender')} <span class="optional">${words.t('page.optional')}</span></legend>`);
    expect(question).toContain(`<p class="hint" id="gender-why">${words.t('form.gender.why')}</p>`);
    expect(question).toMatch(/<input type="radio" name="gender" id="gender-unsaid" value="" checked aria-describedby="gender-why"><label for="gender-unsaid">/);
    for (const gender of genders) expect(question).toContain(`<input type="radio" name="gender" id="gender-${gender}" value="${gender}" aria-describedby="gender-why">`);
    expect(question.match(/ checked/g)).toHaveLength(1);
    expect(question).not.toContain('required');
  });

  it('says why it is asked in each language’s own words, not English copies', () => {
    const why = languages.map((language) => pageWords(language).t('form.gender.why'));

    expect(new Set(why).size).toBe(languages.length);
  });
});

describe('the demo data’s answers (npm start)', () => {
  it('has some of the 150 demo candidates answer and most not, the same on every run, so the reports show counts of 5 or more', () => {
    const answers = Array.from({ length: 150 }, (_, i) => demoGender(i));
    const count = (value: string | undefined) => answers.filter((answer) => answer === value).length;

    expect(count(undefined)).toBeGreaterThan(75);
    expect(count('woman')).toBeGreaterThanOrEqual(5);
    expect(count('man')).toBeGreaterThanOrEqual(5);
    expect(Array.from({ length: 150 }, (_, i) => demoGender(i))).toEqual(answers);
  });
});
