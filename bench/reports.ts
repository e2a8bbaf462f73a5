import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationItem, auditItem } from '#functions/adapters/dynamodb/application-item.js';
import { dynamoApplicationStore } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoRetentionStore } from '#functions/adapters/dynamodb/retention-store.js';
import { secondmentAuditItem, secondmentGuardItem, secondmentItem } from '#functions/adapters/dynamodb/secondment-item.js';
import { dynamoSecondmentStore } from '#functions/adapters/dynamodb/secondment-store.js';
import { dynamoUnderRepresentedStore } from '#functions/adapters/dynamodb/under-represented-store.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { reportWorkbook } from '#functions/reports/export/report-files.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { startLocalStack } from '#infra/local/stack.js';
import { listAll } from '#shared/applications/list-all.js';
import { buildReportFigures, type ReportSources } from '#shared/reports/report.js';
import { reportTables } from '#shared/reports/tables.js';
import { generateReportData } from '../test/support/report-data.js';
import { callsText, meterRuns, writeAll } from './dynamo-calls.js';
import { note, section, table } from './report.js';
import { numberKnob } from './scale.js';

const APPLICATIONS = numberKnob('BENCH_REPORTS_APPLICATIONS', 10_000, 600);
const SECONDMENTS = numberKnob('BENCH_REPORTS_SECONDMENTS', 1_000, 60);
const VACANCIES = numberKnob('BENCH_REPORTS_VACANCIES', 20, 4);
/** Every so many applications written as the code before the status record wrote them (their history read by the report); 0: none, all as the store writes them now. */
const OLD_SHAPE_EVERY = Number(process.env.BENCH_REPORTS_OLD_SHAPE_EVERY ?? '0');
if (!Number.isInteger(OLD_SHAPE_EVERY) || OLD_SHAPE_EVERY < 0) throw new Error(`BENCH_REPORTS_OLD_SHAPE_EVERY must be a whole number, 0 or more, not "${process.env.BENCH_REPORTS_OLD_SHAPE_EVERY}".`);

interface Meter {
  calls: Record<string, number>;
  /** Read capacity units DynamoDB reports consumed (ReturnConsumedCapacity: TOTAL). */
  units: number;
  /** Items the reads returned. */
  items: number;
}
const emptyMeter = (): Meter => ({ calls: {}, units: 0, items: 0 });

/** Counts every call of this document client by command, asking each for its consumed capacity (a Scan would show as ScanCommand). */
const metered = (client: DynamoDBDocumentClient, meter: () => Meter): DynamoDBDocumentClient => {
  const send = client.send.bind(client) as (command: { constructor: { name: string }; input: Record<string, unknown> }) => Promise<Record<string, unknown>>;
  Object.defineProperty(client, 'send', {
    value: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name;
      const used = meter();
      used.calls[name] = (used.calls[name] ?? 0) + 1;
      command.input.ReturnConsumedCapacity = 'TOTAL';
      const answer = await send(command);
      const consumed = answer.ConsumedCapacity as { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> | undefined;
      used.units += [consumed ?? []].flat().reduce((sum, one) => sum + (one.CapacityUnits ?? 0), 0);
      used.items += typeof answer.Count === 'number' ? answer.Count : answer.Item ? 1 : 0;
      return answer;
    },
  });
  return client;
};

const round = (value: number) => Math.round(value * 10) / 10;
/**
 * The reports page's reads (issue 17, point 5) over 10,000 applications and 1,000 secondments,
 * against reading one vacancy's applications (the grid's pattern 6), in the same run on the local
 * stack's DynamoDB: requests by command, read units consumed and items read, wall time. Fails on a Scan.
 */
