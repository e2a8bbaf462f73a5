import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { isConfirmed } from '#shared/applications/application.js';
import type { ReportFigures } from '#shared/reports/figures.js';
import { genderOf, reportedGenders } from '#shared/reports/gender.js';
import { quarterOf } from '#shared/reports/quarters.js';
import { regionOf } from '#shared/reference/regions.js';
import { rosterCounts, rosterRows } from '#shared/secondments/roster.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { generateReportData, MINIMUM_YEARS, seedReportData, type GeneratedApplication } from '../../support/report-data.js';
import { settableClock } from '../../support/settable-clock.js';
import { administrator, hrOfficer, ncbFrance, panelMember, staffClient, staffToken, type StaffIdentity } from '../../support/staff.js';

const NOW = '2026-12-07T12:00:00Z';
const clock = settableClock(NOW);
let stack: Awaited<ReturnType<typeof startTestStack>>;
let dynamo: DynamoDBClient;
type Client = Awaited<ReturnType<typeof staffClient>>;
const clients = new Map<string, Client>();
const as = (identity: StaffIdentity) => clients.get(identity.email) as Client;

/** Every other application written as the code before the status record wrote it (its history alone says its past), the rest as the store writes them now. */
const data = generateReportData({ vacancies: 6, applications: 300, secondments: 40, oldShapeEvery: 2 });
/** Kept counts of purged applications of the first vacancy, and of purged secondments, written as the purge writes them. */
const keptApplications = { total: 7, byStatus: { rejected: 4, appointed: 1, interviewed: 2 }, byCountry: { SN: 3, JP: 4 }, byCategory: { 'law-enforcement': 7 }, byQuarterGender: {} };
const keptSecondments = { total: 3, byNationality: { SN: 2, FR: 1 }, byUnit: { 'Counter-Terrorism': 3 }, byType: { regular: 3 }, byYearEnded: { '2025': 3 }, byEnding: { 'on-time': 3 }, byMonthsServed: { '25-36': 3 } };

beforeAll(async () => {
  stack = await startTestStack(clock);
  dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  await seedReportData(stack, data);
  const client = createDocumentClient(dynamo);
  const first = data.vacancies[0]?.number ?? '';
  await client.send(new PutCommand({ TableName: stack.tableName, Item: { pk: `STATS#${first}`, sk: 'RETENTION', entity: 'retention-statistics', ...keptApplications, purged: { unsuccessful: '2026-10-01T00:00:00.000Z' } } }));
  await client.send(new PutCommand({ TableName: stack.tableName, Item: { pk: 'SECONDMENT_STATS', sk: 'RETENTION', entity: 'secondment-statistics', ...keptSecondments } }));
  for (const identity of [hrOfficer, administrator, ncbFrance, panelMember]) clients.set(identity.email, documented(await staffClient(stack, identity)));
}, 180_000);

afterAll(async () => {
  dynamo?.destroy();
  await stack?.stop();
});

const forward = ['shortlisted', 'tested', 'interviewed', 'offered', 'appointed'];
/** The furthest status an application held, from the record written: its status, or where it left from. */
const held = ({ application, leftFrom }: GeneratedApplication) => new Set([application.status, ...(leftFrom ? [leftFrom] : [])]);
const reached = (one: GeneratedApplication, statuses: readonly string[]) => [...held(one)].some((status) => statuses.includes(status));

const expectedOf = (applications: readonly GeneratedApplication[]) => {
  const confirmed = applications.filter((one) => isConfirmed(one.application));
  return {
    applied: confirmed.length,
    eligible: confirmed.filter((one) => one.application.yearsOfExperience >= MINIMUM_YEARS).length,
    shortlisted: confirmed.filter((one) => reached(one, forward) || one.application.writtenTest).length,
    tested: confirmed.filter((one) => reached(one, ['tested']) || one.application.writtenTest).length,
    interviewed: confirmed.filter((one) => reached(one, ['interviewed', 'offered', 'appointed'])).length,
    offered: confirmed.filter((one) => reached(one, ['offered', 'appointed'])).length,
    appointed: confirmed.filter((one) => one.application.status === 'appointed').length,
  };
};

