/**
 * The gender figures on the local stack (issue 17, point 5; docs/reports.md): counted per closed
 * quarter, so an appointment today moves nothing HR can read, and suppressed so that what is hidden
 * cannot be worked out from the total. The applications are crafted: one quarter with one cell under
 * 5 among shown ones, one where a cell would equal the total (six appointees, all women).
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import type { Application } from '#shared/applications/application.js';
import type { Gender } from '#shared/applications/gender.js';
import type { ReportFigures } from '#shared/reports/figures.js';
import { genderOf, reportedGenders, type ReportedGender } from '#shared/reports/gender.js';
import { quarterOf } from '#shared/reports/quarters.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { generateReportData, seedReportData, type GeneratedApplication } from '../../support/report-data.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, staffClient } from '../../support/staff.js';

const NOW = '2026-12-07T12:00:00.000Z';
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let client: Awaited<ReturnType<typeof staffClient>>;

const template = generateReportData({ vacancies: 1, applications: 1, secondments: 0 });
const vacancy = template.vacancies[0];
const base = template.applications[0]?.application as Application;

const submitted = (at: string, gender: Gender | undefined, extra: Partial<Application> = {}): GeneratedApplication => {
  const { gender: _gender, emailConfirmation: _confirmation, writtenTest: _test, ...rest } = base;
  const id = randomUUID();
  // One application per address and vacancy: each its own address.
  const application: Application = { ...rest, id, email: `${id}@police.example`, status: 'submitted', submittedAt: at, updatedAt: at, privacyConsentAt: at, statusesHeld: ['submitted'], ...(gender ? { gender } : {}), ...extra };
  return { application, audit: { at, by: 'candidate', action: 'submitted', changes: {} } };
};
const appointed = (submittedAt: string, at: string, gender: Gender): GeneratedApplication => ({
  application: submitted(submittedAt, gender, { status: 'appointed', statusesHeld: ['submitted', 'offered', 'appointed'], appointedAt: at }).application,
  audit: { at, by: 'hr@example', action: 'status-changed', changes: { status: { from: 'offered', to: 'appointed' } } },
  leftFrom: 'offered',
});
const times = <T>(count: number, make: (n: number) => T) => Array.from({ length: count }, (_, n) => make(n));
const day = (date: string, n: number) => `${date}T${String(8 + (n % 10)).padStart(2, '0')}:00:00.000Z`;

const offeredInQ3 = submitted('2026-09-10T10:00:00.000Z', 'woman', { status: 'offered', statusesHeld: ['submitted', 'offered'] });
const crafted: GeneratedApplication[] = [
  // 2026-Q1: 5 women, 5 men, no other answer.
  ...times(5, (n) => submitted(day('2026-02-10', n), 'woman')),
  ...times(5, (n) => submitted(day('2026-03-31', n), 'man')),
  // 2026-Q2: 9 women (6 of them appointed in Q3, 1 appointed in Q4), 7 men, 2 another, 6 not stated: one cell alone under 5.
  ...times(6, (n) => appointed(day('2026-05-10', n), day('2026-08-20', n), 'woman')),
  appointed('2026-06-30T23:30:00.000Z', '2026-11-20T09:00:00.000Z', 'woman'),
  ...times(2, (n) => submitted(day('2026-04-01', n), 'woman')),
  ...times(7, (n) => submitted(day('2026-05-02', n), 'man')),
  ...times(2, (n) => submitted(day('2026-06-03', n), 'another')),
  ...times(6, (n) => submitted(day('2026-06-04', n), undefined)),
  // 2026-Q3: offered, to be appointed today.
  offeredInQ3,
  // Never confirmed by the address's owner: counted nowhere.
  submitted('2026-06-05T10:00:00.000Z', 'woman', { emailConfirmation: { tokenHash: 'y'.repeat(64), expiresAt: '2026-06-08T10:00:00.000Z' } }),
  // 2026-Q4, the quarter in progress: counted nowhere yet.
  submitted('2026-10-02T10:00:00.000Z', 'man'),
];

/** The rule, written again from docs/reports.md: every cell under 5 hidden, then the smallest shown while the hidden ones sum to under 5. */
const expectedCells = (counts: Record<ReportedGender, number>) => {
  const hidden = reportedGenders.filter((gender) => counts[gender] < 5);
  const sum = () => hidden.reduce((total, gender) => total + counts[gender], 0);
  while (hidden.length > 0 && hidden.length < reportedGenders.length && sum() < 5) {
    const next = reportedGenders.filter((gender) => !hidden.includes(gender)).sort((a, b) => counts[a] - counts[b])[0] as ReportedGender;
    hidden.push(next);
  }
  return Object.fromEntries(reportedGenders.map((gender) => [gender, hidden.includes(gender) ? { fewerThan: 5 } : { count: counts[gender] }]));
};
const countsOf = (records: readonly GeneratedApplication[]) =>
  Object.fromEntries(reportedGenders.map((gender) => [gender, records.filter((one) => genderOf(one.application) === gender).length])) as Record<ReportedGender, number>;

