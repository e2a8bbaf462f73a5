/**
 * The staff side of a sending stage (issue 18, points 2 and 3) in the rules the grid, the export
 * and the page's words share: the applicant's status as columns only where the stage's categories
 * give it (a receiving stage's files as before), every category named in every language, the
 * mission post asked and checked in the vacancy editor with the vacancy schema.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toApplicationRow, type ApplicationRow } from '#shared/admin/application-row.js';
import { applicantStatusColumns, columnsFor, spreadsheetColumns } from '#shared/admin/spreadsheet/columns.js';
import { exportedCells } from '#shared/admin/spreadsheet/cell-text.js';
import { allApplicantCategories } from '#shared/applications/schema.js';
import { eligibilityReasons } from '#shared/eligibility/reasons.js';
import { staffPageTranslatorFor } from '#shared/i18n/catalogues/pages.js';
import { languages } from '#shared/i18n/languages.js';
import { receivingProfile, sendingProfile } from '#shared/profiles/profile.js';
import { roleCategories } from '#shared/profiles/role-categories.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { writeCsv } from '#functions/admin/spreadsheets/csv-writer.js';
import { categoryOptions } from '#functions/admin/pages/client/labels.js';
import { roleCategoryKeys } from '#functions/admin/pages/client/mission-labels.js';
import { checkVacancy, fieldSpecsFor, vacancyFromInputs } from '#functions/admin/pages/client/vacancy-form.js';
import { adminDocument } from '#functions/admin/pages/admin-document.js';
import { adminView } from '#functions/admin/pages/admin-view.js';
import { adminWords } from '#functions/admin/pages/admin-words.js';
import { staffPageProfile } from '#functions/admin/pages/page-profile.js';
import { inlineAsset } from '#functions/pages/csp.js';
import { aminaApplication } from '../../support/candidates.js';
import { beforeTheDeadline, vacancyTerms } from '../../support/vacancy-terms.js';
import { unitForces } from '../../support/sending-unit.js';

const hr: StaffPrincipal = { subject: 'hr-1', email: 'hr.officer@unit.example', groups: ['hr'] };
const ncb: StaffPrincipal = { subject: 'ncb-1', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };
const sending = sendingProfile(unitForces);

/** The export's headers before the profile existed (HEAD 7658196), in order: a receiving stage's stay exactly these. */
const receivingHeaders = [
  'Id', 'Vacancy', 'Family name', 'Given name', 'Nationality', 'Category', 'Current title', 'Home administration', 'Years of experience', 'Languages',
  'Language levels', 'Highest education', 'Email', 'Phone', 'CV', 'Confirmation letter', 'NCB validation', 'Complete', 'Status', 'Score', 'Note',
  'Submitted', 'Updated', 'Version', 'Etag',
];

