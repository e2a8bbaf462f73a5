import { describe, expect, it } from 'vitest';
import type { Application } from '#shared/applications/application.js';
import type { AuditEntry } from '#shared/applications/store.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { reportFigures, type ReportedVacancy } from '#shared/reports/figures.js';
import { median } from '#shared/reports/median.js';
import { buildReportFigures } from '#shared/reports/report.js';
import { appointedAt, keptPipeline, stagesOf, type PipelineStage } from '#shared/reports/pipeline.js';
import { shownCount, shownCounts } from '#shared/reports/small-cells.js';
import { FEWER_THAN, reportTables } from '#shared/reports/tables.js';
import { emptySecondmentStatistics } from '#shared/retention/secondment-statistics.js';
import { statisticsOf } from '#shared/retention/statistics.js';
import type { Secondment } from '#shared/secondments/secondment.js';

const vacancy: ReportedVacancy = {
  number: '1777',
  title: 'Criminal Intelligence Officer',
  status: 'filled',
  publishedAt: '2026-03-01',
  timeZone: 'Europe/Paris',
  clearance: 'Basic',
  notice: { duties: [{ title: 'Analyse', activities: [] }], experience: { minimumYears: 8, items: [{ text: 'Eight years', need: 'required' }] } },
};

let counter = 0;
const application = (status: ApplicationStatus, extra: Partial<Application> & { gender?: string } = {}): Application =>
  ({
    id: `a-${(counter += 1)}`,
    vacancy: '1777',
    givenName: 'Amina',
    familyName: 'Candidate',
    email: 'amina@police.example',
    phone: '+33 4 72 00 00 00',
    nationality: 'FR',
    category: 'law-enforcement',
    currentTitle: 'Commandant',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 10,
    languages: ['en'],
    status,
    submittedAt: '2026-03-05T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    version: 1,
    privacyConsentAt: '2026-03-05T10:00:00.000Z',
    documents: {},
    ncbValidation: { decision: 'validated', screeningAttested: true, clearance: 'Basic', at: '2026-03-06T10:00:00.000Z', by: 'ncb@police.example' },
    statusTokenHash: 'x'.repeat(64),
    ...extra,
  }) as Application;

const moved = (...steps: Array<[ApplicationStatus, string]>): AuditEntry[] =>
  steps.slice(1).map(([to, at], index) => ({ at, by: 'hr@example', action: 'status-changed', changes: { status: { from: steps[index]?.[0], to } } }));

describe('the stages an application reached, for the pipeline', () => {
  const cases: Array<[string, Application, AuditEntry[], PipelineStage[]]> = [
    ['unconfirmed: counted nowhere', application('submitted', { emailConfirmation: { tokenHash: 'h', expiresAt: '2026-03-08T00:00:00.000Z' } }), [], []],
    ['submitted, eligible by the notice', application('submitted'), [], ['applied', 'eligible']],
    ['too little experience: not eligible', application('submitted', { yearsOfExperience: 3 }), [], ['applied']],
    ['too little experience, overridden by HR', application('screening', { yearsOfExperience: 3, eligibilityOverride: { reason: 'r', by: 'hr', at: 'x' } }), [], ['applied', 'eligible']],
    ['offered', application('offered'), [], ['applied', 'eligible', 'shortlisted', 'interviewed', 'offered']],
    [
      'appointed after the test',
      application('appointed'),
      moved(['shortlisted', '2026-04-01T09:00:00Z'], ['tested', '2026-04-10T09:00:00Z'], ['interviewed', '2026-05-01T09:00:00Z'], ['offered', '2026-05-10T09:00:00Z'], ['appointed', '2026-06-01T09:00:00Z']),
      ['applied', 'eligible', 'shortlisted', 'tested', 'interviewed', 'offered', 'appointed'],
    ],
    [
      'rejected after an offer it declined',
      application('rejected'),
      moved(['interviewed', '2026-05-01T09:00:00Z'], ['offered', '2026-05-10T09:00:00Z'], ['rejected', '2026-05-20T09:00:00Z']),
      ['applied', 'eligible', 'shortlisted', 'interviewed', 'offered'],
    ],
    [
      'rejected while offered, only the move out of the offer recorded',
      application('rejected'),
      moved(['offered', '2026-05-10T09:00:00Z'], ['rejected', '2026-05-20T09:00:00Z']),
      ['applied', 'eligible', 'shortlisted', 'interviewed', 'offered'],
    ],
    ['withdrawn at screening', application('withdrawn'), moved(['submitted', 'a'], ['screening', 'b'], ['withdrawn', 'c']), ['applied', 'eligible']],
  ];
  it.each(cases)('%s', (_name, one, history, expected) => {
    expect([...stagesOf(vacancy, one, history)].sort()).toEqual([...expected].sort());
  });

  it('counts kept counts of purged applications as lower bounds by their last status', () => {
    expect(keptPipeline({ appointed: 1, rejected: 7, interviewed: 2, tested: 1 }, 11)).toEqual({
      applied: 11,
      eligible: 0,
      shortlisted: 4,
      tested: 1,
      interviewed: 3,
      offered: 1,
      appointed: 1,
    });
  });
});

