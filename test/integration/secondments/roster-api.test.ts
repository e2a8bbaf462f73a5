import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoExportLog } from '#functions/adapters/dynamodb/export-log.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { addMonths, lastDayOf } from '#shared/secondments/months.js';
import type { RosterCounts, RosterRow } from '#shared/secondments/roster.js';
import { secondmentState, type Secondment } from '#shared/secondments/secondment.js';
import { ENDING_MONTHS } from '#shared/secondments/view.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { startTestStack } from '../../support/local-stack.js';
import { documented } from '../../support/openapi-answers.js';
import { rosterSecondment, seedSecondments } from '../../support/roster-secondments.js';
import { settableClock } from '../../support/settable-clock.js';
import { hrOfficer, ncbFrance, ncbSenegal, staffClient } from '../../support/staff.js';

/**
 * The roster's API on the local stack (issue 17, point 4): HR reads every serving secondee with the
 * months left and the counts; an NCB officer its own country's only; the export (XLSX and CSV,
 * through the S3 emulator) holds the same rows, the chosen ones in the grid's order, and is recorded.
 */
// The real clock: s3rver judges the export's presigned GET by the machine's time.
const clock = settableClock(new Date());
let stack: Awaited<ReturnType<typeof startTestStack>>;
type Client = Awaited<ReturnType<typeof staffClient>>;
let hr: Client;
let france: Client;
let senegal: Client;

const today = dateIn(clock.now(), 'Europe/Paris');
const asked = { months: 12, requestedBy: { email: ncbFrance.email, as: 'ncb' as const }, requestedAt: clock.now().toISOString() };
const ended = (lastDay: string) => ({ lastDay, early: true, reason: 'Recalled by the home administration.', at: clock.now().toISOString(), by: hrOfficer.email });

/** Serving with 30 months left; ending in a month with an extension under way; arriving; extended; ended; an early end ahead; an early end past. */
const seeded = [
  rosterSecondment(1, { officer: { givenName: 'Camille', familyName: 'Martin', email: 'camille@police.fr.example', language: 'fr' }, firstDay: addMonths(today, -6), lastDay: addMonths(today, 30) }),
  rosterSecondment(2, {
    type: 'short-term',
    firstDay: addMonths(today, -20),
    lastDay: addMonths(today, 1),
    extensions: [{ ...asked, id: 'e2', fromLastDay: addMonths(today, 1), toLastDay: lastDayOf(addDays(addMonths(today, 1), 1), 12), state: 'awaiting-home-confirmation' }],
  }),
  rosterSecondment(3, { nationality: 'SN', homeAdministrationCountry: 'SN', homeAdministration: 'Police nationale du Sénégal', unit: 'Counter-Terrorism Directorate', firstDay: addDays(today, 20), lastDay: lastDayOf(addDays(today, 20), 24) }),
  rosterSecondment(4, {
    nationality: 'BR',
    homeAdministrationCountry: 'BR',
    firstDay: addMonths(today, -30),
    lastDay: addMonths(today, 18),
    extensions: [{ ...asked, id: 'e4', fromLastDay: addMonths(today, 6), toLastDay: addMonths(today, 18), state: 'approved' }],
  }),
  rosterSecondment(5, { firstDay: addMonths(today, -36), lastDay: addDays(today, -10) }),
  rosterSecondment(6, { lastDay: addMonths(today, 20), ended: ended(addDays(today, 20)) }),
  rosterSecondment(7, { nationality: 'SN', homeAdministrationCountry: 'SN', lastDay: addMonths(today, 20), ended: ended(addDays(today, -3)) }),
];
const id = (n: number) => seeded[n - 1]?.id ?? '';

interface RosterAnswer {
  rows: RosterRow[];
  counts: RosterCounts;
}
const roster = async (as: Client) => {
  const answer = await as('GET', '/admin/secondments/roster');
  expect(answer.status).toBe(200);
  return answer.body as unknown as RosterAnswer;
};

