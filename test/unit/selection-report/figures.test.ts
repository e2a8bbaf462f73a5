import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import type { AuditEntry } from '#shared/applications/store.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { countFigures } from '#shared/selection-report/figures.js';
import { needsHistory, stagesReached, type ReportStage } from '#shared/selection-report/stages.js';
import type { Vacancy } from '#shared/vacancies/schema.js';

const vacancy: Pick<Vacancy, 'clearance' | 'notice'> = {
  clearance: 'Basic',
  notice: {
    duties: [{ title: 'Analyse criminal intelligence', activities: [] }],
    experience: { minimumYears: 8, items: [{ text: 'Eight years of police work', need: 'required' }] },
    languages: [{ language: 'en', need: 'required', wording: 'Excellent English', level: 'C1' }],
  },
};

const base = (status: ApplicationStatus, extra: Partial<Application> = {}): Application => ({
  id: '11111111-1111-4111-8111-111111111111',
  vacancy: '1777',
  givenName: 'Amina',
  familyName: 'Candidate',
  email: 'amina@police.example',
  phone: '+33 4 72 00 00 00',
  nationality: 'FR',
  category: 'law-enforcement',
  currentTitle: 'Commandant de police',
  homeAdministration: 'Police nationale',
  yearsOfExperience: 10,
  languages: ['en'],
  languageLevels: { en: 'C1' },
  education: 'master',
  status,
  submittedAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  version: 1,
  privacyConsentAt: '2026-09-01T10:00:00.000Z',
  documents: {},
  ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', at: '2026-09-02T10:00:00.000Z', by: 'ncb@police.example' },
  statusTokenHash: 'x'.repeat(64),
  ...extra,
});

const moved = (...statuses: ApplicationStatus[]): AuditEntry[] =>
  statuses.slice(1).map((to, index) => ({ at: `2026-10-0${index + 1}T10:00:00.000Z`, by: 'hr@example', action: 'status-changed', changes: { status: { from: statuses[index], to } } }));

const tested = { testId: 't1', mark: 70, passMark: 50, maxMark: 100, passed: true, recordedAt: '2026-10-01T10:00:00.000Z', recordedBy: 'hr@example' };

describe('the stages an application reached, whatever its status now', () => {
  const cases: Array<[string, Application, AuditEntry[] | undefined, ReportStage[]]> = [
    ['submitted: none', base('submitted'), undefined, []],
    ['screening: none', base('screening'), undefined, []],
    ['shortlisted', base('shortlisted'), undefined, ['shortlisted']],
    ['tested', base('tested'), undefined, ['shortlisted', 'tested']],
    ['interviewed straight from shortlisted (the test is optional)', base('interviewed'), moved('screening', 'shortlisted', 'interviewed'), ['shortlisted', 'interviewed']],
    ['interviewed after the test, said by the history', base('interviewed'), moved('shortlisted', 'tested', 'interviewed'), ['shortlisted', 'tested', 'interviewed']],
    ['interviewed with a recorded test result', base('interviewed', { writtenTest: tested }), undefined, ['shortlisted', 'tested', 'interviewed']],
    ['appointed', base('appointed'), moved('interviewed', 'offered', 'appointed'), ['shortlisted', 'interviewed']],
    ['rejected at screening', base('rejected'), moved('submitted', 'screening', 'rejected'), []],
    ['rejected after the interview', base('rejected'), moved('shortlisted', 'interviewed', 'rejected'), ['shortlisted', 'interviewed']],
    ['rejected after the test', base('rejected'), moved('shortlisted', 'tested', 'rejected'), ['shortlisted', 'tested']],
    ['withdrawn while shortlisted', base('withdrawn'), [{ at: '2026-10-01T10:00:00.000Z', by: 'candidate', action: 'withdrawn', changes: { status: { from: 'shortlisted', to: 'withdrawn' } } }], ['shortlisted']],
    ['rejected with a test result and no history (an item of another shape)', base('rejected', { writtenTest: tested }), [], ['shortlisted', 'tested']],
  ];

  it.each(cases)('%s', (_name, application, history, expected) => {
    expect([...stagesReached(application, history)].sort()).toEqual([...expected].sort());
  });

  it('asks for the history only where the status and the test result cannot say it', () => {
    const asked = (['submitted', 'screening', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed', 'rejected', 'withdrawn'] as const).filter((status) => needsHistory(base(status)));
    expect(asked).toEqual(['interviewed', 'offered', 'appointed', 'rejected', 'withdrawn']);
    expect(needsHistory(base('interviewed', { writtenTest: tested }))).toBe(false);
  });
});

describe('the report’s figures from a table of applications', () => {
  it('counts confirmed applications, the eligible (an override included), and each stage reached', () => {
    const rows = [
      { application: base('interviewed', { writtenTest: tested }) },
      { application: base('rejected'), history: moved('shortlisted', 'interviewed', 'rejected') },
      { application: base('tested') },
      // Two years: unmet, but HR overrode the flag.
      { application: base('shortlisted', { yearsOfExperience: 2, eligibilityOverride: { reason: 'Equivalent service', by: 'hr@example', at: '2026-10-01T10:00:00.000Z' } }) },
      // No level given: unknown.
      { application: base('screening', { languageLevels: {} }) },
      // Two years, no override: not eligible; rejected at screening.
      { application: base('rejected', { yearsOfExperience: 2 }), history: moved('screening', 'rejected') },
      // Never confirmed: counted nowhere.
      { application: base('submitted', { emailConfirmation: { tokenHash: 'y'.repeat(64), expiresAt: '2026-09-08T10:00:00.000Z' } }) },
      // Confirmed after the receipt.
      { application: base('submitted', { emailConfirmation: { tokenHash: 'y'.repeat(64), expiresAt: '2026-09-08T10:00:00.000Z', confirmedAt: '2026-09-01T11:00:00.000Z' } }) },
    ];

    expect(countFigures(vacancy, rows)).toEqual({ applied: 7, eligible: 5, eligibilityUnknown: 1, shortlisted: 4, tested: 2, interviewed: 2 });
  });

  it('counts nothing for a vacancy without applications', () => {
    expect(countFigures(vacancy, [])).toEqual({ applied: 0, eligible: 0, eligibilityUnknown: 0, shortlisted: 0, tested: 0, interviewed: 0 });
  });
});