const figuresOf = async (identity = hrOfficer) => {
  const { status, body } = await as(identity)('GET', '/admin/reports');
  expect(status).toBe(200);
  return body as unknown as ReportFigures;
};

describe('the reports agree with the records written (reconciliation: 300 applications over 6 vacancies, 40 secondments)', () => {
  it('is run over items of both shapes: with the statuses held and the appointment recorded, and without (written before)', async () => {
    const applications = dynamoApplicationStore(createDocumentClient(dynamo), stack.tableName);
    const stored = await Promise.all(data.applications.map((one) => applications.get(one.application.id)));
    const recorded = stored.filter((one) => one?.statusesHeld !== undefined);

    expect(recorded.length).toBe(150);
    expect(stored.filter((one) => one !== undefined && !('statusesHeld' in one) && !('appointedAt' in one)).length).toBe(150);
    expect(recorded.filter((one) => one?.status === 'appointed').every((one) => one?.appointedAt !== undefined)).toBe(true);
    expect(data.applications.filter((one) => one.oldShape && (one.leftFrom !== undefined)).length).toBeGreaterThan(40);
  });

  it('counts each vacancy’s pipeline as the records say, the purged ones from their kept counts', async () => {
    const figures = await figuresOf();

    for (const vacancy of data.vacancies) {
      const expected = expectedOf(data.applications.filter((one) => one.application.vacancy === vacancy.number));
      const reported = figures.vacancies.find((row) => row.vacancy === vacancy.number);
      if (vacancy.number === data.vacancies[0]?.number) {
        expect(reported?.pipeline).toEqual({ ...expected, applied: expected.applied + 7, shortlisted: expected.shortlisted + 3, interviewed: expected.interviewed + 3, offered: expected.offered + 1, appointed: expected.appointed + 1 });
        expect(reported?.purged).toBe(7);
      } else {
        expect(reported?.pipeline).toEqual(expected);
      }
    }
    const all = expectedOf(data.applications);
    expect(figures.total.pipeline.applied).toBe(all.applied + 7);
    expect(figures.total.pipeline.eligible).toBe(all.eligible);
  });

  it('counts days to appointment from publication, per vacancy and as a median', async () => {
    const figures = await figuresOf();
    const days = (one: GeneratedApplication) => {
      const vacancy = data.vacancies.find((row) => row.number === one.application.vacancy);
      return Math.round((Date.parse(one.audit.at.slice(0, 10)) - Date.parse(vacancy?.publishedAt ?? '')) / 86_400_000);
    };
    const appointed = data.applications.filter((one) => one.application.status === 'appointed' && isConfirmed(one.application));
    const sorted = appointed.map(days).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;

    expect(figures.total.daysToAppointment).toEqual({ median, appointments: appointed.length });
    for (const vacancy of figures.vacancies) {
      const own = appointed.filter((one) => one.application.vacancy === vacancy.vacancy).map(days);
      expect(vacancy.daysToAppointment.appointments).toBe(own.length);
      if (own.length > 0) expect(vacancy.daysToAppointment.first).toBe(Math.min(...own));
    }
  });

  it('counts by country and region, the secondments and who serves, as the roster does', async () => {
    const figures = await figuresOf();
    const confirmed = data.applications.filter((one) => isConfirmed(one.application));
    const today = NOW.slice(0, 10);
    const serving = data.secondments.filter((one) => (one.ended?.lastDay ?? one.lastDay) >= today);
    const roster = rosterCounts(rosterRows(data.secondments, new Date(NOW)));

    for (const row of figures.countries) {
      const kept = (keptApplications.byCountry as Record<string, number>)[row.country] ?? 0;
      const keptServed = (keptSecondments.byNationality as Record<string, number>)[row.country] ?? 0;
      expect(row.applications).toBe(confirmed.filter((one) => one.application.nationality === row.country).length + kept);
      expect(row.appointments).toBe(confirmed.filter((one) => one.application.nationality === row.country && one.application.status === 'appointed').length);
      expect(row.secondments).toBe(data.secondments.filter((one) => one.nationality === row.country).length + keptServed);
      expect(row.serving).toBe(serving.filter((one) => one.nationality === row.country).length);
      expect(row.serving).toBe(roster.byNationality.find((count) => count.value === row.country)?.count ?? 0);
    }
    for (const region of figures.regions) {
      expect(region.applications).toBe(figures.countries.filter((row) => regionOf(row.country) === region.region).reduce((sum, row) => sum + row.applications, 0));
    }
    expect(figures.serving).toEqual({
      officers: roster.total,
      nationalities: roster.byNationality.length,
      secondments: data.secondments.length + keptSecondments.total,
      purgedSecondments: keptSecondments.total,
    });
    expect(roster.total).toBe(serving.length);
  });

  it('counts gender per closed quarter as the records say (a shown cell equals the records’ count), and the shares of HR’s under-represented countries once HR lists them', async () => {
    const before = await figuresOf();
    const confirmed = data.applications.filter((one) => isConfirmed(one.application));
    // The generated appointments' time is their move's (the history's, or the item's record of it).
    const appointed = confirmed.filter((one) => one.application.status === 'appointed');
    const quarters = before.representation.gender.quarters;
    expect(quarters.map((quarter) => quarter.quarter)).toEqual(
      [...new Set([...confirmed.map((one) => quarterOf(one.application.submittedAt)), ...appointed.map((one) => quarterOf(one.audit.at))])].sort(),
    );
    for (const quarter of quarters) {
      for (const [figures, records] of [
        [quarter.applications, confirmed.filter((one) => quarterOf(one.application.submittedAt) === quarter.quarter)],
        [quarter.appointments, appointed.filter((one) => quarterOf(one.audit.at) === quarter.quarter)],
      ] as const) {
        expect(figures.total).toBe(records.length);
        for (const gender of reportedGenders) {
          const cell = figures.cells[gender];
          if ('count' in cell) expect(cell.count).toBe(records.filter((one) => genderOf(one.application) === gender).length);
        }
      }
    }
    expect(before.representation.underRepresented.applications.count).toBe(0);

    const { status } = await as(hrOfficer)('PUT', '/admin/reports/under-represented', { countries: ['SN', 'KE'], revision: 0 });
    expect(status).toBe(200);

    const after = await figuresOf();
    const under = (country: string) => country === 'SN' || country === 'KE';
    expect(after.representation.underRepresented.applications).toMatchObject({
      count: confirmed.filter((one) => under(one.application.nationality)).length + 3,
      of: confirmed.length + 7,
    });
    expect(after.representation.underRepresented.appointments.count).toBe(confirmed.filter((one) => under(one.application.nationality) && one.application.status === 'appointed').length);
  });
});