const reportOf = async () => {
  const { status, body } = await client('GET', '/admin/reports');
  expect(status).toBe(200);
  return body as unknown as ReportFigures;
};
const figuresOf = async () => (await reportOf()).representation.gender;

beforeAll(async () => {
  stack = await startTestStack(clock);
  await seedReportData(stack, { vacancies: vacancy ? [vacancy] : [], applications: crafted, secondments: [] });
  client = documented(await staffClient(stack, hrOfficer));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('gender per closed quarter, on the local stack (issue 17, point 5)', () => {
  it('equals the rule applied to the records of each closed quarter, and leaves out the quarter in progress', async () => {
    const gender = await figuresOf();
    const confirmed = crafted.filter((one) => one.application.emailConfirmation === undefined);
    const appointments = confirmed.filter((one) => one.application.status === 'appointed');

    expect(gender.quarters.map((quarter) => quarter.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    for (const quarter of gender.quarters) {
      const applied = confirmed.filter((one) => quarterOf(one.application.submittedAt) === quarter.quarter);
      const made = appointments.filter((one) => quarterOf(one.application.appointedAt ?? '') === quarter.quarter);
      expect(quarter.applications.cells).toEqual(expectedCells(countsOf(applied)));
      expect(quarter.applications.total).toBe(applied.length);
      expect(quarter.appointments.cells).toEqual(expectedCells(countsOf(made)));
      expect(quarter.appointments.total).toBe(made.length);
    }
  });

  it('hides the next smallest with a cell alone under 5, and every cell where one would equal the total', async () => {
    const [first, second, third] = (await figuresOf()).quarters;
    // Q1: two empty cells sum to 0, so the smallest shown (5 women) goes with them; 5 men stay.
    expect(first?.applications).toEqual({ cells: { woman: { fewerThan: 5 }, man: { count: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } }, shares: { man: 50 }, total: 10 });
    // Q2: the 2 of another gender alone are hidden with the 6 not stated; women and men shown, as shares of the quarter's 24.
    expect(second?.applications).toEqual({ cells: { woman: { count: 9 }, man: { count: 7 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } }, shares: { woman: 37.5, man: 29.2 }, total: 24 });
    // Q3: six appointees, all women: the 6 equal to the total is hidden too.
    expect(third?.appointments).toEqual({ cells: { woman: { fewerThan: 5 }, man: { fewerThan: 5 }, another: { fewerThan: 5 }, notStated: { fewerThan: 5 } }, shares: {}, total: 6 });
  });

  it('does not move when HR appoints someone today (a live count did, and told the appointee’s answer)', async () => {
    const before = await reportOf();
    const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    try {
      const at = '2026-12-07T11:00:00.000Z';
      await dynamoApplicationStore(createDocumentClient(dynamo), stack.tableName).update(
        offeredInQ3.application.id,
        offeredInQ3.application.version,
        { status: 'appointed', updatedAt: at },
        { at, by: hrOfficer.email, action: 'status-changed', changes: { status: { from: 'offered', to: 'appointed' } } },
      );
    } finally {
      dynamo.destroy();
    }
    const after = await reportOf();

    // The appointment counts where it is no one's answer (the pipeline), and nowhere by gender.
    expect(after.total.pipeline.appointed).toBe(before.total.pipeline.appointed + 1);
    expect(after.representation.gender).toEqual(before.representation.gender);
  });
});