beforeAll(async () => {
  stack = await startTestStack(clock);
  await seedSecondments(stack, seeded);
  hr = documented(await staffClient(stack, hrOfficer));
  france = documented(await staffClient(stack, ncbFrance));
  senegal = documented(await staffClient(stack, ncbSenegal));
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the roster for HR and for an NCB (issue 17, point 4)', () => {
  it('gives HR every serving secondee, one row each, with the months left, the extension under way and the counts', async () => {
    const { rows, counts } = await roster(hr);

    expect(rows.map((row) => row.id).sort()).toEqual([id(1), id(2), id(3), id(4), id(6)].sort());
    const row = (n: number) => rows.find((one) => one.id === id(n));
    expect(row(1)).toMatchObject({ givenName: 'Camille', familyName: 'Martin', nationality: 'FR', unit: 'Cybercrime Directorate', type: 'regular', state: 'serving', monthsLeft: 30 });
    expect(row(1)).not.toHaveProperty('officer');
    expect(JSON.stringify(rows)).not.toContain('@police.fr.example');
    expect(row(2)).toMatchObject({ state: 'serving', monthsLeft: 1, extension: { months: 12, state: 'awaiting-home-confirmation' } });
    // 24 months from 20 days ahead: 24 whole months left, whatever today's month end.
    expect(row(3)).toMatchObject({ state: 'arriving', monthsLeft: 24 });
    expect(row(4)).toMatchObject({ state: 'extended', monthsLeft: 18 });
    expect(row(4)).not.toHaveProperty('extension');
    expect(row(6)).toMatchObject({ state: 'ending', lastDay: addDays(today, 20), monthsLeft: 0 });
    expect(counts).toEqual({
      total: 5,
      byNationality: [
        { value: 'FR', count: 3 },
        { value: 'BR', count: 1 },
        { value: 'SN', count: 1 },
      ],
      byUnit: [
        { value: 'Cybercrime Directorate', count: 4 },
        { value: 'Counter-Terrorism Directorate', count: 1 },
      ],
      byType: [
        { value: 'regular', count: 4 },
        { value: 'short-term', count: 1 },
      ],
    });
  });

  it('gives an NCB officer its own country’s serving officers only, counted alone', async () => {
    const french = await roster(france);
    const senegalese = await roster(senegal);

    expect(french.rows.map((row) => row.id).sort()).toEqual([id(1), id(2), id(6)].sort());
    expect(french.counts).toMatchObject({ total: 3, byNationality: [{ value: 'FR', count: 3 }] });
    expect(senegalese.rows.map((row) => row.id)).toEqual([id(3)]);
  });
});

const download = async (as: Client, query: string) => {
  const answer = await as('GET', `/admin/secondments/roster/export?${query}`);
  expect(answer.status).toBe(200);
  const body = answer.body as { url: string; rows: number; format: string };
  const file = await fetch(body.url);
  expect(file.status).toBe(200);
  return { body, file, bytes: Buffer.from(await file.arrayBuffer()) };
};

const sheetOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Roster');
  if (!sheet) throw new Error('no Roster sheet');
  const values = (number: number) => (sheet.getRow(number).values as unknown[]).slice(1);
  return { sheet, headers: values(1) as string[], rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)) };
};

describe('the roster’s export', () => {
  it('gives HR the whole roster as XLSX: the grid’s columns, the names, no email or gender', async () => {
    const { body, file, bytes } = await download(hr, 'format=xlsx');

    expect(body).toMatchObject({ rows: 5, format: 'xlsx' });
    expect(file.headers.get('content-disposition')).toContain(`roster-all-${clock.now().toISOString().slice(0, 10)}.xlsx`);
    const { headers, rows } = await sheetOf(bytes);
    expect(headers).toEqual(['Id', 'Family name', 'Given name', 'Nationality', 'Home administration', 'Home administration country', 'Unit', 'Duty station', 'Grade', 'Type', 'First day', 'Last day', 'State', 'Months left', 'Extension asked (months)', 'Extension to', 'Extension state']);
    expect(headers.join(' ')).not.toMatch(/gender|email/i);
    const camille = rows.find((row) => row[0] === id(1));
    expect(camille).toEqual([id(1), 'Martin', 'Camille', 'FR', 'Police nationale', 'FR', 'Cybercrime Directorate', 'Lyon', 'P3', 'regular', addMonths(today, -6), addMonths(today, 30), 'serving', 30]);
    expect(rows.find((row) => row[0] === id(2))?.slice(12)).toEqual(['serving', 1, 12, lastDayOf(addDays(addMonths(today, 1), 1), 12), 'awaiting-home-confirmation']);
  });

  it('exports the rows the grid shows, in its order, and an NCB officer’s own only (another country’s id is no row)', async () => {
    const chosen = await download(hr, `format=xlsx&ids=${id(4)},${id(1)}`);
    expect((await sheetOf(chosen.bytes)).rows.map((row) => row[0])).toEqual([id(4), id(1)]);

    const french = await download(france, `format=csv&ids=${id(6)},${id(3)},${id(1)}`);
    const records = parse(french.bytes.toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record.Id)).toEqual([id(6), id(1)]);
    expect(french.body.rows).toBe(2);
    const whole = await download(france, 'format=csv');
    expect(whole.body.rows).toBe(3);
    expect(whole.file.headers.get('content-disposition')).toContain('roster-FR-');
  });

  it('refuses an unknown field or format as a problem, and writes no file', async () => {
    for (const query of ['format=pdf', 'format=csv&vacancy=1701', 'ids=']) {
      const answer = await hr('GET', `/admin/secondments/roster/export?${query}`);
      expect(answer).toMatchObject({ status: 400, type: expect.stringMatching(/^application\/problem\+json/) });
    }
  });

  it('records each export as the roster’s, and still reads an export recorded before the roster (no sheet)', async () => {
    const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
    const documents = createDocumentClient(client);
    const month = clock.now().toISOString().slice(0, 7);
    // As the export log wrote an applications' export before the roster existed.
    const before = { at: `${month}-01T08:00:00.000Z`, by: hrOfficer.email, format: 'csv', filter: { vacancy: '1701' }, rows: 12, key: `exports/${month}-01/old.csv` };
    await documents.send(new PutCommand({ TableName: stack.tableName, Item: { pk: `EXPORT#${month}`, sk: `${before.at}#${before.by}#old.csv`, entity: 'export', ...before } }));

    const records = await dynamoExportLog(documents, stack.tableName).month(month);
    client.destroy();

    expect(records.find((record) => record.key === before.key)).toEqual(before);
    const rosters = records.filter((record) => record.sheet === 'roster');
    expect(rosters.length).toBeGreaterThanOrEqual(4);
    expect(rosters).toContainEqual(expect.objectContaining({ by: ncbFrance.email, format: 'csv', filter: { country: 'FR', ids: 3 }, rows: 2 }));
    expect(rosters).toContainEqual(expect.objectContaining({ by: hrOfficer.email, format: 'xlsx', filter: {}, rows: 5 }));
  });
});