describe('the reports through /admin/reports (issue 17, point 5)', () => {
  it('refuses an NCB officer and a panel member (403), and answers problem+json', async () => {
    for (const identity of [ncbFrance, panelMember]) {
      for (const [method, path, body] of [
        ['GET', '/admin/reports'],
        ['GET', '/admin/reports/export?format=xlsx'],
        ['GET', '/admin/reports/under-represented'],
        ['PUT', '/admin/reports/under-represented', { countries: [], revision: 0 }],
      ] as const) {
        const answer = await as(identity)(method, path, body);
        expect(answer.status, `${identity.email} ${method} ${path}`).toBe(403);
        expect(answer.type).toMatch(/^application\/problem\+json/);
      }
    }
  });

  it('gives an administrator the figures too', async () => {
    expect((await as(administrator)('GET', '/admin/reports')).status).toBe(200);
  });

  it('keeps HR’s list with its history, refuses a stale revision (409), an unknown field, a non-member and a repeated country (400)', async () => {
    const current = await as(hrOfficer)('GET', '/admin/reports/under-represented');
    expect(current.body).toMatchObject({ countries: ['KE', 'SN'], revision: 1, updatedBy: hrOfficer.email });

    const saved = await as(administrator)('PUT', '/admin/reports/under-represented', { countries: ['SN', 'BR'], revision: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ countries: ['BR', 'SN'], revision: 2 });

    const stale = await as(hrOfficer)('PUT', '/admin/reports/under-represented', { countries: ['SN'], revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.type).toMatch(/^application\/problem\+json/);

    for (const body of [
      { countries: ['SN'], revision: 2, note: 'x' },
      { countries: ['KP'], revision: 2 },
      { countries: ['SN', 'SN'], revision: 2 },
      { countries: ['sn'], revision: 2 },
      { countries: 'SN', revision: 2 },
    ]) {
      const refused = await as(hrOfficer)('PUT', '/admin/reports/under-represented', body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.type).toMatch(/^application\/problem\+json/);
    }

    const { body } = await as(hrOfficer)('GET', '/admin/reports/under-represented');
    const history = (body as { history: Array<{ by: string; revision: number; added: string[]; removed: string[] }> }).history;
    expect(history.map(({ by, revision, added, removed }) => ({ by, revision, added, removed }))).toEqual([
      { by: hrOfficer.email, revision: 1, added: ['KE', 'SN'], removed: [] },
      { by: administrator.email, revision: 2, added: ['BR'], removed: ['KE'] },
    ]);
  });

  it('writes the figures as XLSX, a sheet per table, the same counts as the JSON', async () => {
    const figures = await figuresOf();
    const response = await fetch(`${stack.url}/admin/reports/export?format=xlsx`, {
      headers: { Authorization: `Bearer ${await staffToken(stack, hrOfficer)}`, Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Pipeline per vacancy',
      'Time to appointment (days)',
      'By member country (nationality)',
      'By INTERPOL region',
      'Serving now',
      'Representation goals',
      'Gender by closed quarter',
    ]);
    const pipeline = workbook.worksheets[0];
    const total = pipeline?.getRow(pipeline.rowCount).values as unknown[];
    expect(total.slice(1, 12)).toEqual(['All vacancies', '', '', '', ...Object.values(figures.total.pipeline)]);
    const gender = workbook.worksheets[6];
    const cells = [] as unknown[][];
    gender?.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    // One row per quarter, measure and gender, and a heading.
    expect(cells).toHaveLength(1 + figures.representation.gender.quarters.length * 2 * 4);
    const first = figures.representation.gender.quarters[0];
    const another = cells.find((row) => row[0] === first?.quarter && row[3] === 'Applications submitted' && row[4] === 'Another gender');
    const shown = first?.applications.cells.another ?? { fewerThan: 5 };
    expect(another?.[5]).toBe('count' in shown ? shown.count : 'fewer than 5');
  });

  it('writes one table as CSV (BOM, quoted texts), one row per figure set, and refuses an unknown table or format (400)', async () => {
    const figures = await figuresOf();
    const { status, type, body } = await as(hrOfficer)('GET', '/admin/reports/export?format=csv&table=regions');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/csv/);
    const raw = await fetch(`${stack.url}/admin/reports/export?format=csv&table=regions`, { headers: { Authorization: `Bearer ${await staffToken(stack, hrOfficer)}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // fetch's text() has taken the BOM off already.
    const rows = parse(String(body), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.Region, Number(row.Applications), Number(row.Serving)])).toEqual(figures.regions.map((row) => [row.name, row.applications, row.serving]));

    expect((await as(hrOfficer)('GET', '/admin/reports/export?format=csv&table=people')).status).toBe(400);
    expect((await as(hrOfficer)('GET', '/admin/reports/export?format=pdf')).status).toBe(400);
    expect((await as(hrOfficer)('GET', '/admin/reports/export?format=csv&table=regions&extra=1')).status).toBe(400);
    // A CSV names its table; the workbook takes none (neither is silently ignored).
    expect((await as(hrOfficer)('GET', '/admin/reports/export?format=csv')).status).toBe(400);
    expect((await as(hrOfficer)('GET', '/admin/reports/export?format=xlsx&table=regions')).status).toBe(400);
  });

  it('never answers a name or an email in the figures or the files', async () => {
    const json = JSON.stringify(await figuresOf());
    const csv = String((await as(hrOfficer)('GET', '/admin/reports/export?format=csv&table=countries')).body);
    for (const text of [json, csv]) {
      expect(text).not.toMatch(/Candidate\d|Officer\d|@police\.example/);
    }
  });
});
