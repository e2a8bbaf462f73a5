import { describe, expect, it } from 'vitest';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { exportApplications, type ExportFiles } from '#shared/admin/spreadsheet/export-applications.js';
import type { ExportLog, ExportRecord } from '#shared/admin/spreadsheet/export-log.js';
import { exportQuerySchema } from '#shared/admin/spreadsheet/export-query.js';
import { Forbidden } from '#shared/errors.js';
import type { StaffPrincipal } from '#shared/staff/principal.js';
import { aminaApplication } from '../../../support/candidates.js';
import { memoryApplicationStore } from '../memory-application-store.js';

const now = new Date('2026-11-22T09:00:00.000Z');
const hr: StaffPrincipal = { subject: 'hr-1', email: 'hr.officer@secondment-hub.local', groups: ['hr'] };
const ncbSenegal: StaffPrincipal = { subject: 'ncb-1', email: 'ncb.dakar@police.sn.example', groups: ['ncb'], country: 'SN' };

/** Files that keep the rows they were given, or fail as a broken upload would. */
const memoryFiles = (fail?: Error) => {
  const written = new Map<string, ApplicationRow[]>();
  const headers = new Map<string, string[]>();
  const files: ExportFiles = {
    async write(key, _format, rows, columns) {
      const kept: ApplicationRow[] = [];
      for await (const row of rows) kept.push(row);
      if (fail) throw fail;
      written.set(key, kept);
      headers.set(key, columns.map((column) => column.key));
      return kept.length;
    },
    downloadUrl: async (key, _format, fileName, at) => ({ url: `https://files.example/${key}?name=${fileName}`, expiresAt: new Date(at.getTime() + 300_000).toISOString() }),
  };
  return { files, written, headers };
};

const memoryLog = () => {
  const records: ExportRecord[] = [];
  const log: ExportLog = { record: async (entry) => void records.push(entry), month: async () => records };
  return { log, records };
};

const query = (raw: Record<string, string>) => exportQuerySchema.parse(raw);

describe('an export', () => {
  it('writes the selected rows, records who took them, and answers a link named for the selection', async () => {
    // Prepare
    const memory = memoryApplicationStore([aminaApplication({ id: 'a' }), aminaApplication({ id: 'b', email: 'b@police.example' })]);
    const { files, written } = memoryFiles();
    const { log, records } = memoryLog();

    // Act
    const answer = await exportApplications({ store: memory.store, files, log, newId: () => 'f00d' }, hr, query({ format: 'csv', ids: 'b,a,missing' }), now);

    // Assert
    expect(answer).toEqual({
      url: 'https://files.example/exports/2026-11-22/f00d.csv?name=applications-selection-2026-11-22.csv',
      expiresAt: '2026-11-22T09:05:00.000Z',
      rows: 2,
      format: 'csv',
    });
    expect(written.get('exports/2026-11-22/f00d.csv')?.map((row) => row.id)).toEqual(['b', 'a']);
    expect(records).toEqual([{ at: now.toISOString(), by: hr.email, format: 'csv', filter: { ids: 3 }, rows: 2, key: 'exports/2026-11-22/f00d.csv' }]);
  });

  it("leaves another country's selected rows, and HR's score and note, out of an NCB officer's export, and records their country", async () => {
    // Prepare
    const memory = memoryApplicationStore([
      aminaApplication({ id: 'sn', nationality: 'SN', score: 80, note: 'Strong' }),
      aminaApplication({ id: 'fr', nationality: 'FR', email: 'f@police.example' }),
    ]);
    const { files, written, headers } = memoryFiles();
    const { log, records } = memoryLog();

    // Act
    const answer = await exportApplications({ store: memory.store, files, log, newId: () => 'f00d' }, ncbSenegal, query({ ids: 'sn,fr' }), now);

    // Assert
    expect(answer.rows).toBe(1);
    expect(answer.url).toContain('name=applications-SN-2026-11-22.xlsx');
    const [rows = []] = [...written.values()];
    expect(rows.map((row) => row.id)).toEqual(['sn']);
    expect(rows[0]).not.toHaveProperty('score');
    expect(rows[0]).not.toHaveProperty('note');
    expect([...headers.values()][0]).not.toContain('score');
    expect(records[0]?.filter).toEqual({ country: 'SN', ids: 2 });
  });

  it('refuses an NCB officer asking for another country before any file is started', async () => {
    // Prepare
    const memory = memoryApplicationStore();
    const { files, written } = memoryFiles();
    const { log, records } = memoryLog();

    // Act
    const attempt = exportApplications({ store: memory.store, files, log, newId: () => 'f00d' }, ncbSenegal, query({ vacancy: '1701', country: 'FR' }), now);

    // Assert
    await expect(attempt).rejects.toBeInstanceOf(Forbidden);
    expect(written.size).toBe(0);
    expect(records).toEqual([]);
  });

  it('records nothing when the file could not be written', async () => {
    // Prepare
    const memory = memoryApplicationStore([aminaApplication({ id: 'a' })]);
    const { files } = memoryFiles(new Error('upload failed'));
    const { log, records } = memoryLog();

    // Act
    const attempt = exportApplications({ store: memory.store, files, log, newId: () => 'f00d' }, hr, query({ ids: 'a' }), now);

    // Assert
    await expect(attempt).rejects.toThrow('upload failed');
    expect(records).toEqual([]);
  });
});

describe('the export query', () => {
  it('defaults to XLSX, refuses unknown parameters, and takes at most 500 distinct ids', () => {
    expect(exportQuerySchema.parse({ vacancy: '1701' }).format).toBe('xlsx');
    expect(exportQuerySchema.safeParse({ vacancy: '1701', limit: '10' }).success).toBe(false);
    expect(exportQuerySchema.parse({ ids: 'a, b,a,,' }).ids).toEqual(['a', 'b']);
    expect(exportQuerySchema.safeParse({ ids: Array.from({ length: 501 }, (_, i) => `id-${i}`).join(',') }).success).toBe(false);
  });
});