const rowOf = (overrides: Parameters<typeof aminaApplication>[0] = {}): ApplicationRow => toApplicationRow(aminaApplication(overrides), undefined, vacancyTerms(), beforeTheDeadline);
const servingOfficer = () => rowOf({ category: 'serving-police', applicantStatus: { force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' } });
const retiredOfficer = () => rowOf({ category: 'retired-police', applicantStatus: { retiredOn: '2024-03-31', formerForce: 'police-scotland' } });
const civilianExpert = () => rowOf({ category: 'civilian-expert', applicantStatus: { expertise: 'rule-of-law', onExpertRoster: true } });

const csvOf = async (rows: ApplicationRow[], columns: Parameters<typeof writeCsv>[2]) => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeCsv((async function* () { yield* rows; })(), out, columns);
  return Buffer.concat(chunks).toString('utf8');
};

describe('the applicant status columns of the export', () => {
  it('leaves a receiving stage its columns exactly as before, and its CSV byte for byte', async () => {
    expect(applicantStatusColumns(receivingProfile)).toEqual([]);
    expect(columnsFor(hr, receivingProfile).map((column) => column.header)).toEqual(receivingHeaders);
    expect(columnsFor(hr).map((column) => column.header)).toEqual(receivingHeaders);
    expect(columnsFor(ncb, receivingProfile).map((column) => column.header)).toEqual(receivingHeaders.filter((header) => header !== 'Score' && header !== 'Note'));
    const rows = [rowOf({ score: 70, note: 'Strong' })];
    expect(await csvOf(rows, columnsFor(hr, receivingProfile))).toBe(await csvOf(rows, spreadsheetColumns));
  });

  it('gives a sending stage every status field of its three categories, after the home administration, for HR and NCB alike', () => {
    const headers = columnsFor(hr, sending).map((column) => column.header);
    const at = headers.indexOf('Home administration');

    expect(headers.slice(at + 1, at + 8)).toEqual(['Force', 'Line manager', 'Line manager email', 'Retired on', 'Former force', 'Expertise', 'On expert roster']);
    expect(headers.filter((header) => !receivingHeaders.includes(header))).toHaveLength(7);
    expect(columnsFor(ncb, sending).map((column) => column.header)).toContain('Line manager');
    expect(columnsFor(hr, sending).filter((column) => column.editable).map((column) => column.key)).toEqual(['status', 'score', 'note']);
  });

  it('has only the fields its categories give: a unit of civilian experts alone has no force column', () => {
    const civilians = { applicantCategories: ['civilian-expert'] as const, forces: [] };

    expect(applicantStatusColumns(civilians).map((column) => column.key)).toEqual(['expertise', 'onExpertRoster']);
  });

  it('writes each applicant’s status: the force by the name the stage gives it, the retirement, the expertise and the roster’s answer', () => {
    const columns = columnsFor(hr, sending);
    const cells = (row: ApplicationRow) => {
      const all = exportedCells(row, columns);
      return Object.fromEntries(applicantStatusColumns(sending).map((column) => [column.key, all[columns.findIndex((one) => one.key === column.key)]]));
    };

    expect(cells(servingOfficer())).toEqual({
      force: 'Metropolitan Police Service',
      lineManager: 'Chief Inspector Dan Reyes',
      lineManagerEmail: 'dan.reyes@met.police.example',
      retiredOn: undefined,
      formerForce: undefined,
      expertise: undefined,
      onExpertRoster: undefined,
    });
    expect(cells(retiredOfficer())).toMatchObject({ force: undefined, retiredOn: '2024-03-31', formerForce: 'Police Scotland' });
    expect(cells(civilianExpert())).toMatchObject({ expertise: 'rule-of-law', onExpertRoster: 'yes' });
    expect(cells(rowOf({ category: 'civilian-expert', applicantStatus: { expertise: 'media', onExpertRoster: false } }))).toMatchObject({ onExpertRoster: 'no' });
    // A force the stage no longer lists is still named, by its id; a formula-like name is neutralised like any text.
    expect(cells(rowOf({ category: 'serving-police', applicantStatus: { force: 'disbanded', lineManager: '=HYPERLINK("x")', lineManagerEmail: 'a@b.example' } }))).toMatchObject({
      force: 'disbanded',
      lineManager: '\'=HYPERLINK("x")',
    });
    expect(cells(rowOf())).toEqual(Object.fromEntries(applicantStatusColumns(sending).map((column) => [column.key, undefined])));
  });
});

describe('the row of a sending unit’s application', () => {
  it('carries the applicant’s status, and a receiving stage’s row has no such field at all', () => {
    expect(servingOfficer().applicantStatus).toEqual({ force: 'met', lineManager: 'Chief Inspector Dan Reyes', lineManagerEmail: 'dan.reyes@met.police.example' });
    expect(rowOf()).not.toHaveProperty('applicantStatus');
  });
});

describe('the categories in the staff page’s words', () => {
  it.each(languages)('names every applicant category of either profile apart in %s, a civilian expert never as a government official', (language) => {
    const words = staffPageTranslatorFor(language);
    const labels = allApplicantCategories.map((category) => words.t('admin.grid.category', { category: categoryOptions[category] }));

    expect(new Set(labels).size).toBe(allApplicantCategories.length);
    expect(labels.every((label) => label.trim() !== '')).toBe(true);
  });

  it('says the three sending categories in English as the unit does', () => {
    const words = staffPageTranslatorFor('en');
    const label = (category: (typeof allApplicantCategories)[number]) => words.t('admin.grid.category', { category: categoryOptions[category] });

    expect([label('serving-police'), label('retired-police'), label('civilian-expert'), label('government-official')]).toEqual([
      'Serving police officer',
      'Retired police officer',
      'Civilian expert',
      'Government official',
    ]);
  });

  it.each(languages)('names each of the 15 role categories apart in %s', (language) => {
    const words = staffPageTranslatorFor(language);
    const labels = roleCategories.map((category) => words.t(roleCategoryKeys[category]));

    expect(new Set(labels).size).toBe(15);
  });

  it('names the three sending categories in the eligibility reasons, in every language', () => {
    for (const language of languages) {
      const words = staffPageTranslatorFor(language);
      const reason = (category: 'serving-police' | 'retired-police' | 'civilian-expert') =>
        eligibilityReasons({ verdict: 'unmet', judgements: [{ requirement: 'category', verdict: 'unmet', category, eligible: ['law-enforcement', 'government-official'] }] }, words).reasons[0];
      const reasons = [reason('serving-police'), reason('retired-police'), reason('civilian-expert')];

      expect(new Set(reasons).size, language).toBe(3);
    }
    const english = staffPageTranslatorFor('en');
    expect(eligibilityReasons({ verdict: 'met', judgements: [{ requirement: 'category', verdict: 'met', category: 'civilian-expert', eligible: ['civilian-expert', 'retired-police'] }] }, english).reasons).toEqual([
      'Category: civilian experts; the notice is open to civilian experts and retired police officers.',
    ]);
  });
});

describe('the vacancy editor of a sending stage', () => {
  const call = {
    number: 'EULEX-26-07',
    title: 'Police Adviser, Organised Crime',
    unit: 'Strengthening Division',
    reportingTo: 'Head of the Strengthening Division',
    location: 'Pristina',
    timeZone: 'Europe/Belgrade',
    grade: 'SMS 2',
    posts: '1',
    clearance: 'Enhanced',
    secondmentType: 'regular',
    durationMonths: '12',
    publishedAt: '2026-11-20',
    deadline: '2026-12-13',
    status: 'draft',
  };
  const mission = {
    'mission.mission': 'EULEX Kosovo',
    'mission.organisation': 'EU',
    'mission.roleCategory': 'mentoring-and-advising',
    'mission.rankSought': 'Inspector or above',
    'mission.missionDeadline': '2026-12-28',
    'mission.nominationsAllowed': '2',
  };
  const missionPost = { postKind: 'mission-post' } as const;
  const fieldsOf = (check: ReturnType<typeof checkVacancy>) => (check.ok ? [] : [...check.errors.keys()]);

  it('reads the mission post’s details into `mission`, the nominations as a number', () => {
    expect(checkVacancy({ ...call, ...mission }, undefined, missionPost)).toEqual({
      ok: true,
      vacancy: expect.objectContaining({
        mission: { mission: 'EULEX Kosovo', organisation: 'EU', roleCategory: 'mentoring-and-advising', rankSought: 'Inspector or above', missionDeadline: '2026-12-28', nominationsAllowed: 2 },
      }),
    });
  });

  it('names each mission field left blank, as the create route would refuse the call', () => {
    expect(fieldsOf(checkVacancy(call, undefined, missionPost))).toEqual([
      'mission.mission',
      'mission.organisation',
      'mission.roleCategory',
      'mission.rankSought',
      'mission.missionDeadline',
      'mission.nominationsAllowed',
    ]);
    expect(fieldsOf(checkVacancy({ ...call, ...mission, 'mission.rankSought': ' ' }, undefined, missionPost))).toEqual(['mission.rankSought']);
  });

  it('refuses a mission deadline on or before the national one, under the mission’s deadline field', () => {
    const check = checkVacancy({ ...call, ...mission, 'mission.missionDeadline': '2026-12-13' }, undefined, missionPost);

    expect(fieldsOf(check)).toEqual(['mission.missionDeadline']);
  });

  it('asks nothing of a mission on a receiving stage, and sends none', () => {
    expect(checkVacancy(call, undefined, { postKind: 'vacancy' }).ok).toBe(true);
    expect(vacancyFromInputs(call)).not.toHaveProperty('mission');
    expect(fieldSpecsFor({ postKind: 'vacancy' }).find((spec) => spec.name === 'deadline')?.label).toBe('Application deadline');
    expect(fieldSpecsFor(missionPost).find((spec) => spec.name === 'deadline')?.label).not.toBe('Application deadline');
  });
});

describe('the staff page as the stage’s profile makes it', () => {
  const words = adminWords('en');
  const page = (profile?: ReturnType<typeof staffPageProfile>) =>
    adminDocument({
      words,
      main: adminView(words),
      script: inlineAsset('console.log("grid")'),
      style: inlineAsset('body{margin:0}'),
      styleNonce: 'bm9uY2Utb25l',
      signIn: { url: 'https://staff.auth.example', clientId: 'client' },
      connectSources: [],
      ...(profile ? { profile } : {}),
    });
  /** The body's data-profile as the browser hands it to the script: the attribute's text, unescaped. */
  const carried = (html: string): unknown => {
    const attribute = /<body [^>]*data-profile="([^"]*)"/.exec(html)?.[1] ?? '';
    return JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  };

  it('carries a sending unit’s post kind, categories, role categories and forces for the script to read', () => {
    expect(carried(page(staffPageProfile(sending)))).toEqual({
      postKind: 'mission-post',
      applicantCategories: ['serving-police', 'retired-police', 'civilian-expert'],
      roleCategories: [...roleCategories],
      forces: unitForces,
    });
  });

  it('carries a receiving organisation’s, whose page asks no mission and shows no status, when the stage names none', () => {
    expect(carried(page())).toEqual({ postKind: 'vacancy', applicantCategories: ['law-enforcement', 'government-official'], roleCategories: [], forces: [] });
    expect(carried(page(staffPageProfile(receivingProfile)))).toEqual(carried(page()));
  });

  it('escapes a force’s name in the attribute, so no name can end it', () => {
    const html = page(staffPageProfile(sendingProfile([{ id: 'odd', name: 'The "Quoted" <Force> & Co' }])));

    expect(html).not.toContain('"Quoted"');
    expect(carried(html)).toMatchObject({ forces: [{ id: 'odd', name: 'The "Quoted" <Force> & Co' }] });
  });
});