describe('gender cells shown only from 5', () => {
  it.each([
    [0, { fewerThan: 5 }],
    [1, { fewerThan: 5 }],
    [4, { fewerThan: 5 }],
    [5, { count: 5 }],
    [6, { count: 6 }],
  ])('a count of %i reads %j', (count, expected) => {
    expect(shownCount(count)).toEqual(expected);
  });

  it('hides more cells while the hidden ones sum to under 5, so the total cannot give them away (small-cells.test.ts has the table)', () => {
    expect(shownCounts({ woman: 4, man: 20, another: 0, notStated: 9 })).toEqual({
      woman: { fewerThan: 5 },
      man: { count: 20 },
      another: { fewerThan: 5 },
      notStated: { fewerThan: 5 },
    });
    expect(shownCounts({ woman: 5, man: 20, another: 3, notStated: 9 })).toEqual({
      woman: { fewerThan: 5 },
      man: { count: 20 },
      another: { fewerThan: 5 },
      notStated: { count: 9 },
    });
    expect(shownCounts({ woman: 5, man: 20, another: 5, notStated: 9 })).toEqual({
      woman: { count: 5 },
      man: { count: 20 },
      another: { count: 5 },
      notStated: { count: 9 },
    });
  });
});

describe('the median of days', () => {
  it.each([
    [[], undefined],
    [[90], 90],
    [[120, 90], 105],
    [[10, 30, 20], 20],
    [[1, 2, 3, 4], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

const secondment = (nationality: string, lastDay: string, extra: Partial<Secondment> = {}): Secondment =>
  ({
    id: `s-${(counter += 1)}`,
    applicationId: 'a',
    vacancy: '1777',
    officer: { givenName: 'O', email: 'o@example', language: 'en' },
    nationality,
    homeAdministration: 'Police',
    homeAdministrationCountry: nationality,
    unit: 'Unit',
    dutyStation: 'Lyon',
    timeZone: 'Europe/Paris',
    grade: 'P3',
    type: 'regular',
    firstDay: '2026-01-01',
    lastDay,
    expatriationAllowance: true,
    documents: {},
    extensions: [],
    createdAt: 'x',
    createdBy: 'hr',
    updatedAt: 'x',
    version: 1,
    ...extra,
  }) as Secondment;

describe('the report over a vacancy', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const appointments = [
    application('appointed', { nationality: 'SN', gender: 'woman' }),
    application('appointed', { nationality: 'FR', gender: 'man' }),
  ];
  const histories: AuditEntry[][] = [
    moved(['offered', '2026-05-01T09:00:00Z'], ['appointed', '2026-05-31T22:30:00Z']), // 1 June in Lyon: 92 days after 1 March
    moved(['offered', '2026-06-01T09:00:00Z'], ['appointed', '2026-06-30T09:00:00Z']), // 121 days
  ];
  const others = [
    ...Array.from({ length: 5 }, () => application('rejected', { nationality: 'SN', gender: 'woman' })),
    ...Array.from({ length: 4 }, () => application('screening', { nationality: 'BR', gender: 'another' })),
    application('submitted', { nationality: 'FR' }),
  ];
  const figures = reportFigures({
    vacancies: [vacancy],
    applications: new Map([
      [
        '1777',
        [
          ...appointments.map((one, index) => ({ application: one, history: histories[index] ?? [] })),
          ...others.map((one) => ({ application: one, history: one.status === 'rejected' ? moved(['submitted', 'a'], ['rejected', 'b']) : [] })),
        ],
      ],
    ]),
    kept: new Map([['1777', { total: 3, byStatus: { rejected: 2, appointed: 1 }, byCountry: { SN: 2, JP: 1 }, byCategory: {}, byQuarterGender: {} }]]),
    secondments: [secondment('SN', '2028-12-31'), secondment('FR', '2026-11-30'), secondment('JP', '2027-06-30')],
    keptSecondments: { ...emptySecondmentStatistics(), total: 2, byNationality: { SN: 1, KE: 1 } },
    underRepresented: { countries: ['SN', 'BR'], revision: 1 },
    now,
  });

  it('counts the pipeline with the purged applications kept counts', () => {
    expect(figures.total.pipeline).toMatchObject({ applied: 15, shortlisted: 3, interviewed: 3, offered: 3, appointed: 3 });
    expect(figures.total.purged).toBe(3);
  });

  it('measures days from publication to appointment at the duty station, and their median', () => {
    expect(figures.vacancies[0]?.daysToAppointment).toEqual({ first: 92, median: 106.5, appointments: 2 });
    expect(figures.total.daysToAppointment).toEqual({ median: 106.5, appointments: 2 });
  });

  it('counts by country and by region, and the nationalities serving', () => {
    expect(figures.countries.find((row) => row.country === 'SN')).toEqual({ country: 'SN', region: 'africa', applications: 8, appointments: 1, secondments: 2, serving: 1 });
    expect(figures.regions.find((row) => row.region === 'asia-south-pacific')).toMatchObject({ applications: 1, secondments: 1, serving: 1 });
    expect(figures.serving).toEqual({ officers: 2, nationalities: 2, secondments: 5, purgedSecondments: 2 });
    expect(figures.countries.find((row) => row.country === 'KE')).toMatchObject({ applications: 0, secondments: 1, serving: 0 });
  });

  it('shares of the under-represented countries', () => {
    expect(figures.representation.underRepresented.applications).toEqual({ count: 12, of: 15, share: 80 });
    expect(figures.representation.underRepresented.appointments).toEqual({ count: 1, of: 2, share: 50 });
    expect(figures.representation.underRepresented.serving).toEqual({ count: 1, of: 2, share: 50 });
  });

  it('shows gender per closed quarter (applications by submission, appointments by their time) only in cells of 5 or more, in the tables too', () => {
    const [first, second] = figures.representation.gender.quarters;
    expect(figures.representation.gender.quarters.map((quarter) => quarter.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    expect(first?.applications.cells).toEqual({ woman: { count: 6 }, man: { fewerThan: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } });
    expect(first?.applications.shares).toEqual({ woman: 50 });
    expect(first?.appointments.total).toBe(0);
    expect(second?.appointments.total).toBe(2);
    expect(Object.values(second?.appointments.cells ?? {}).every((cell) => 'fewerThan' in cell)).toBe(true);
    const gender = reportTables(figures).find((table) => table.id === 'gender');
    const women = gender?.rows.find((row) => row[0] === '2026-Q1' && row[3] === 'Applications submitted' && row[4] === 'Women');
    const men = gender?.rows.find((row) => row[0] === '2026-Q1' && row[3] === 'Applications submitted' && row[4] === 'Men');
    expect(women?.slice(5)).toEqual([6, 12, 50]);
    expect(men?.[5]).toBe(FEWER_THAN);
    expect(men?.[7]).toBe('');
    expect(gender?.rows).toHaveLength(2 * 2 * 4);
  });
});

describe('the gender quarters through a purge', () => {
  it('hold still when the retention purge takes some applications into its kept counts: the move would tell whose answers went', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const kept = Array.from({ length: 3 }, () => application('rejected', { gender: 'woman' }));
    const stay = [...Array.from({ length: 6 }, () => application('screening', { gender: 'man' })), ...Array.from({ length: 4 }, () => application('rejected', { gender: 'woman' }))];
    const inputs = (stored: Application[], statistics?: ReturnType<typeof statisticsOf>) => ({
      vacancies: [vacancy],
      applications: new Map([['1777', stored.map((one) => ({ application: one, history: one.status === 'rejected' ? moved(['submitted', 'a'], ['rejected', 'b']) : [] }))]]),
      kept: new Map(statistics ? [['1777', statistics]] : []),
      secondments: [],
      keptSecondments: emptySecondmentStatistics(),
      underRepresented: { countries: [], revision: 0 },
      now,
    });

    const before = reportFigures(inputs([...kept, ...stay]));
    const after = reportFigures(inputs(stay, statisticsOf(kept)));

    expect(before.representation.gender.quarters[0]?.applications.cells.woman).toEqual({ count: 7 });
    expect(after.representation.gender.quarters).toEqual(before.representation.gender.quarters);
    expect(after.total.pipeline.applied).toBe(before.total.pipeline.applied);
  });
});

describe('the reads of the report', () => {
  it('counts a vacancy once when it changed status between the Queries by status, and reads no history it does not need', async () => {
    const moved = { ...vacancy, number: '1801', status: 'closed' as const };
    const histories: string[] = [];
    const stored = [application('submitted', { vacancy: '1801' }), application('rejected', { vacancy: '1801' })];
    const figures = await buildReportFigures(
      {
        vacancies: { listByStatus: async (status) => (status === 'open' ? [{ ...moved, status: 'open' }] : status === 'closed' ? [moved] : []) as never },
        applications: {
          list: async () => ({ items: stored }),
          history: async (id) => {
            histories.push(id);
            return [];
          },
        },
        retention: { record: async () => undefined, secondmentStatistics: async () => emptySecondmentStatistics() },
        secondments: { listNotEnded: async () => [], listEndingFrom: async () => [] },
        underRepresented: { get: async () => ({ countries: [], revision: 0 }) },
      },
      new Date('2026-12-07T12:00:00Z'),
    );

    expect(figures.vacancies.map((row) => row.vacancy)).toEqual(['1801']);
    expect(figures.total.pipeline.applied).toBe(2);
    expect(histories).toEqual([stored[1]?.id]);
  });
  it('meets a vacancy HR closes while the report reads: the Queries by status go in the order a vacancy moves', async () => {
    // HR closes the vacancy 2 ms in; the Query of open vacancies is served slowly (5 ms), the others at once.
    // Asked all at once, the closed Query would answer before the move and the open one after it: missed by both.
    let status: 'open' | 'closed' = 'open';
    setTimeout(() => (status = 'closed'), 2);
    const asked: string[] = [];
    const figures = await buildReportFigures(
      {
        vacancies: {
          listByStatus: async (wanted) => {
            asked.push(wanted);
            await new Promise((resolve) => setTimeout(resolve, wanted === 'open' ? 5 : 0));
            return (wanted === status ? [{ ...vacancy, number: '1802', status }] : []) as never;
          },
        },
        applications: { list: async () => ({ items: [application('submitted', { vacancy: '1802' })] }), history: async () => [] },
        retention: { record: async () => undefined, secondmentStatistics: async () => emptySecondmentStatistics() },
        secondments: { listNotEnded: async () => [], listEndingFrom: async () => [] },
        underRepresented: { get: async () => ({ countries: [], revision: 0 }) },
      },
      new Date('2026-12-07T12:00:00Z'),
    );

    expect(asked).toEqual(['open', 'closed', 'filled', 'cancelled']);
    expect(figures.vacancies.map((row) => row.vacancy)).toEqual(['1802']);
  });
});

describe('the statuses an item records it held (shared/applications/status-record.ts)', () => {
  const sources = (stored: Application[], histories: Map<string, AuditEntry[]>, read: string[]) => ({
    vacancies: { listByStatus: async (status: string) => (status === 'filled' ? [vacancy] : []) as never },
    applications: {
      list: async () => ({ items: stored }),
      history: async (id: string) => {
        read.push(id);
        return histories.get(id) ?? [];
      },
    },
    retention: { record: async () => undefined, secondmentStatistics: async () => emptySecondmentStatistics() },
    secondments: { listNotEnded: async () => [], listEndingFrom: async () => [] },
    underRepresented: { get: async () => ({ countries: [], revision: 0 }) },
  });

  it('says the stages and the appointment day without the history, as the history says them for an item stored before', async () => {
    const offeredThenRejected = moved(['interviewed', '2026-05-01T09:00:00Z'], ['offered', '2026-05-10T09:00:00Z'], ['rejected', '2026-05-20T09:00:00Z']);
    const appointedAfterTest = moved(['shortlisted', '2026-04-01T09:00:00Z'], ['tested', '2026-04-10T09:00:00Z'], ['offered', '2026-05-10T09:00:00Z'], ['appointed', '2026-06-01T09:00:00Z']);
    const old = [application('rejected'), application('appointed')];
    const recorded = [
      application('rejected', { statusesHeld: ['submitted', 'screening', 'shortlisted', 'interviewed', 'offered', 'rejected'] }),
      application('appointed', { statusesHeld: ['submitted', 'shortlisted', 'tested', 'offered', 'appointed'], appointedAt: '2026-06-01T09:00:00Z' }),
    ];
    const histories = new Map([
      [old[0]?.id ?? '', offeredThenRejected],
      [old[1]?.id ?? '', appointedAfterTest],
    ]);
    const readOld: string[] = [];
    const readRecorded: string[] = [];

    const fromHistories = await buildReportFigures(sources(old, histories, readOld), new Date('2026-12-07T12:00:00Z'));
    const fromRecords = await buildReportFigures(sources(recorded, new Map(), readRecorded), new Date('2026-12-07T12:00:00Z'));

    expect(readOld.sort()).toEqual(old.map((one) => one.id).sort());
    expect(readRecorded).toEqual([]);
    expect(fromRecords.vacancies).toEqual(fromHistories.vacancies);
    expect(fromRecords.total.pipeline).toEqual({ applied: 2, eligible: 2, shortlisted: 2, tested: 1, interviewed: 2, offered: 2, appointed: 1 });
    expect(fromRecords.total.daysToAppointment).toEqual({ median: 92, appointments: 1 });
  });

  it('reads the history of an item whose record code from before it left stale (moved on without it), and counts what the history says', async () => {
    const history = moved(['shortlisted', '2026-04-01T09:00:00Z'], ['interviewed', '2026-05-01T09:00:00Z'], ['offered', '2026-05-10T09:00:00Z'], ['appointed', '2026-06-01T09:00:00Z']);
    const stale = application('appointed', { statusesHeld: ['submitted', 'screening'] });
    const read: string[] = [];

    const figures = await buildReportFigures(sources([stale], new Map([[stale.id, history]]), read), new Date('2026-12-07T12:00:00Z'));

    expect(read).toEqual([stale.id]);
    expect(figures.total.pipeline).toMatchObject({ shortlisted: 1, interviewed: 1, offered: 1, appointed: 1 });
    expect(figures.total.daysToAppointment).toEqual({ median: 92, appointments: 1 });
  });

  it('gives no appointment day to an item created appointed, which never moved into it', () => {
    const created = application('appointed', { statusesHeld: ['appointed'] });

    expect([...stagesOf(vacancy, created)].sort()).toEqual(['applied', 'appointed', 'eligible', 'interviewed', 'offered', 'shortlisted']);
    expect(appointedAt(created, [])).toBeUndefined();
  });
});