describe('the roster against the records (reconciliation on generated data)', () => {
  /** 80 secondments of five countries, four duty stations' zones, every state, some ended early: the same every run (seeded). */
  const generated: Secondment[] = fc
    .sample(
      fc.record({
        country: fc.constantFrom('FR', 'SN', 'BR', 'JP', 'ES'),
        unit: fc.constantFrom('Cybercrime Directorate', 'Counter-Terrorism Directorate', 'Financial Crime'),
        type: fc.constantFrom('regular' as const, 'short-term' as const),
        timeZone: fc.constantFrom('Europe/Paris', 'Pacific/Auckland', 'America/New_York', 'Asia/Singapore'),
        startedMonthsAgo: fc.integer({ min: -3, max: 48 }),
        months: fc.integer({ min: 6, max: 72 }),
        endedDaysFromToday: fc.option(fc.integer({ min: -40, max: 40 }), { freq: 4 }),
      }),
      { numRuns: 80, seed: 17 },
    )
    .map((one, i) => {
      const firstDay = addMonths(today, -one.startedMonthsAgo);
      const lastDay = lastDayOf(firstDay, one.months);
      const end = one.endedDaysFromToday === null ? undefined : addDays(today, one.endedDaysFromToday);
      return rosterSecondment(100 + i, {
        nationality: one.country,
        homeAdministrationCountry: one.country,
        unit: one.unit,
        type: one.type,
        timeZone: one.timeZone,
        firstDay,
        lastDay,
        ...(end !== undefined && end >= firstDay && end <= lastDay ? { ended: ended(end) } : {}),
      });
    });
  const all = [...seeded, ...generated];
  /** Serving on the duty station's date, as the records say (the oracle reads each record, not the store). */
  const serving = (secondment: Secondment) => secondmentState(secondment, dateIn(clock.now(), secondment.timeZone), ENDING_MONTHS) !== 'ended';
  const counted = (records: readonly Secondment[], value: (one: Secondment) => string) => {
    const counts = new Map<string, number>();
    for (const one of records) counts.set(value(one), (counts.get(value(one)) ?? 0) + 1);
    return Object.fromEntries(counts);
  };
  const asMap = (counts: RosterCounts['byNationality']) => Object.fromEntries(counts.map(({ value, count }) => [value, count]));

  beforeAll(async () => {
    await seedSecondments(stack, generated);
  }, 60_000);

  it('has every serving record once, none other, and counts that add up to the records', async () => {
    const expected = all.filter(serving);
    expect(expected.length).toBeGreaterThan(20);
    expect(all.length - expected.length).toBeGreaterThan(10);

    const { rows, counts } = await roster(hr);

    expect(rows.map((row) => row.id).sort()).toEqual(expected.map((one) => one.id).sort());
    expect(counts.total).toBe(expected.length);
    expect(asMap(counts.byNationality)).toEqual(counted(expected, (one) => one.nationality));
    expect(asMap(counts.byUnit)).toEqual(counted(expected, (one) => one.unit));
    expect(asMap(counts.byType)).toEqual(counted(expected, (one) => one.type));
    for (const row of rows) expect(row.lastDay).toBe(all.find((one) => one.id === row.id)?.ended?.lastDay ?? all.find((one) => one.id === row.id)?.lastDay);
  });

  it('gives each NCB exactly its country’s serving records', async () => {
    for (const [as, country] of [
      [france, 'FR'],
      [senegal, 'SN'],
    ] as const) {
      const { rows, counts } = await roster(as);
      const expected = all.filter((one) => one.homeAdministrationCountry === country && serving(one));
      expect(rows.map((row) => row.id).sort()).toEqual(expected.map((one) => one.id).sort());
      expect(counts.total).toBe(expected.length);
    }
  });
});