export const reportsBench = async (): Promise<void> => {
  section(
    `Reports over ${APPLICATIONS.toLocaleString('en')} applications and ${SECONDMENTS.toLocaleString('en')} secondments (issue 17, point 5)`,
    `The reports page's figures (GET /admin/reports: shared/reports/report.ts over the real adapters) and its XLSX, against reading one vacancy's applications (${Math.round(APPLICATIONS / VACANCIES).toLocaleString('en')}, the grid's Query by vacancy), in the same run on the DynamoDB emulator. ${VACANCIES} vacancies; applications in every status, the rejected, withdrawn and appointed ones with the history entry of their last move, each item with the statuses it held and its appointment as the store writes them (${OLD_SHAPE_EVERY > 0 ? `but one in ${OLD_SHAPE_EVERY}, written without them as before issue 17, point 5's records` : 'none written the old way'}); secondments serving and ended. Requests are counted per command on the bench's client, each asked for its consumed capacity.`,
  );
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-reports-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  const { current: meterNow, measure } = meterRuns(emptyMeter);
  const raw = createDocumentClient(dynamo);
  const documents = metered(createDocumentClient(dynamo), meterNow);
  const tableName = stack.tableName;
  const sources: ReportSources = {
    vacancies: dynamoVacancyStore(documents, tableName),
    applications: dynamoApplicationStore(documents, tableName),
    retention: dynamoRetentionStore(documents, tableName),
    secondments: dynamoSecondmentStore(documents, tableName),
    underRepresented: dynamoUnderRepresentedStore(documents, tableName),
  };

  try {
    const data = generateReportData({ vacancies: VACANCIES, applications: APPLICATIONS, secondments: SECONDMENTS, seed: 2026, oldShapeEvery: OLD_SHAPE_EVERY });
    const seeded = performance.now();
    for (const vacancy of data.vacancies) await dynamoVacancyStore(raw, tableName).put(vacancy);
    await writeAll(raw, tableName, [
      ...data.applications.flatMap(({ application, audit }) => [applicationItem(application), auditItem(application.id, 1, audit)]),
      ...data.secondments.flatMap((secondment) => [
        secondmentItem(secondment),
        secondmentGuardItem(secondment),
        secondmentAuditItem(secondment.id, 1, { at: secondment.createdAt, by: secondment.createdBy, action: 'created', changes: {} }),
      ]),
    ]);
    const seedSeconds = (performance.now() - seeded) / 1000;
    await dynamoUnderRepresentedStore(raw, tableName).save(
      { countries: ['SN', 'KE', 'NG'], revision: 1, updatedAt: '2026-12-01T09:00:00.000Z', updatedBy: 'hr@bench.example' },
      0,
      { at: '2026-12-01T09:00:00.000Z', by: 'hr@bench.example', revision: 1, added: ['KE', 'NG', 'SN'], removed: [] },
    );
    const now = new Date('2026-12-07T12:00:00.000Z');
    const first = data.vacancies[0]?.number ?? '';

    // Warm the clients and the emulator once, then measure.
    await listAll(sources.applications, { vacancy: first });
    const one = await measure(() => listAll(sources.applications, { vacancy: first }));
    const figures = await measure(() => buildReportFigures(sources, now));
    const workbook = await measure(async () => {
      const built = await buildReportFigures(sources, now);
      return reportWorkbook(reportTables(built), built.generatedAt);
    });
    const list = await measure(() => Promise.all([sources.underRepresented.get(), dynamoUnderRepresentedStore(documents, tableName).history()]));

    const runs = [one, figures, workbook, list];
    if (runs.some((run) => (run.meter.calls.ScanCommand ?? 0) > 0)) throw new Error('a report used a Scan');
    if (figures.result.total.pipeline.applied === 0 || figures.result.serving.secondments !== SECONDMENTS) throw new Error('the report counted nothing');

    const row = (what: string, run: { wall: number; meter: Meter }) => ({
      what,
      requests: Object.values(run.meter.calls).reduce((sum, count) => sum + count, 0),
      Scan: run.meter.calls.ScanCommand ?? 0,
      'read units': round(run.meter.units),
      'items read': run.meter.items,
      'wall ms': Math.round(run.wall),
      'x one vacancy (units)': one.meter.units > 0 ? round(run.meter.units / one.meter.units) : '',
    });
    table([
      row(`one vacancy's applications (${one.result.length.toLocaleString('en')}), the baseline`, one),
      row(`the reports' figures (GET /admin/reports), ${APPLICATIONS.toLocaleString('en')} applications`, figures),
      row('the same as XLSX (GET /admin/reports/export?format=xlsx)', workbook),
      row('the under-represented countries and their history', list),
    ]);
    const histories = figures.meter.calls.QueryCommand ?? 0;
    note(
      `DynamoDB calls by command. One vacancy: ${callsText(one.meter.calls)}. The figures: ${callsText(figures.meter.calls)}. The XLSX: ${callsText(workbook.meter.calls)}. The list: ${callsText(list.meter.calls)}. No Scan: the vacancies by status (4 Queries), each vacancy's applications by Query on byStatus (pages of 100), the history only of an item without the record of the statuses it held (written before it) whose status cannot say every stage reached or that was appointed (one Query each; ${histories.toLocaleString('en')} Queries in all), each vacancy's kept counts and the purged secondments' (GetItem), the secondments by Query on both byStatus partitions, the list (GetItem). ${figures.result.total.pipeline.applied.toLocaleString('en')} applications counted, ${figures.result.serving.officers} officers serving of ${figures.result.serving.nationalities} nationalities. Seeded with BatchWrite in ${round(seedSeconds)} s (not counted). Read units from the emulator's ConsumedCapacity (eventually consistent Queries: half a unit per 4 KB).`,
    );
  } finally {
    dynamo.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};
